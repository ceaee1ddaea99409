// Links an account to the person it is (or unlinks it): an administrator of the account's unit,
// to a person of a unit they manage. One person per account, one account per person.
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../../db/client";
import { roleAssignments, units, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisiblePerson } from "../people/find-visible-person";
import { personOfUser } from "./person-of-user";
import { isUniqueViolation } from "../../platform/db-errors";
import { accountPolicy } from "./policy";

export const LinkPersonInput = z.object({
  /** The person to link; empty or null unlinks. */
  personId: z
    .union([z.null(), z.literal(""), z.coerce.number({ error: "eligibility.errors.choose_person" }).int("eligibility.errors.choose_person").positive("eligibility.errors.choose_person")])
    .optional()
    .transform((v) => (typeof v === "number" ? v : null)),
});

/** The account, if the actor may see it, and the units it holds roles on. */
async function accountOf(actor: Actor, tx: Tx, userId: number) {
  const [user] = await tx.select({ id: users.id, fullName: users.fullName, personId: users.personId }).from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new NotFound("user");
  const roleUnits = await tx.select({ id: units.id, path: units.path }).from(roleAssignments).innerJoin(units, eq(units.id, roleAssignments.unitId)).where(eq(roleAssignments.userId, userId));
  const isSelf = actor.id === userId;
  if (!isSelf && !accountPolicy.view(actor, { unitPaths: roleUnits.map((u) => u.path) })) throw new NotFound("user");
  return { user, roleUnits };
}


export async function linkPerson(actor: Actor, userId: number, input: unknown, db: Db) {
  const { personId } = parseInput(LinkPersonInput, input);
  try {
    return await db.transaction(async (tx) => {
      const { user, roleUnits } = await accountOf(actor, tx, userId);
      const unit = roleUnits.find((u) => accountPolicy.linkPerson(actor, u));
      authorize(unit !== undefined, "account.link_person");
      const before = await personOfUser(tx, user.id);
      if (personId === null) {
        if (!before) return { person: null };
        await tx.update(users).set({ personId: null }).where(eq(users.id, user.id));
        await audit(tx, actor, { action: "account.person_unlinked", entityType: "user", entityId: user.id, unit, before: { personId: before.id, fullName: before.fullName } });
        return { person: null };
      }
      const { person, unitPath } = await findVisiblePerson(actor, tx, personId);
      if (!accountPolicy.linkPerson(actor, { path: unitPath })) throw ValidationError.field("personId", "eligibility.errors.person_not_manageable");
      if (before?.id === person.id) return { person: before };
      if (before) throw ValidationError.field("personId", "eligibility.errors.account_linked", { name: before.fullName });
      const [other] = await tx.select({ fullName: users.fullName }).from(users).where(and(eq(users.personId, person.id), ne(users.id, user.id)));
      if (other) throw ValidationError.field("personId", "eligibility.errors.person_taken", { account: other.fullName });
      await tx.update(users).set({ personId: person.id }).where(eq(users.id, user.id));
      await audit(tx, actor, { action: "account.person_linked", entityType: "user", entityId: user.id, unit, after: { personId: person.id, fullName: person.fullName } });
      return { person: await personOfUser(tx, user.id) };
    });
  } catch (err) {
    // Two administrators linking the same person at once: the unique index decides.
    if (isUniqueViolation(err)) throw ValidationError.field("personId", "eligibility.errors.person_taken", { account: "…" });
    throw err;
  }
}
