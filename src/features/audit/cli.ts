// `thidua audit verify|checkpoint`: the audit log's keyed hash chain checked against the
// signed checkpoint in the data folder, and the checkpoint written now.
import { defineCommand, UsageError } from "../../cli/command";
import { translator } from "../../i18n";
import { AUDIT_KEY_HINT, AUDIT_WARNING_TEXT, problemLine, verifyAuditChain } from "../../platform/audit";
import { advanceAuditCheckpoint, checkpointPath, readAuditCheckpoint } from "../../platform/audit-checkpoint";

export const auditCommand = defineCommand({
  name: "audit",
  help: [
    {
      usage: "audit verify",
      vi: ["Kiểm tra chuỗi băm của nhật ký (với khóa nhật ký) và so với điểm kiểm tra", "trong DATA_DIR; mã thoát 1 nếu bị sửa/xóa/cắt bớt"],
      en: ["Verify the audit log's keyed hash chain against the checkpoint in DATA_DIR;", "exit code 1 if tampered with"],
    },
    {
      usage: "audit checkpoint",
      vi: "Ghi điểm kiểm tra nhật ký ngay (máy chủ tự ghi vài giây một lần)",
      en: "Write the audit checkpoint now (the server does every few seconds)",
    },
  ],
  options: { json: { type: "boolean" } },
  async run({ args: [sub], opts, config, withRuntime }) {
    if (sub === "checkpoint") {
      return withRuntime(async ({ deps, checkpoints }) => {
        checkpoints.disable();
        const result = await advanceAuditCheckpoint(deps.database.db, config.auditKey, config.dataDir);
        if (result.problems.length > 0) {
          console.log(`Không ghi điểm kiểm tra: nhật ký không còn nối tiếp điểm đã ghi / checkpoint not written: the log no longer extends it`);
          for (const p of result.problems) console.log(`  ${problemLine(p)}`);
          return 1;
        }
        const c = result.checkpoint;
        console.log(c ? `Điểm kiểm tra nhật ký / audit checkpoint: #${c.seq} (${c.at}) → ${checkpointPath(config.dataDir)}` : "Nhật ký trống / the log is empty");
        return 0;
      });
    }
    if (sub !== "verify") throw new UsageError("audit verify | audit checkpoint");
    const t = translator("vi");
    return withRuntime(async ({ deps, checkpoints }) => {
      checkpoints.disable(); // verifying only reads
      const checkpoint = readAuditCheckpoint(config.dataDir, config.auditKey);
      const report = await verifyAuditChain(deps.database.db, { key: config.auditKey, checkpoint });
      if (opts.json) console.log(JSON.stringify(report));
      for (const w of report.warnings) console.log(`Cảnh báo / warning: ${AUDIT_WARNING_TEXT[w]}`);
      if (report.problems.length === 0) {
        console.log(t("audit.intact", { n: report.entries }));
        if (checkpoint.state === "ok") console.log(`Khớp điểm kiểm tra / matches the checkpoint: #${checkpoint.checkpoint.seq} (${checkpoint.checkpoint.at})`);
        return 0;
      }
      console.log(t("audit.broken", { n: report.problems.length }));
      for (const p of report.problems) console.log(`  ${problemLine(p)}`);
      if (report.keyLikelyWrong) console.log(AUDIT_KEY_HINT);
      return 1;
    });
  },
});
