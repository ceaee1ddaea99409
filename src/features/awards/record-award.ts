import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { awards } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { RecordAwardInput } from "./award-input";
import { awardSearchText, awardSortKey, checkAward } from "./award-rules";
import { findRecipient, recipientColumns } from "./find-recipient";
import { awardPolicy } from "./policy";

/**
 * Records an award from an older decision by hand: a person, a household, a collective or a unit
 * the actor may manage, with a form the catalogue has on the decision's date for that kind of
 * recipient. The same award twice (recipient, form, year, decision number) is refused.
 */
export async function recordAward(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(RecordAwardInput, input);
  return db.transaction(async (tx) => {
    const recipient = await findRecipient(actor, tx, values.recipientKind, values.recipientId);
    authorize(awardPolicy.manage(actor, recipient.unit), "award.manage");
    const catalogue = await loadCatalogue(tx, values.decisionDate, recipient.unit.path);
    const checked = checkAward(catalogue, values, recipient.kind);
    const columns = recipientColumns(recipient.kind, recipient.id);
    await refuseDuplicate(tx, { ...columns, formCode: checked.formCode, year: values.year, decisionNumber: values.decisionNumber }, null);
    const [award] = await tx
      .insert(awards)
      .values({
        unitId: recipient.unit.id,
        ...columns,
        recipientName: recipient.name,
        searchText: awardSearchText({ recipientName: recipient.name, formName: checked.formName, decisionNumber: values.decisionNumber, achievement: values.achievement }),
        sortKey: awardSortKey(recipient.name, recipient.personName),
        formCode: checked.formCode,
        year: values.year,
        periodFrom: values.periodFrom,
        periodTo: values.periodTo,
        commendationKind: checked.commendationKind,
        decidingBody: values.decidingBody,
        decisionNumber: values.decisionNumber,
        decisionDate: values.decisionDate,
        achievement: values.achievement,
        source: "manual",
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, actor, { action: "award.recorded", entityType: "award", entityId: award!.id, unit: recipient.unit, after: award });
    return award!;
  });
}

type Identity = { recipientKind: string; personId: number | null; householdId: number | null; collectiveId: number | null; recipientUnitId: number | null; formCode: string; year: number | null; decisionNumber: string };

/** The same recipient, form, year and decision number recorded already (other than `except`). */
export async function refuseDuplicate(tx: DbOrTx, a: Identity, except: number | null): Promise<void> {
  const recipient =
    a.personId !== null ? eq(awards.personId, a.personId) : a.householdId !== null ? eq(awards.householdId, a.householdId) : a.collectiveId !== null ? eq(awards.collectiveId, a.collectiveId) : eq(awards.recipientUnitId, a.recipientUnitId!);
  const [same] = await tx
    .select({ id: awards.id })
    .from(awards)
    .where(
      and(
        recipient,
        eq(awards.recipientKind, a.recipientKind),
        eq(awards.formCode, a.formCode),
        a.year === null ? isNull(awards.year) : eq(awards.year, a.year),
        sql`lower(${awards.decisionNumber}) = lower(${a.decisionNumber})`,
        except === null ? sql`true` : sql`${awards.id} <> ${except}`,
      ),
    )
    .limit(1);
  if (same) throw ValidationError.field("decisionNumber", "errors.award_duplicate", { id: same.id });
}
