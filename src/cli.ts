// The `thidua` command: serve, migrate, users, backup, restore, audit.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importPeople } from "./features/people/import-people";
import { importReport } from "./features/people/import-report";
import { addWorkingDaysCommand, calendarHolidaysCommand } from "./features/calendar/cli";
import { exportDocumentCommand, listDocumentsCommand } from "./features/documents/cli";
import { listMovementsCommand } from "./features/movements/cli";
import { calendarAdjustmentsFrom, overdueTasksCommand, runRemindersCommand } from "./features/tasks/cli";
import { CALENDAR_YEARS } from "./features/tasks/task-input";
import { DEMO_WARD_NAME, DemoAlreadyLoaded, loadDemo } from "./features/demo/load-demo";
import { parseArgs } from "node:util";
import { ConfigError, configVariables, loadConfig, type Config } from "./config";
import { DataFolderLocked } from "./db/data-lock";
import { setNationalAdmin } from "./features/accounts/set-national-admin";
import { createUser } from "./features/accounts/create-user";
import { backupDatabase } from "./features/backup/backup-database";
import { restoreDatabase, RestoreError } from "./features/backup/restore-database";
import { importOfficialUnits, ImportRejected, type Tally } from "./features/units/import-official-units";
import { searchUnits } from "./features/units/search-units";
import { mergeUnits } from "./features/units/merge-units";
import { unitByCode } from "./features/units/unit-by-code";
import { translator } from "./i18n";
import { Actor } from "./platform/actor";
import { AUDIT_KEY_HINT, AUDIT_WARNING_TEXT, auditKeyMatches, checkSince, problemLine, verifyAuditChain } from "./platform/audit";
import { advanceAuditCheckpoint, checkpointPath, readAuditCheckpoint } from "./platform/audit-checkpoint";
import { ValidationError } from "./platform/errors";
import { parseDateArgument } from "./platform/validation";
import { formatShortDate } from "./domain/text/dates";
import { consoleLogger } from "./platform/logger";
import { openRuntime, startServer } from "./server";

