// `thidua units import|search|merge`: the official unit list, finding a unit's code, and
// mergers, from the command line (system actor).
import { readFileSync } from "node:fs";
import { defineCommand, UsageError } from "../../cli/command";
import { formatShortDate } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { parseDateArgument } from "../../platform/validation";
import { importOfficialUnits, ImportRejected, type Tally } from "./import-official-units";
import { mergeUnits } from "./merge-units";
import { searchUnits } from "./search-units";
import { unitByCode } from "./unit-by-code";

export const unitsCommand = defineCommand({
  name: "units",
  help: [
    {
      usage: "units import FILE",
      vi: ["Nhập danh mục đơn vị hành chính chính thức (CSV: province_code,", "province_name,commune_code,commune_name); nhập lại không đổi gì"],
      en: "Import the official list of administrative units; re-importing changes nothing",
    },
    {
      usage: "units merge --into CODE --from CODE,CODE --on 01/07/2025",
      vi: "Ghi nhận sáp nhập: các đơn vị cũ kết thúc ngày hôm trước, lịch sử vẫn xem được",
      en: "Record a merger; the replaced units end the day before",
    },
    {
      usage: "units search TEXT [--json]",
      vi: ['Tìm đơn vị theo tên, có hoặc không dấu ("xa nam nen"); in mã đơn vị', "dùng cho --unit (ví dụ 22420-TDP01)"],
      en: "Find units by name, with or without diacritics; prints the code --unit takes",
    },
  ],
  options: { json: { type: "boolean" }, into: { type: "string" }, from: { type: "string" }, on: { type: "string" } },
  async run({ args, opts, withRuntime }) {
    const [sub, arg] = args;
    if (sub === "import") {
      if (!arg) throw new UsageError("units import FILE");
      const text = readFileSync(arg, "utf8");
      try {
        return await withRuntime(async ({ deps }) => {
          const { provinces, communes } = await importOfficialUnits(Actor.system(), text, deps.database.db);
          const line = (label: string, x: Tally) => `${label}: ${x.created} tạo mới / created, ${x.updated} cập nhật / updated, ${x.unchanged} không đổi / unchanged`;
          console.log(line("Tỉnh / provinces", provinces));
          console.log(line("Xã, phường / communes", communes));
          if (opts.json) console.log(JSON.stringify({ provinces, communes }));
          return 0;
        });
      } catch (err) {
        if (!(err instanceof ImportRejected)) throw err;
        console.error(`Tệp bị từ chối, không ghi gì / file rejected, nothing written (${err.problems.length}):`);
        for (const p of err.problems.slice(0, 50)) console.error(`  Dòng ${p.row}: ${p.reason}`);
        return 2;
      }
    }
    if (sub === "search") {
      const text = args.slice(1).join(" ");
      return withRuntime(async ({ deps }) => {
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
      return withRuntime(async ({ deps }) => {
        const { db } = deps.database;
        const byCode = async (code: string) => (await unitByCode(db, code)).id;
        const result = await mergeUnits(Actor.system(), { successorId: await byCode(into), predecessorIds: await Promise.all(from.map(byCode)), effectiveOn }, db);
        console.log(`${result.predecessors.map((p) => p.name).join(", ")} → ${result.successor.name} (${formatShortDate(effectiveOn)})`);
        return 0;
      });
    }
    throw new UsageError("units import FILE | units search TEXT | units merge --into CODE --from CODE,CODE --on DATE");
  },
});
