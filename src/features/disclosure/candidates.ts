// What the standing member may put on a list: the accepted nominations its government screened
// that are on no list still open, and the governments it has such nominations for.
import { and, asc, eq, gte, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { disclosureItems, disclosures, nominations, units } from "../../db/schema";
import { catalogueOn, formName } from "../../domain/catalogue/in-force";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { loadCatalogueEntries } from "../catalogue/load-catalogue";
import { findVisibleUnit } from "../units/find-visible-unit";
import { disclosurePolicy } from "./policy";

export async function disclosureCandidates(actor: Actor, db: DbOrTx, unitId: number | null, today = todayInVietnam()) {
  authorize(disclosurePolicy.manageSomewhere(actor), "disclosure.manage");
  const screening = alias(units, "screening");
  const onOpenList = db
    .select({ one: sql`1` })
    .from(disclosureItems)
    .innerJoin(disclosures, eq(disclosures.id, disclosureItems.disclosureId))
    .where(and(eq(disclosureItems.nominationId, nominations.id), gte(disclosures.endsOn, today)));
  const scopes = disclosurePolicy.manageScopes(actor);
  let unit: { id: number; name: string } | null = null;
  if (unitId !== null) {
    const found = await findVisibleUnit(actor, db, unitId);
    authorize(disclosurePolicy.manage(actor, found), "disclosure.manage");
    unit = { id: found.id, name: found.name };
  }
  const rows = await db
    .select({
      id: nominations.id,
      nomineeName: nominations.nomineeName,
      formCode: nominations.formCode,
      year: nominations.year,
      decisionDate: nominations.decisionDate,
      unitName: units.name,
      screeningId: screening.id,
      screeningName: screening.name,
    })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(screening, eq(screening.id, nominations.screeningUnitId))
    .where(
      and(
        eq(nominations.status, "accepted"),
        unit ? eq(nominations.screeningUnitId, unit.id) : or(...scopes.map((p) => sql`${screening.path} LIKE ${p} || '%'`)),
        notExists(onOpenList),
      ),
    )
    .orderBy(asc(nominations.year), asc(nominations.nomineeName), asc(nominations.id))
    .limit(500);
  const entries = await loadCatalogueEntries(db);
  const governments = [...new Map(rows.map((r) => [r.screeningId, { id: r.screeningId, name: r.screeningName }])).values()];
  return {
    unit,
    governments,
    nominations: unit ? rows.map((r) => ({ ...r, formName: formName(catalogueOn(entries, r.decisionDate, null), r.formCode) })) : [],
  };
}
