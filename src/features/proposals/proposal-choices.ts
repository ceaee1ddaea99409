// What the "draft a proposal" form offers: the governments where the actor drafts proposals, and
// for the chosen one the items it may propose now.
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import { roleGrants } from "../../domain/access/roles";
import { formName } from "../../domain/catalogue/in-force";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { findVisibleUnit } from "../units/find-visible-unit";
import { councilResultLine } from "../../documents/compose-proposal";
import { proposalPolicy } from "./policy";
import { proposableItems } from "./proposal-items";

export async function proposingUnits(actor: Actor, db: DbOrTx) {
  authorize(proposalPolicy.sendSomewhere(actor), "proposal.send");
  const ids = [...new Set(actor.assignments.filter((a) => roleGrants(a.role, "proposal.send") && a.unitId > 0).map((a) => a.unitId))];
  return ids.length ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)) : [];
}

export async function proposalCandidates(actor: Actor, db: DbOrTx, unitId: number) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(proposalPolicy.send(actor, unit), "proposal.send");
  const items = await proposableItems(db, unit.id);
  const out = [];
  for (const i of items) {
    const catalogue = await loadCatalogue(db, i.nomination.decisionDate, unit.path);
    out.push({
      nominationId: i.nomination.id,
      nomineeName: i.nomination.nomineeName,
      formName: formName(catalogue, i.nomination.formCode),
      unitName: i.nominatingUnit,
      result: councilResultLine({ ...i.result, meetsOn: "" }),
    });
  }
  return { unit, items: out };
}
