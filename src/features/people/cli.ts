// `thidua people import FILE --unit CODE [--dry-run]`: a residents' spreadsheet imported
// from the command line (system actor), all or nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { defineCommand, UsageError } from "../../cli/command";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { importPeople } from "./import-people";
import { importReport } from "./import-report";

export const peopleCommand = defineCommand({
  name: "people",
  help: [
    {
      usage: "people import FILE --unit CODE [--dry-run] [--json]",
      vi: [
        "Nhập người dân, hộ gia đình từ tệp .xlsx vào đơn vị có mã CODE; tiêu đề, dòng tổng cộng, chữ ký",
        "được bỏ qua, chữ gõ phông .VnTime/VNI được chuyển sang Unicode. --dry-run in từng dòng sẽ thêm,",
        "có thể đã có hoặc bị lỗi mà không ghi gì. Tệp có lỗi không được nhập dòng nào.",
      ],
      en: "Import people and households from .xlsx; --dry-run lists every row without writing; all or nothing",
    },
  ],
  options: { unit: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } },
  async run({ args: [sub, arg], opts, withRuntime }) {
    const unitCode = opts.unit;
    if (sub !== "import" || !arg || !unitCode) throw new UsageError("people import FILE --unit CODE [--dry-run]");
    const bytes = new Uint8Array(readFileSync(arg));
    return withRuntime(async ({ deps }) => {
      const unit = await unitByCode(deps.database.db, unitCode);
      const preview = await importPeople(Actor.system(), deps.database.db, { file: { name: path.basename(arg), bytes }, unitId: unit.id, commit: !opts["dry-run"] });
      const report = importReport(preview);
      if (opts.json) console.log(JSON.stringify(preview, null, 2));
      else for (const line of report.out) console.log(line);
      for (const line of report.err) console.error(line);
      if (preview.problems.length) return 2;
      console.log(preview.committed ? "Đã nhập. / Imported." : "Chạy thử: chưa ghi gì. / Dry run: nothing written.");
      return 0;
    });
  },
});
