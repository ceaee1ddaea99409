// `thidua awards import FILE --unit CODE [--dry-run] [--json]`: an older award list imported
// from the command line (system actor), all or nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { defineCommand, UsageError } from "../../cli/command";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { importAwards } from "./import-awards";
import { awardImportReport } from "./import-report";

export const awardsCommand = defineCommand({
  name: "awards",
  help: [
    {
      usage: "awards import FILE --unit CODE [--dry-run] [--json]",
      vi: [
        "Nhập danh sách khen thưởng cũ từ tệp .xlsx vào sổ khen thưởng của đơn vị có mã CODE: người nhận",
        "được tìm trong đơn vị, hình thức phải có trong danh mục vào ngày quyết định. --dry-run in từng",
        "dòng sẽ thêm, đã có hoặc bị lỗi mà không ghi gì. Tệp có lỗi không được nhập dòng nào.",
      ],
      en: "Import older awards from .xlsx into a unit's registry; --dry-run lists every row without writing; all or nothing",
    },
  ],
  options: { unit: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } },
  async run({ args: [sub, arg], opts, withRuntime }) {
    const unitCode = opts.unit;
    if (sub !== "import" || !arg || !unitCode) throw new UsageError("awards import FILE --unit CODE [--dry-run] [--json]");
    const bytes = new Uint8Array(readFileSync(arg));
    return withRuntime(async ({ deps }) => {
      const unit = await unitByCode(deps.database.db, unitCode);
      const preview = await importAwards(Actor.system(), deps.database.db, { file: { name: path.basename(arg), bytes }, unitId: unit.id, commit: !opts["dry-run"] });
      const report = awardImportReport(preview);
      if (opts.json) console.log(JSON.stringify(preview, null, 2));
      else for (const line of report.out) console.log(line);
      for (const line of report.err) console.error(line);
      if (preview.problems.length) return 2;
      if (!opts.json) console.log(preview.committed ? "Đã nhập. / Imported." : opts["dry-run"] ? "Chạy thử: chưa ghi gì. / Dry run: nothing written." : "Không có gì mới. / Nothing new.");
      return 0;
    });
  },
});
