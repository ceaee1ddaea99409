import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { councilMembers } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { EndCouncilTermInput } from "./council-member-input";
import { findManagedCouncilMember } from "./find-council-member";

/** A member's term ends on a day (resigned, moved, replaced): the reason goes to the audit log. */
export async function endCouncilMemberTerm(actor: Actor, id: number, input: unknown, db: Db) {
  const { validTo, reason } = parseInput(EndCouncilTermInput, input);
  return db.transaction(async (tx) => {
    const { member, unitPath } = await findManagedCouncilMember(actor, tx, id, { forUpdate: true });
    if (validTo < member.validFrom) throw ValidationError.field("validTo", "errors.council_term_before_start");
    if (member.validTo !== null && validTo > member.validTo) throw ValidationError.field("validTo", "errors.council_term_after_end");
    const [row] = await tx.update(councilMembers).set({ validTo }).where(eq(councilMembers.id, id)).returning();
    await audit(tx, actor, {
      action: "council_member.term_ended",
      entityType: "council_member",
      entityId: id,
      unit: { id: member.unitId, path: unitPath },
      before: { validTo: member.validTo },
      after: { validTo, reason },
    });
    return row!;
  });
}

/** The member as the end-of-term form shows them. */
export async function getCouncilMemberToEnd(actor: Actor, id: number, db: Db) {
  const { member, unitName, fullName } = await findManagedCouncilMember(actor, db, id);
  return { id: member.id, unitId: member.unitId, unitName, fullName, post: member.post, validFrom: member.validFrom, validTo: member.validTo };
}
