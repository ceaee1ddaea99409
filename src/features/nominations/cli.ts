// `thidua nominations list [--unit CODE] [--status S] [--year Y] [--json]`: the nominations as the
// council's standing member sees them, from the console.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { listNominations } from "./list-nominations";

export async function listNominationsCommand(db: Db, opts: { unit?: string | undefined; status?: string | undefined; year?: string | undefined }) {
  const scope = opts.unit ? await unitByCode(db, opts.unit) : null;
  // The operator reads as the standing member and the chairman: of the unit given, or of every unit.
  const actor = Actor.consoleAsAt(["council_secretary", "chairman"], scope?.path ?? "/");
  const { rows } = await listNominations(actor, db, { status: opts.status, year: opts.year });
  return rows.map((r) => ({ id: r.id, nominee: r.nomineeName, kind: r.nomineeKind, form: r.formCode, formName: r.formName, year: r.year, status: r.status, verdict: r.verdict, unit: r.unitName, decisionDate: r.decisionDate }));
}

export const nominationsCommand = defineCommand({
  name: "nominations",
  help: [
    {
      usage: "nominations list [--unit CODE] [--status S] [--year Y] [--json]",
      vi: "Liệt kê hồ sơ đề nghị khen thưởng (trạng thái: draft, submitted, returned, accepted, withdrawn) với kết quả kiểm tra điều kiện",
      en: "List nominations (status: draft, submitted, returned, accepted, withdrawn) with their eligibility verdict",
    },
  ],
  options: { unit: { type: "string" }, status: { type: "string" }, year: { type: "string" }, json: { type: "boolean" } },
  async run({ args: [sub], opts, withRuntime }) {
    if (sub !== "list") throw new UsageError("nominations list [--unit CODE] [--status S] [--year Y] [--json]");
    return withRuntime(async ({ deps }) => {
      const rows = await listNominationsCommand(deps.database.db, { unit: opts.unit, status: opts.status, year: opts.year });
      if (opts.json) console.log(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) console.log("Chưa có hồ sơ đề nghị nào. / No nominations.");
      else for (const n of rows) console.log(`${String(n.id).padStart(5)}  ${n.year}  ${n.status.padEnd(9)}  ${(n.verdict ?? "-").padEnd(6)}  ${n.nominee} — ${n.formName} (${n.unit})`);
      return 0;
    });
  },
});