const HELP = `thidua – Thi Đua: phong trào thi đua và khen thưởng / emulation and commendation

Cách dùng / Usage: npx thidua <lệnh> [tùy chọn]

Lệnh / Commands:
  serve                      Chạy máy chủ web (mặc định của npm start)
                             Start the web server
  migrate                    Cập nhật cấu trúc cơ sở dữ liệu rồi thoát
                             Apply database migrations and exit
  users create --email E --name "HỌ TÊN" --unit CODE --role ROLE [--token] [--lang vi|en]
                             Tạo tài khoản; in liên kết đặt mật khẩu (và mã API với --token)
                             Create an account; prints a set-password link (and an API token with --token)
  users national EMAIL [--revoke]
                             Giao (hoặc thu hồi) quyền quản trị dữ liệu quốc gia: lịch ngày làm việc,
                             danh mục đơn vị hành chính chính thức
                             Name (or stop naming) a national administrator: the working-day calendar,
                             the official unit list
  units import FILE          Nhập danh mục đơn vị hành chính chính thức (CSV: province_code,
                             province_name,commune_code,commune_name); nhập lại không đổi gì
                             Import the official list of administrative units; re-importing changes nothing
  units merge --into CODE --from CODE,CODE --on 01/07/2025
                             Ghi nhận sáp nhập: các đơn vị cũ kết thúc ngày hôm trước, lịch sử vẫn xem được
                             Record a merger; the replaced units end the day before
  units search TEXT [--json] Tìm đơn vị theo tên, có hoặc không dấu ("xa nam nen"); in mã đơn vị
                             dùng cho --unit (ví dụ 22420-TDP01)
                             Find units by name, with or without diacritics; prints the code --unit takes
  people import FILE --unit CODE [--dry-run]
                             Nhập người dân, hộ gia đình từ tệp .xlsx (theo mẫu) vào đơn vị có mã CODE;
                             --dry-run chỉ xem trước. Tệp có lỗi không được nhập dòng nào.
                             Import people and households from .xlsx into the unit; all or nothing
  demo [--residents N]       Nạp phường mẫu: Phường Cam Phú năm 2024 với tổ dân phố, Mặt trận, đoàn thể,
                             cán bộ, vài trăm người dân và một tài khoản cho mỗi vai trò (mật khẩu in một lần)
                             Load the demo ward (Cam Phú, 2024) with one account per role
  documents list [--unit CODE] [--json]
                             Liệt kê văn bản đi (kế hoạch…) với số, ngày, trạng thái
                             List outgoing documents with their numbers, dates and status
  documents export ID|SỐ --format docx|pdf --out FILE [--unit CODE] [--year YYYY]
                             Xuất văn bản theo mã hoặc số ký hiệu ("35/KH-UBND") ra .docx hoặc .pdf
                             Export a document by id or number to .docx or .pdf
  movements list [--unit CODE] [--json]
                             Liệt kê phong trào thi đua với thời gian và các mốc
                             List movements with their periods and milestones
  tasks overdue [--unit CODE] [--json]
                             Nhiệm vụ quá hạn (tính theo ngày làm việc)
                             Overdue tasks, counted in working days
  reminders run [--on dd/mm/yyyy]
                             Xếp hàng bản tin nhắc việc của một ngày (mỗi người một bản); máy chủ tự chạy hằng ngày
                             Queue a day's reminder digests (one per person); the server runs it daily
  calendar holidays YEAR [--json] [--lang en]
                             Ngày nghỉ lễ, Tết trong năm (âm lịch Việt Nam, nghỉ bù, hoán đổi)
                             A year's public days off (Vietnamese lunar calendar, swaps)
  calendar add-working-days DATE N [--json]
                             Hạn sau N ngày làm việc kể từ DATE (dd/mm/yyyy), bỏ qua ngày nghỉ
                             The due date N working days after DATE
  backup FILE                Sao lưu toàn bộ dữ liệu vào FILE (.jsonl.gz)
                             Back up all data to FILE
  restore FILE               Khôi phục FILE vào cơ sở dữ liệu trống
                             Restore FILE into an empty database
  audit verify               Kiểm tra chuỗi băm của nhật ký (với khóa nhật ký) và so với điểm kiểm tra
                             trong DATA_DIR; mã thoát 1 nếu bị sửa/xóa/cắt bớt
                             Verify the audit log's keyed hash chain against the checkpoint in DATA_DIR;
                             exit code 1 if tampered with
  audit checkpoint           Ghi điểm kiểm tra nhật ký ngay (máy chủ tự ghi vài giây một lần)
                             Write the audit checkpoint now (the server does every few seconds)

--unit CODE: mã chính thức ("22420") hoặc mã riêng của đơn vị ("22420-TDP01") / a unit's official or local code

Vai trò / Roles: admin, chairman, vice_chairman, council_secretary, council_member, organisation,
  reporter, culture_officer, superior_reviewer

Biến môi trường / Environment:
${configVariables.map(([name, def, what]) => `  ${name.padEnd(15)} ${what} [${def}]`).join("\n")}
`;

class UsageError extends Error {}

