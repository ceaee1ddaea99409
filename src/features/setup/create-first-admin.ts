import { z } from "zod";
import type { Db } from "../../db/client";
import { roleAssignments, users } from "../../db/schema";
import { TOP_KINDS } from "../../domain/access/unit-kinds";
import { loadActor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound } from "../../platform/errors";
import { hashPassword } from "../../platform/passwords";
import { fields, parseInput } from "../../platform/validation";
import { NewPasswordInput } from "../accounts/accept-invitation";
import { startSession } from "../accounts/sessions";
import type { ClientMeta } from "../accounts/sign-in";
import { insertUnit } from "../units/insert-unit";
import { consumeSetupToken, hasAdministrator, isSetupToken } from "./setup-link";

const Input = z
  .object({
    fullName: fields.requiredText(120),
    email: fields.email(),
    unitName: fields.requiredText(200),
    unitKind: z.enum(TOP_KINDS, { error: "errors.choose_kind" }),
  })
  .and(NewPasswordInput);

/** First run: creates the first unit and its administrator, and signs them in. The link then dies. */
export async function createFirstAdmin(db: Db, token: string, input: unknown, meta: ClientMeta) {
  const values = parseInput(Input, input);
  const passwordHash = await hashPassword(values.password);
  return db.transaction(async (tx) => {
    if (!(await isSetupToken(tx, token, true)) || (await hasAdministrator(tx))) throw new NotFound("setup");
    const unit = await insertUnit(tx, { parent: null, name: values.unitName, kind: values.unitKind });
    const [user] = await tx.insert(users).values({ email: values.email, fullName: values.fullName, passwordHash }).returning();
    await tx.insert(roleAssignments).values({ userId: user!.id, unitId: unit.id, role: "admin" });
    await consumeSetupToken(tx);
    const actor = (await loadActor(tx, user!.id))!;
    await audit(tx, actor, { action: "unit.created", entityType: "unit", entityId: unit.id, unit, after: unit });
    await audit(tx, actor, { action: "setup.completed", entityType: "user", entityId: user!.id, unit, after: { email: user!.email, fullName: user!.fullName, role: "admin" } });
    const sessionToken = await startSession(tx, user!.id, meta);
    return { userId: user!.id, unitId: unit.id, sessionToken };
  });
}
