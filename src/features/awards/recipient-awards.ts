import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awards } from "../../db/schema";
import type { RecipientKind } from "../../domain/catalogue/entries";
import type { Actor } from "../../platform/actor";
import { catalogueNames } from "./catalogue-names";
import { findRecipient } from "./find-recipient";
import { awardPolicy } from "./policy";

const COLUMN = { person: awards.personId, household: awards.householdId, collective: awards.collectiveId, unit: awards.recipientUnitId } as const;

/**
 * Every award of one person, household, collective or unit, newest decision first, each form
 * under the name it bore on its decision's date. The recipient as the actor may see them (404
 * otherwise); an award held in a registry the actor does not see is left out.
 */
export async function recipientAwards(actor: Actor, db: DbOrTx, kind: RecipientKind, id: number) {
  const recipient = await findRecipient(actor, db, kind, id);
  const rows = await db.select().from(awards).where(eq(COLUMN[kind], id)).orderBy(desc(awards.decisionDate), desc(awards.year), desc(awards.id));
  const names = await catalogueNames(db);
  return {
    recipient,
    awards: rows.map((a) => ({ ...a, formName: names.form(a.formCode, a.decisionDate), kindName: names.kind(a.commendationKind, a.decisionDate) })),
    canRecord: awardPolicy.manage(actor, recipient.unit),
  };
}