async function withRuntime<T>(config: Config, fn: (rt: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(config, consoleLogger("error"));
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values: opts, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      email: { type: "string" },
      name: { type: "string" },
      unit: { type: "string" },
      role: { type: "string" },
      token: { type: "boolean" },
      lang: { type: "string" },
      json: { type: "boolean" },
      "dry-run": { type: "boolean" },
      residents: { type: "string" },
      into: { type: "string" },
      from: { type: "string" },
      on: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      year: { type: "string" },
      revoke: { type: "boolean" },
    },
  });
  const [command = "serve", sub, arg] = positionals;
  if (opts.help || command === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig();
  const t = translator("vi");
  switch (command) {
    case "serve": {
      const running = await startServer(config);
      const stop = async () => {
        await running.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return -1; // keep running
    }
    case "migrate":
      await withRuntime(config, async () => {});
      console.log("Cơ sở dữ liệu đã được cập nhật. / Database is up to date.");
      return 0;
    case "users": {
      if (sub === "national") {
        if (!arg) throw new UsageError("users national EMAIL [--revoke]");
        return withRuntime(config, async ({ deps }) => {
          const { user, changed } = await setNationalAdmin(Actor.system(), { email: arg, national: !opts.revoke }, deps.database.db);
          const state = opts.revoke ? "không còn là / is no longer" : "là / is";
          console.log(`${user.fullName} <${user.email}> ${state} quản trị dữ liệu quốc gia / a national administrator${changed ? "" : " (không đổi / unchanged)"}`);
          return 0;
        });
      }
      if (sub !== "create") throw new UsageError("users create … | users national EMAIL");
      return withRuntime(config, async ({ deps }) => {
        const unitId = opts.unit ? (await unitByCode(deps.database.db, opts.unit)).id : undefined;
        const result = await createUser(
          Actor.system(),
          { email: opts.email, fullName: opts.name, unitId, role: opts.role, lang: opts.lang ?? "vi", withToken: !!opts.token },
          deps.database.db,
          config.baseUrl,
        );
        console.log(`Đã tạo tài khoản / created: ${result.user.fullName} <${result.user.email}> (id ${result.user.id})`);
        console.log(`Liên kết đặt mật khẩu (7 ngày) / set-password link (7 days): ${result.setPasswordLink}`);
        if (result.apiToken) console.log(`Mã API / API token: ${result.apiToken}`);
        return 0;
      });
    }
    case "units": {
      if (sub === "import") {
        if (!arg) throw new UsageError("units import FILE");
        const text = readFileSync(arg, "utf8");
        return withRuntime(config, async ({ deps }) => {
          const { provinces, communes } = await importOfficialUnits(Actor.system(), text, deps.database.db);
          const line = (label: string, x: Tally) => `${label}: ${x.created} tạo mới / created, ${x.updated} cập nhật / updated, ${x.unchanged} không đổi / unchanged`;
          console.log(line("Tỉnh / provinces", provinces));
          console.log(line("Xã, phường / communes", communes));
          if (opts.json) console.log(JSON.stringify({ provinces, communes }));
          return 0;
        });
      }
      if (sub === "search") {
        const text = positionals.slice(2).join(" ");
        return withRuntime(config, async ({ deps }) => {
          const hits = await searchUnits(Actor.system(), deps.database.db, { q: text, limit: 50 });
          if (opts.json) console.log(JSON.stringify(hits, null, 2));
          else if (hits.length === 0) console.log("Không tìm thấy đơn vị nào. / No unit found.");
          else for (const h of hits) console.log(`${(h.code ?? "").padEnd(14)} ${h.name}${h.parentName && (h.repeated || h.kind !== "province") ? ` — ${h.parentName}` : ""}${h.repeated ? " *" : ""}`);
          return 0;
        });
      }
      if (sub === "merge") {
        const into = opts.into;
        const from = opts.from?.split(",").map((c) => c.trim()).filter(Boolean) ?? [];
        if (!into || from.length === 0 || opts.on === undefined) throw new UsageError("units merge --into CODE --from CODE,CODE --on NGÀY");
        const effectiveOn = parseDateArgument("--on", opts.on);
        return withRuntime(config, async ({ deps }) => {
          const { db } = deps.database;
          const byCode = async (code: string) => (await unitByCode(db, code)).id;
          const result = await mergeUnits(Actor.system(), { successorId: await byCode(into), predecessorIds: await Promise.all(from.map(byCode)), effectiveOn }, db);
          console.log(`${result.predecessors.map((p) => p.name).join(", ")} → ${result.successor.name} (${formatShortDate(effectiveOn)})`);
          return 0;
        });
      }
      throw new UsageError("units import FILE | units search TEXT | units merge --into CODE --from CODE,CODE --on DATE");
    }
    case "people": {
      if (sub !== "import" || !arg || !opts.unit) throw new UsageError("people import FILE --unit CODE [--dry-run]");
      const bytes = new Uint8Array(readFileSync(arg));
      return withRuntime(config, async ({ deps }) => {
        const unit = await unitByCode(deps.database.db, opts.unit!);
        const preview = await importPeople(Actor.system(), deps.database.db, { file: { name: path.basename(arg), bytes }, unitId: unit.id, commit: !opts["dry-run"] });
        if (opts.json) console.log(JSON.stringify(preview, null, 2));
        const report = importReport(preview);
        if (!opts.json) for (const line of report.out) console.log(line);
        for (const line of report.err) console.error(line);
        if (preview.problems.length) return 2;
        console.log(preview.committed ? "Đã nhập. / Imported." : "Chạy thử: chưa ghi gì. / Dry run: nothing written.");
        return 0;
      });
    }
    case "demo": {
      return withRuntime(config, async ({ deps }) => {
        const residents = opts.residents ? Number(opts.residents) : undefined;
        const summary = await loadDemo(deps.database, { ...(residents ? { residents } : {}), baseUrl: config.baseUrl });
        console.log(`Đã nạp ${DEMO_WARD_NAME}: ${summary.units} đơn vị, ${summary.people} người, ${summary.households} hộ. / Demo ward loaded.`);
        console.log(`${summary.seedPlan.citation} đã ban hành / issued: ${config.baseUrl}/documents/${summary.seedPlan.id} (npx thidua documents export ${summary.seedPlan.id} --format pdf --out ke-hoach.pdf)`);
        console.log("Tài khoản (mật khẩu chỉ in một lần) / accounts (passwords shown once):");
        for (const a of summary.accounts) console.log(`  ${a.role.padEnd(18)} ${a.email.padEnd(34)} ${a.password}  ${a.fullName} – ${a.unit} (${a.unitCode})`);
        return 0;
      });
    }
    case "documents": {
      if (sub === "list") {
        return withRuntime(config, async ({ deps }) => {
          const rows = await listDocumentsCommand(deps.database.db, { unit: opts.unit });
          if (opts.json) console.log(JSON.stringify(rows, null, 2));
          else if (rows.length === 0) console.log("Chưa có văn bản nào. / No documents.");
          else for (const d of rows) console.log(`${String(d.id).padStart(5)}  ${(d.number ?? "(dự thảo)").padEnd(14)} ${d.issuedOn ?? "".padEnd(10)}  ${d.summary.slice(0, 80)} — ${d.unit}`);
          return 0;
        });
      }
      if (sub === "export") {
        if (!arg || !opts.format || !opts.out) throw new UsageError("documents export ID|SỐ --format docx|pdf --out FILE");
        return withRuntime(config, async ({ deps }) => {
          const done = await exportDocumentCommand(deps.database.db, { ref: arg, format: opts.format!, out: opts.out!, unit: opts.unit, year: opts.year });
          console.log(`Đã ghi ${done.file} (${done.bytes} byte) / written`);
          return 0;
        });
      }
      throw new UsageError("documents list [--unit CODE] [--json] | documents export ID|SỐ --format docx|pdf --out FILE");
    }
    case "movements": {
      if (sub !== "list") throw new UsageError("movements list [--unit CODE] [--json]");
      return withRuntime(config, async ({ deps }) => {
        const rows = await listMovementsCommand(deps.database.db, { unit: opts.unit });
        if (opts.json) console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log("Chưa có phong trào nào. / No movements.");
        else for (const m of rows) console.log(`${String(m.id).padStart(5)}  ${m.startsOn} – ${m.endsOn}  ${m.name} — ${m.unit}${m.milestones.length ? ` (${m.milestones.map((x) => x.on).join(", ")})` : ""}`);
        return 0;
      });
    }
    case "calendar": {
      // The days off come from the editable table (the shipped adjustments are its first rows).
      if (sub === "holidays") {
        if (!arg) throw new UsageError("calendar holidays YEAR [--json]");
        return withRuntime(config, async ({ deps }) => {
          console.log(calendarHolidaysCommand({ year: arg, json: !!opts.json, lang: opts.lang === "en" ? "en" : "vi" }, await calendarAdjustmentsFrom(deps.database.db)));
          return 0;
        });
      }
      if (sub === "add-working-days") {
        const days = positionals[3];
        if (arg === undefined || days === undefined) throw new UsageError("calendar add-working-days DATE N");
        const date = parseDateArgument("DATE", arg, CALENDAR_YEARS);
        return withRuntime(config, async ({ deps }) => {
          console.log(addWorkingDaysCommand({ date, days, json: !!opts.json }, await calendarAdjustmentsFrom(deps.database.db)));
          return 0;
        });
      }
      throw new UsageError("calendar holidays YEAR | calendar add-working-days DATE N");
    }
    case "tasks": {
      if (sub === "overdue") {
        return withRuntime(config, async ({ deps }) => {
          console.log(await overdueTasksCommand(deps.database.db, { unit: opts.unit, json: !!opts.json }));
          return 0;
        });
      }
      throw new UsageError("tasks overdue [--unit CODE] [--json]");
    }
    case "reminders": {
      if (sub !== "run") throw new UsageError("reminders run [--on dd/mm/yyyy]");
      const on = opts.on === undefined ? undefined : parseDateArgument("--on", opts.on, CALENDAR_YEARS);
      return withRuntime(config, async ({ deps }) => {
        console.log(await runRemindersCommand(deps.database.db, { ...(on ? { date: on } : {}), baseUrl: config.baseUrl }));
        return 0;
      });
    }
    case "backup": {
      const file = sub;
      if (!file) throw new UsageError("backup FILE");
      return withRuntime(config, async ({ deps }) => {
        const summary = await backupDatabase(deps.database, file);
        const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
        console.log(`Đã sao lưu ${rows} dòng vào ${file} / backed up ${rows} rows`);
        if (opts.json) console.log(JSON.stringify(summary));
        return 0;
      });
    }
    case "restore": {
      const file = sub;
      if (!file) throw new UsageError("restore FILE");
      return withRuntime(config, async ({ deps, checkpoints }) => {
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
    }
    case "audit": {
      if (sub === "checkpoint") {
        return withRuntime(config, async ({ deps, checkpoints }) => {
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
      return withRuntime(config, async ({ deps, checkpoints }) => {
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
    }
    default:
      throw new UsageError(`Lệnh không có / unknown command: ${command}`);
  }
  void arg;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataFolderLocked || err instanceof RestoreError || err instanceof DemoAlreadyLoaded) {
      console.error(err.message);
    } else if (err instanceof ImportRejected) {
      console.error(`Tệp bị từ chối, không ghi gì / file rejected, nothing written (${err.problems.length}):`);
      for (const p of err.problems.slice(0, 50)) console.error(`  Dòng ${p.row}: ${p.reason}`);
    } else if (err instanceof UsageError) {
      console.error(`Sai cú pháp / usage: npx thidua ${err.message}\n(npx thidua --help)`);
    } else if (err instanceof ValidationError) {
      const [vi, en] = [translator("vi"), translator("en")];
      for (const [field, e] of Object.entries(err.fields)) {
        // A use case's field is named by its option; an argument the CLI read is named as typed ("--on", "DATE").
        const name = /^(-|[A-Z])/.test(field) ? field : `--${field}`;
        const params = { label: name, ...(e.params ?? {}) };
        console.error(`${name}: ${vi(e.key, params)} / ${en(e.key, params)}`);
      }
    } else if (err instanceof Error && err.name === "NotFound") {
      console.error("Không tìm thấy / not found");
    } else {
      console.error(err instanceof Error ? err.message : String(err));
    }
    process.exit(err instanceof ValidationError || err instanceof UsageError || err instanceof ImportRejected ? 2 : 1);
  },
);
