// Written authorisations to sign for the Chairman (TL., TUQ.): granted and revoked by the
// Chairman of the unit only, to an official who holds a post there.
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { roleAssignments, signingAuthorisations, users } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { documentPolicy } from "./policy";

export const GrantInput = z
  .object({
    unitId: fields.id("errors.choose_unit"),
    userId: fields.id("errors.choose_person"),
    form: z.enum(["TL", "TUQ"], { error: "errors.signing_form_required" }),
    signerTitle: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(80, "errors.too_long").transform((s) => s.toLocaleUpperCase("vi")),
    validFrom: fields.date(),
    validTo: fields.date({ optional: true }),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, { path: ["validTo"], message: "errors.end_before_start" });

/** Only the head of the unit gives away signing in their name. */
const isHead = (actor: Actor, unit: { id: number }) => documentPolicy.signingForms(actor, unit).includes("HEAD");

export async function grantSigningAuthority(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(GrantInput, input);
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(isHead(actor, unit), "signing.grant");
    const [post] = await tx.select({ id: roleAssignments.id }).from(roleAssignments).where(and(eq(roleAssignments.unitId, unit.id), eq(roleAssignments.userId, values.userId))).limit(1);
    if (!post) throw ValidationError.field("userId", "errors.not_an_official");
    const [row] = await tx.insert(signingAuthorisations).values({ ...values, grantedBy: actor.id }).returning();
    await audit(tx, actor, { action: "signing.granted", entityType: "signing_authorisation", entityId: row!.id, unit, after: values });
    return row!;
  });
}

export async function revokeSigningAuthority(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(signingAuthorisations).where(eq(signingAuthorisations.id, id)).for("update");
    if (!row) throw new NotFound("signing_authorisation");
    const unit = await findVisibleUnit(actor, tx, row.unitId);
    authorize(isHead(actor, unit), "signing.revoke");
    if (row.revokedAt) return row;
    const [revoked] = await tx.update(signingAuthorisations).set({ revokedAt: new Date() }).where(eq(signingAuthorisations.id, id)).returning();
    await audit(tx, actor, { action: "signing.revoked", entityType: "signing_authorisation", entityId: id, unit });
    return revoked!;
  });
}

/** The unit's authorisations in force or revoked, and the officials who could receive one. */
export async function listSigningAuthorities(actor: Actor, db: DbOrTx, unitId: number) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(documentPolicy.viewSigning(actor, unit), "signing.list");
  const [granted, officials] = await Promise.all([
    db
      .select({ id: signingAuthorisations.id, form: signingAuthorisations.form, signerTitle: signingAuthorisations.signerTitle, validFrom: signingAuthorisations.validFrom, validTo: signingAuthorisations.validTo, revokedAt: signingAuthorisations.revokedAt, name: users.fullName })
      .from(signingAuthorisations)
      .innerJoin(users, eq(users.id, signingAuthorisations.userId))
      .where(eq(signingAuthorisations.unitId, unit.id))
      .orderBy(asc(signingAuthorisations.id)),
    db.selectDistinct({ id: users.id, name: users.fullName }).from(roleAssignments).innerJoin(users, eq(users.id, roleAssignments.userId)).where(and(eq(roleAssignments.unitId, unit.id), isNull(users.disabledAt))),
  ]);
  return { unit, granted, officials, canGrant: isHead(actor, unit) };
}
