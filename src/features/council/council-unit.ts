// The unit whose council is read or set up, as the actor may see it.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { findVisibleUnit } from "../units/find-visible-unit";
import { councilPolicy } from "./policy";

/** The unit if the actor sees it (else NotFound) and may see its council (else Forbidden); `lock` serialises changes to its council. */
export async function findCouncilUnit(actor: Actor, db: DbOrTx, unitId: number, need: "view" | "manage", opts: { lock?: boolean } = {}) {
  const unit = await findVisibleUnit(actor, db, unitId);
  const scope = { unitPath: unit.path };
  authorize(need === "manage" ? councilPolicy.manage(actor, scope) : councilPolicy.view(actor, scope), need === "manage" ? "council.manage" : "council.view");
  if (opts.lock) await db.select({ id: units.id }).from(units).where(eq(units.id, unit.id)).for("update");
  return unit;
}

/** The units whose council the actor sees: those they hold a role on that reaches the council. */
export function councilUnitsOf(actor: Actor): { id: number; path: string }[] {
  const seen = new Map<number, { id: number; path: string }>();
  for (const a of actor.assignments) if (a.unitId > 0 && councilPolicy.view(actor, { unitPath: a.unitPath })) seen.set(a.unitId, { id: a.unitId, path: a.unitPath });
  return [...seen.values()];
}
