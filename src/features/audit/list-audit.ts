import { and, desc, eq, gte, ilike, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { withinScopes } from "../../db/scope";
import { auditLog } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { auditPolicy } from "./policy";

export const AUDIT_PAGE_SIZE = 50;

export const AuditFilters = z.object({
  action: z.string().trim().max(100, "errors.too_long").optional(),
  actor: z.string().trim().max(200, "errors.too_long").optional(),
  from: fields.date({ optional: true }),
  to: fields.date({ optional: true }),
  before: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => undefined)),
});

/** Administrators browse the log newest first, filtered by action, person and dates (Vietnam time). */
export async function listAudit(actor: Actor, db: DbOrTx, input: unknown) {
  authorize(auditPolicy.browse(actor), "audit.view");
  const f = parseInput(AuditFilters, input);
  const scope = withinScopes(auditLog.unitPath, auditPolicy.scopes(actor));
  const conditions: (SQL | undefined)[] = [auditPolicy.seeUnitless(actor) ? or(scope, isNull(auditLog.unitPath)) : scope];
  if (f.action) conditions.push(eq(auditLog.action, f.action));
  if (f.actor) conditions.push(ilike(auditLog.actorLabel, `%${f.actor.replace(/[\\%_]/g, "\\$&")}%`));
  if (f.from) conditions.push(gte(auditLog.at, sql`(${f.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`));
  if (f.to) conditions.push(lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`));
  if (f.before) conditions.push(lt(auditLog.seq, f.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(AUDIT_PAGE_SIZE + 1);
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, filters: f, nextBefore: rows.length > AUDIT_PAGE_SIZE ? entries[entries.length - 1]!.seq : null };
}

export async function auditActions(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
