// `thidua eligibility import-assessments FILE --unit CODE [--dry-run] [--json]`: a unit's yearly
// assessment list imported from the command line (system actor), all or nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { defineCommand, UsageError } from "../../cli/command";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { importAssessments } from "./import-assessments";
import { assessmentImportReport } from "./import-report";

export const eligibilityCommand = defineCommand({
  name: "eligibility",
  help: [
    {
      usage: "eligibility import-assessments FILE --unit CODE [--dry-run] [--json]",
      vi: [
        "Nhập đánh giá, xếp loại hằng năm từ tệp .xlsx (Họ và tên, Năm sinh, Tổ dân phố / Đơn vị, Năm, Xếp loại)",
        "cho người dân của đơn vị có mã CODE và các đơn vị trực thuộc; xếp loại khác với đã ghi được sửa (cũ → mới).",
        "--dry-run in từng dòng mà không ghi gì. Tệp có lỗi không được nhập dòng nào; mỗi tệp chỉ nhập một lần.",
      ],
      en: "Import yearly assessments from .xlsx into a unit's people; --dry-run lists every row without writing; all or nothing",
    },
  ],
  options: { unit: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } },
  async run({ args: [sub, arg], opts, withRuntime }) {
    const unitCode = opts.unit;
    if (sub !== "import-assessments" || !arg || !unitCode) throw new UsageError("eligibility import-assessments FILE --unit CODE [--dry-run] [--json]");
    const bytes = new Uint8Array(readFileSync(arg));
    return withRuntime(async ({ deps }) => {
      const unit = await unitByCode(deps.database.db, unitCode);
      const preview = await importAssessments(Actor.system(), deps.database.db, { file: { name: path.basename(arg), bytes }, unitId: unit.id, commit: !opts["dry-run"] });
      const report = assessmentImportReport(preview);
      if (opts.json) console.log(JSON.stringify(preview, null, 2));
      else for (const line of report.out) console.log(line);
      for (const line of report.err) console.error(line);
      if (preview.problems.length) return 2;
      console.log(preview.committed ? "Đã nhập. / Imported." : "Chạy thử: chưa ghi gì. / Dry run: nothing written.");
      return 0;
    });
  },
});
