// The catalogue as the database holds it: the national layer seeded by migration 0013 and every
// province's and unit's own versions. Reads are small (a few hundred rows), so the whole table
// is read and resolved in memory (src/domain/catalogue/in-force.ts).
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { catalogueEntries, units } from "../../db/schema";
import type { EntryKind, EntryScope } from "../../domain/catalogue/entries";
import { catalogueOn, type Catalogue, type LayeredEntry } from "../../domain/catalogue/in-force";

export async function loadCatalogueEntries(db: DbOrTx): Promise<LayeredEntry[]> {
  const rows = await db
    .select({ entry: catalogueEntries, scopePath: units.path, scopeName: units.name, scopeKind: units.kind })
    .from(catalogueEntries)
    .leftJoin(units, eq(units.id, catalogueEntries.scopeUnitId));
  return rows.map(({ entry: e, scopePath, scopeName, scopeKind }) => ({
    id: e.id,
    kind: e.kind as EntryKind,
    code: e.code,
    value: e.value as LayeredEntry["value"],
    validFrom: e.validFrom,
    validTo: e.validTo,
    citation: e.citation,
    unconfirmed: e.unconfirmed,
    ...(e.note ? { note: e.note } : {}),
    scope: (e.scopeUnitId === null ? "national" : scopeKind === "province" ? "province" : "unit") as EntryScope,
    scopePath: e.scopeUnitId === null ? null : scopePath,
    scopeName: scopeName ?? null,
  }));
}

/** The catalogue in force on `on` (ISO) for the unit at `unitPath` (null: the national layer alone). */
export async function loadCatalogue(db: DbOrTx, on: string, unitPath: string | null): Promise<Catalogue> {
  return catalogueOn(await loadCatalogueEntries(db), on, unitPath);
}
