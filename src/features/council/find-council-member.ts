import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { councilMembers, people, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize, NotFound } from "../../platform/errors";
import { unitPolicy } from "../units/policy";
import { councilPolicy } from "./policy";

/**
 * A member of a council, for its unit's Chairman or administrator: NotFound when the unit is not
 * the actor's to see (another commune's), Forbidden when it is but the council is not theirs to set up.
 */
export async function findManagedCouncilMember(actor: Actor, db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ member: councilMembers, unitPath: units.path, unitName: units.name, fullName: people.fullName })
    .from(councilMembers)
    .innerJoin(units, eq(units.id, councilMembers.unitId))
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(eq(councilMembers.id, id));
  const [row] = opts.forUpdate ? await query.for("update", { of: councilMembers }) : await query;
  if (!row || !unitPolicy.view(actor, { path: row.unitPath })) throw new NotFound("council_member");
  authorize(councilPolicy.manage(actor, row), "council.manage");
  return row;
}
