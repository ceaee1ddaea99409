// `thidua people import FILE --unit CODE [--dry-run]`: a residents' spreadsheet imported
// from the command line (system actor), all or nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { defineCommand, UsageError } from "../../cli/command";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { importPeople } from "./import-people";

export const peopleCommand = defineCommand({
  name: "people",
  help: [
    {
      usage: "people import FILE --unit CODE [--dry-run]",
      vi: ["Nhập người dân, hộ gia đình từ tệp .xlsx (theo mẫu) vào đơn vị có mã CODE;", "--dry-run chỉ xem trước. Tệp có lỗi không được nhập dòng nào."],
      en: "Import people and households from .xlsx into the unit; all or nothing",
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
      if (opts.json) console.log(JSON.stringify(preview, null, 2));
      console.log(`${preview.unit.name}: ${preview.rows} dòng / rows, ${preview.toCreate} người mới / new people, ${preview.households} hộ / households, ${preview.duplicates.length} có thể trùng / likely duplicates`);
      for (const d of preview.duplicates) console.log(`  Dòng ${d.row}: ${d.fullName} (${d.birthDate}) có thể đã có trong sổ (#${d.existingId})`);
      if (preview.problems.length) {
        console.error(`Tệp bị từ chối, không ghi gì / file rejected, nothing written (${preview.problems.length}):`);
        for (const p of preview.problems.slice(0, 100)) console.error(`  ${p}`);
        return 2;
      }
      console.log(preview.committed ? "Đã nhập. / Imported." : "Chạy thử: chưa ghi gì. / Dry run: nothing written.");
      return 0;
    });
  },
});
