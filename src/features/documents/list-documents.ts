import { documentPolicy } from "./policy";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { documents, units } from "../../db/schema";
import { withinScopes } from "../../db/scope";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";

export const ListDocumentsInput = z.object({
  unit: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
  status: z.enum(["draft", "submitted", "issued"]).optional().catch(undefined),
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1990).max(2200).optional()).catch(undefined),
});

/** Documents the actor may see: issued ones across their units, drafts where they write, review or sign. */
export async function listDocuments(actor: Actor, db: DbOrTx, input: unknown) {
  const { unit: unitId, status, year } = parseInput(ListDocumentsInput, input);
  const unit = unitId ? await findVisibleUnit(actor, db, unitId) : null;
  const issued = withinScopes(units.path, documentPolicy.issuedScopes(actor));
  const drafts = withinScopes(units.path, documentPolicy.draftScopes(actor));
  const conditions: SQL[] = [sql`((${documents.status} = 'issued' AND ${issued}) OR (${documents.status} <> 'issued' AND ${drafts}))`];
  if (unit) conditions.push(eq(documents.unitId, unit.id));
  if (status) conditions.push(eq(documents.status, status));
  if (year) conditions.push(sql`coalesce(${documents.year}, extract(year from ${documents.createdAt})::int) = ${year}`);
  const rows = await db
    .select({
      id: documents.id, typeCode: documents.typeCode, status: documents.status, summary: documents.summary,
      numberSymbol: documents.numberSymbol, issuedOn: documents.issuedOn, signerName: documents.signerName,
      updatedAt: documents.updatedAt, unitId: units.id, unitName: units.name, unitCode: units.code,
    })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(and(...conditions))
    .orderBy(desc(documents.updatedAt), desc(documents.id))
    .limit(500);
  return { documents: rows, unit, status: status ?? null, year: year ?? null };
}

export const RegisterInput = z.object({
  unit: z.coerce.number({ error: "errors.choose_unit" }).int().positive("errors.choose_unit"),
  year: z.coerce.number().int().min(1990).max(2200).default(() => new Date().getUTCFullYear()),
});

/** Sổ văn bản đi: a unit's issued documents of one year in number order. */
export async function documentRegister(actor: Actor, db: DbOrTx, input: unknown) {
  const { unit: unitId, year } = parseInput(RegisterInput, input);
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(documentPolicy.viewRegister(actor, unit), "document.view");
  const entries = await db
        .select({ id: documents.id, number: documents.number, numberSymbol: documents.numberSymbol, typeCode: documents.typeCode, issuedOn: documents.issuedOn, summary: documents.summary, signerName: documents.signerName, signingForm: documents.signingForm })
        .from(documents)
        .where(and(eq(documents.unitId, unit.id), eq(documents.year, year), eq(documents.status, "issued")))
        .orderBy(asc(documents.number));
  return { unit, year, entries };
}
