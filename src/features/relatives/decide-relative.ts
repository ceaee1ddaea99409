import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { personRelations } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleRelation } from "./find-visible-relation";
import { relativesPolicy } from "./policy";
import { DecideRelativeInput } from "./relative-input";

/**
 * An official of the person's unit confirms a relation (then it counts for recusal) or rejects it
 * (then households do not propose it again). Deciding what is decided already changes nothing.
 */
export async function decideRelative(actor: Actor, id: number, input: unknown, db: Db) {
  const { decision } = parseInput(DecideRelativeInput, input);
  const status = decision === "confirm" ? "confirmed" : "rejected";
  return db.transaction(async (tx) => {
    const found = await findVisibleRelation(actor, tx, id, { forUpdate: true });
    authorize(relativesPolicy.manage(actor, found), "person.manage");
    const r = found.relation;
    if (r.status === status) return r;
    const [row] = await tx.update(personRelations).set({ status, decidedBy: actor.id, decidedAt: new Date() }).where(eq(personRelations.id, id)).returning();
    await audit(tx, actor, {
      action: `relative.${status}`,
      entityType: "person_relation",
      entityId: id,
      unit: { id: found.unitId, path: found.unitPath },
      before: { status: r.status },
      after: { status, personId: r.personId, relativeId: r.relativeId, kind: r.kind },
    });
    return row!;
  });
}
