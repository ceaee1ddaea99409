// What the form for a new version shows (`/catalogue/new?kind=&code=&unit=`): the entry in force
// today to start from, and the layers this official may add to, each with what the law says.
import type { DbOrTx } from "../../db/client";
import { mayOverride } from "../../domain/catalogue/entries";
import { catalogueOn } from "../../domain/catalogue/in-force";
import { todayInVietnam } from "../../domain/text/dates";
import type { MessageKey } from "../../i18n";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { catalogueUnitFor, entryToReplace, manageableLayers, provinceOf } from "./catalogue-unit";
import { entryKindOf } from "./get-entry-history";
import { loadCatalogueEntries } from "./load-catalogue";

const FIXED_CODE: Record<string, string> = { base_salary: "base_salary", quorum: "quorum", bonus_rule: "calculation", council_rule: "council" };

export async function getVersionForm(actor: Actor, db: DbOrTx, query: { kind?: string | undefined; code?: string | undefined; unit?: string | undefined }, today = todayInVietnam()) {
  const kind = entryKindOf(query.kind);
  const unit = await catalogueUnitFor(actor, db, query.unit);
  const province = unit ? await provinceOf(db, unit) : null;
  const layers = manageableLayers(actor, unit, province);
  authorize(layers.length > 0, "catalogue.manage");
  const code = (query.code ?? "").trim() || FIXED_CODE[kind] || "";
  const all = await loadCatalogueEntries(db);
  const catalogue = catalogueOn(all, today, unit?.path ?? null);
  const current = code ? (catalogue.get(kind, code) ?? null) : null;
  const replaced = entryToReplace(all, kind, code, today);
  const choices = layers.map((layer) => {
    const allowed = layer.scope === "national" || mayOverride(replaced, layer.scope);
    return { ...layer, allowed, refusal: allowed ? null : (`errors.catalogue_${layer.scope}_may_not.${kind}` as MessageKey) };
  });
  return { kind, code, unit, today, catalogue, current, choices };
}

export type VersionFormView = Awaited<ReturnType<typeof getVersionForm>>;
