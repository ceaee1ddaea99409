// `thidua movements list [--unit CODE] --json`: the operator's view of the movements (system actor).
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { listMovements, milestonesOf } from "./list-movements";

export async function listMovementsCommand(db: Db, opts: { unit?: string | undefined }) {
  const unitId = opts.unit ? (await unitByCode(db, opts.unit)).id : undefined;
  const { movements } = await listMovements(Actor.system(), db, unitId ? { unit: String(unitId) } : {});
  const milestones = await milestonesOf(db, movements.map((m) => m.id));
  return movements.map((m) => ({
    id: m.id, name: m.name, kind: m.kind, unit: m.unitName, unitCode: m.unitCode, startsOn: m.startsOn, endsOn: m.endsOn,
    status: m.status, milestones: milestones.get(m.id) ?? [], parentId: m.parentId,
  }));
}

export const movementsCommand = defineCommand({
  name: "movements",
  help: [
    {
      usage: "movements list [--unit CODE] [--json]",
      vi: "Liệt kê phong trào thi đua với thời gian và các mốc",
      en: "List movements with their periods and milestones",
    },
  ],
  options: { unit: { type: "string" }, json: { type: "boolean" } },
  async run({ args: [sub], opts, withRuntime }) {
    if (sub !== "list") throw new UsageError("movements list [--unit CODE] [--json]");
    return withRuntime(async ({ deps }) => {
      const rows = await listMovementsCommand(deps.database.db, { unit: opts.unit });
      if (opts.json) console.log(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) console.log("Chưa có phong trào nào. / No movements.");
      else for (const m of rows) console.log(`${String(m.id).padStart(5)}  ${m.startsOn} – ${m.endsOn}  ${m.name} — ${m.unit}${m.milestones.length ? ` (${m.milestones.map((x) => x.on).join(", ")})` : ""}`);
      return 0;
    });
  },
});
