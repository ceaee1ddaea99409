import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../../db/client";
import { nationalAdministrators, roleAssignments, units, users } from "../../db/schema";
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
import { findOfficialCommune } from "../units/official-list";
import { consumeSetupToken, hasAdministrator, isSetupToken } from "./setup-link";

/** Either a commune picked from the official list, or a unit typed by hand (an agency, a unit not in the list). */
const UnitChoice = z
  .object({
    officialCode: z.string().trim().optional(),
    unitName: z.string().trim().max(200, "errors.too_long").optional(),
    unitKind: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.officialCode) {
      if (!findOfficialCommune(v.officialCode)) ctx.addIssue({ code: "custom", path: ["officialCode"], message: "errors.choose_unit" });
      return;
    }
    if (!v.unitName) ctx.addIssue({ code: "custom", path: ["officialCode"], message: "errors.choose_official_unit" });
    else if (!(TOP_KINDS as readonly string[]).includes(v.unitKind ?? "")) ctx.addIssue({ code: "custom", path: ["unitKind"], message: "errors.choose_kind" });
  });

const Input = z
  .object({ fullName: fields.requiredText(120), email: fields.email() })
  .and(UnitChoice)
  .and(NewPasswordInput);

/** The official commune and its province, reusing them if the official list was imported already. */
async function officialUnit(tx: Tx, code: string) {
  const commune = findOfficialCommune(code)!;
  const [existing] = await tx.select().from(units).where(eq(units.code, commune.code));
  if (existing) return existing;
  const [province] = await tx.select().from(units).where(eq(units.code, commune.province.code));
  const parent = province ?? (await insertUnit(tx, { parent: null, name: commune.province.name, kind: "province", code: commune.province.code }));
  return insertUnit(tx, { parent, name: commune.name, kind: commune.kind, code: commune.code });
}

/** First run: creates the first unit and its administrator, and signs them in. The link then dies. */
export async function createFirstAdmin(db: Db, token: string, input: unknown, meta: ClientMeta) {
  const values = parseInput(Input, input);
  const passwordHash = await hashPassword(values.password);
  return db.transaction(async (tx) => {
    if (!(await isSetupToken(tx, token, true)) || (await hasAdministrator(tx))) throw new NotFound("setup");
    const unit = values.officialCode
      ? await officialUnit(tx, values.officialCode)
      : await insertUnit(tx, { parent: null, name: values.unitName!, kind: values.unitKind! });
    const [user] = await tx.insert(users).values({ email: values.email, fullName: values.fullName, passwordHash }).returning();
    await tx.insert(roleAssignments).values({ userId: user!.id, unitId: unit.id, role: "admin" });
    // Whoever sets the installation up also keeps its national data (the calendar); the console names others.
    await tx.insert(nationalAdministrators).values({ userId: user!.id, grantedBy: "setup" });
    await consumeSetupToken(tx);
    const actor = (await loadActor(tx, user!.id))!;
    await audit(tx, actor, { action: "unit.created", entityType: "unit", entityId: unit.id, unit, after: unit });
    await audit(tx, actor, { action: "setup.completed", entityType: "user", entityId: user!.id, unit, after: { email: user!.email, fullName: user!.fullName, role: "admin" } });
    const sessionToken = await startSession(tx, user!.id, meta);
    return { userId: user!.id, unitId: unit.id, sessionToken };
  });
}
