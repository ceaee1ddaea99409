import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, units } from "../../db/schema";
import { withinScopes } from "../../db/scope";
import type { Actor } from "../../platform/actor";
import { documentPolicy } from "../documents/policy";
import { decidableNominations } from "./decidable-nominations";
import { decisionPolicy } from "./policy";

/**
 * The decisions the actor may see (issued ones across their units, drafts where they write), and
 * for each unit where they draft, how many nominations wait for a decision.
 */
export async function listDecisions(actor: Actor, db: Db) {
  const issued = withinScopes(units.path, documentPolicy.issuedScopes(actor));
  const drafts = withinScopes(units.path, documentPolicy.draftScopes(actor));
  const rows = await db
    .select({
      id: documents.id, status: documents.status, summary: documents.summary, numberSymbol: documents.numberSymbol, issuedOn: documents.issuedOn,
      kind: sql<"award" | "revocation">`${documents.content}->>'kind'`, lines: sql<number>`jsonb_array_length(${documents.content}->'lines')`,
      unitId: units.id, unitName: units.name, updatedAt: documents.updatedAt,
    })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(and(eq(documents.typeCode, "QĐ"), sql`${documents.content}->>'kind' IN ('award', 'revocation')`, sql`((${documents.status} = 'issued' AND ${issued}) OR (${documents.status} <> 'issued' AND ${drafts}))`))
    .orderBy(desc(documents.updatedAt), desc(documents.id))
    .limit(500);
  const scopes = decisionPolicy.draftScopes(actor);
  const draftUnits = scopes.length ? await db.select({ id: units.id, name: units.name, path: units.path }).from(units).where(withinScopes(units.path, scopes)).orderBy(units.path).limit(200) : [];
  const waiting = [];
  for (const unit of draftUnits) {
    const n = (await decidableNominations(db, unit.id)).length;
    if (n > 0) waiting.push({ ...unit, waiting: n });
  }
  return { decisions: rows, waiting, canDraft: scopes.length > 0 };
}
