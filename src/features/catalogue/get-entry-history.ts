// Every version of one entry (a kind and a code) that reaches a unit — national, its
// province's, its own — with their dates, so that an official sees what changed and when
// (`/catalogue/entries/:kind/:code?unit=ID`).
import type { DbOrTx } from "../../db/client";
import { ENTRY_KINDS, mayOverride, type EntryKind } from "../../domain/catalogue/entries";
import { catalogueOn } from "../../domain/catalogue/in-force";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { catalogueUnitFor, entryToReplace, manageableLayers, provinceOf } from "./catalogue-unit";
import { loadCatalogueEntries } from "./load-catalogue";

export function entryKindOf(value: string | undefined): EntryKind {
  if (!value || !(ENTRY_KINDS as readonly string[]).includes(value)) throw new NotFound("catalogue_entry");
  return value as EntryKind;
}

export async function getEntryHistory(actor: Actor, db: DbOrTx, kindParam: string | undefined, code: string | undefined, input: { unit?: string | undefined }, today = todayInVietnam()) {
  const kind = entryKindOf(kindParam);
  const unit = await catalogueUnitFor(actor, db, input.unit);
  const all = await loadCatalogueEntries(db);
  const reaching = all.filter((e) => e.scopePath === null || (unit !== null && unit.path.startsWith(e.scopePath)));
  const versions = reaching
    .filter((e) => e.kind === kind && e.code === code)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || (a.scopePath?.length ?? 0) - (b.scopePath?.length ?? 0));
  if (versions.length === 0) throw new NotFound("catalogue_entry");
  const catalogue = catalogueOn(reaching, today, unit?.path ?? null);
  const inForce = catalogue.get(kind, code!);
  const province = unit ? await provinceOf(db, unit) : null;
  const layers = manageableLayers(actor, unit, province);
  const canAdd = layers.some((l) => l.scope === "national" || mayOverride(entryToReplace(all, kind, code!, today), l.scope));
  return { kind, code: code!, unit, today, catalogue, versions, inForceId: inForce?.id ?? null, canAdd };
}

export type EntryHistoryView = Awaited<ReturnType<typeof getEntryHistory>>;
