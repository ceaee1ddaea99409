// `thidua backup FILE` and `thidua restore FILE`: every table to one .jsonl.gz, and back
// into an empty database (PGlite or a server alike).
import { defineCommand, UsageError } from "../../cli/command";
import { auditKeyMatches, checkSince } from "../../platform/audit";
import { checkpointPath, readAuditCheckpoint } from "../../platform/audit-checkpoint";
import { backupDatabase } from "./backup-database";
import { restoreDatabase } from "./restore-database";

export const backupCommand = defineCommand({
  name: "backup",
  help: [{ usage: "backup FILE", vi: "Sao lưu toàn bộ dữ liệu vào FILE (.jsonl.gz)", en: "Back up all data to FILE" }],
  options: { json: { type: "boolean" } },
  async run({ args: [file], opts, withRuntime }) {
    if (!file) throw new UsageError("backup FILE");
    return withRuntime(async ({ deps }) => {
      const summary = await backupDatabase(deps.database, file);
      const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      console.log(`Đã sao lưu ${rows} dòng vào ${file} / backed up ${rows} rows`);
      if (opts.json) console.log(JSON.stringify(summary));
      return 0;
    });
  },
});

export const restoreCommand = defineCommand({
  name: "restore",
  help: [{ usage: "restore FILE", vi: "Khôi phục FILE vào cơ sở dữ liệu trống", en: "Restore FILE into an empty database" }],
  async run({ args: [file], config, withRuntime }) {
    if (!file) throw new UsageError("restore FILE");
    return withRuntime(async ({ deps, checkpoints }) => {
      const counts = await restoreDatabase(deps.database, file);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`Đã khôi phục ${rows} dòng từ ${file} / restored ${rows} rows`);
      const { db } = deps.database;
      if ((await auditKeyMatches(db, config.auditKey)) === false) {
        checkpoints.disable();
        console.error(
          "Cảnh báo: nhật ký trong bản sao lưu được ký bằng một khóa khác. Chép AUDIT_KEY (hoặc DATA_DIR/audit-key) của máy cũ sang trước khi chạy máy chủ. " +
            "(Warning: the backup's audit log was signed with another key; copy AUDIT_KEY or DATA_DIR/audit-key from the old server before starting.)",
        );
      }
      const saved = readAuditCheckpoint(config.dataDir, config.auditKey);
      if (saved.state === "ok" && (await checkSince(db, config.auditKey, saved.checkpoint)).problems.length > 0) {
        console.error(
          `Cảnh báo: điểm kiểm tra ${checkpointPath(config.dataDir)} ghi nhật ký tới #${saved.checkpoint.seq}, không khớp bản vừa khôi phục; audit verify sẽ báo lỗi cho đến khi tệp đó được chuyển đi. ` +
            `(Warning: the checkpoint there records the log up to #${saved.checkpoint.seq} and does not match this restore; audit verify reports it until the file is moved away.)`,
        );
      }
      return 0;
    });
  },
});
