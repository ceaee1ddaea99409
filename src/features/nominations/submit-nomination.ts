// The nominating unit submits its dossier to the screening government. Everything missing is
// listed at once; a form the catalogue does not know on the decision date is refused; otherwise
// the nomination is routed to who decides it (here, or the level above that exists that day),
// its eligibility is recorded as it stands, duplicates are flagged for the screener to decide,
// and the processing time limit becomes a task with the usual reminders.
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { awards, nominationFlags, nominations, tasks } from "../../db/schema";
import { routeTo } from "../../domain/catalogue/authority";
import type { EntryValues } from "../../domain/catalogue/entries";
import { duplicateFlags } from "../../domain/nominations/duplicates";
import { canTransition, nextStatus, type NominationStatus } from "../../domain/nominations/workflow";
import { formatShortDate, todayInVietnam } from "../../domain/text/dates";
import { dueAfterWorkingDays } from "../../domain/tasks/deadlines";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { loadCalendar } from "../calendar/adjustments";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { unitChains } from "../eligibility/check-candidates";
import { dossierState } from "./dossier-state";
import { findVisibleNomination, type NominationRow } from "./find-nomination";
import { eligibilityOf, nomineeOf } from "./nomination-eligibility";
import { nominationPolicy } from "./policy";
import { recordEvent } from "./record-event";

export async function submitNomination(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id, { forUpdate: true });
    authorize(nominationPolicy.edit(actor, found), "nomination.edit");
    const n = found.nomination;
    if (!canTransition(n.status as NominationStatus, "submit")) throw ValidationError.field("_form", "errors.nomination_not_submittable");
    const status = nextStatus(n.status as NominationStatus, "submit");
    const catalogue = await loadCatalogue(tx, n.decisionDate, found.unitPath);
    const form = catalogue.get("form", n.formCode)?.value as EntryValues["form"] | undefined;
    if (!form) throw ValidationError.field("formCode", "errors.nomination_form_unknown", { form: n.formCode, date: formatShortDate(n.decisionDate) });
    const { missing } = await dossierState(tx, n, catalogue);
    if (missing.length) throw ValidationError.field("_form", "errors.nomination_documents_missing", { items: missing.map((m) => m.name).join("; ") });

    const authority = catalogue.get("authority", n.formCode)?.value;
    const chain = (await unitChains(tx, [n.unitId])).get(n.unitId)!.chain;
    const route = authority ? routeTo(authority.tier, chain, n.decisionDate) : null;
    const report = await eligibilityOf(tx, n);
    await flagDuplicates(tx, n, form.yearly, route?.decidingUnit?.id ?? null);
    const taskId = await processingTask(tx, actor, n, found.screeningName, catalogue.forForm("processing", n.formCode)?.value.workingDays ?? null);

    const [row] = await tx
      .update(nominations)
      .set({
        status,
        decidingUnitId: route?.decidingUnit?.id ?? null,
        decidingTier: authority?.tier ?? null,
        eligibility: report,
        checkedAt: new Date(),
        submittedAt: new Date(),
        returnReason: null,
        taskId,
        updatedAt: new Date(),
      })
      .where(eq(nominations.id, id))
      .returning();
    await recordEvent(tx, actor, id, n.status === "returned" ? "resubmitted" : "submitted");
    await audit(tx, actor, {
      action: "nomination.submitted", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath },
      before: { status: n.status }, after: { status, decidingUnitId: row!.decidingUnitId, verdict: report?.verdict ?? null },
    });
    return row!;
  });
}

/** Duplicates and overlaps of this nominee, stored for a person to decide (never merged). Flags left undecided from an earlier submission are replaced. */
async function flagDuplicates(tx: Tx, n: NominationRow, yearly: boolean, decidingUnitId: number | null) {
  const nominee = nomineeOf(n);
  const column = { person: nominations.personId, household: nominations.householdId, collective: nominations.collectiveId, unit: nominations.nomineeUnitId }[nominee.kind];
  const awardColumn = { person: awards.personId, household: awards.householdId, collective: awards.collectiveId, unit: awards.recipientUnitId }[nominee.kind];
  const others = await tx
    .select()
    .from(nominations)
    .where(and(eq(column, nominee.id), ne(nominations.id, n.id), inArray(nominations.status, ["submitted", "returned", "accepted"])));
  // A revoked award is not "already awarded".
  const held = await tx.select().from(awards).where(and(eq(awardColumn, nominee.id), sql`NOT EXISTS (SELECT 1 FROM award_revocations r WHERE r.award_id = ${awards.id})`));
  const flags = duplicateFlags(
    { id: n.id, nominee, formCode: n.formCode, year: n.year, movementId: n.movementId, decidingUnitId, achievement: n.achievement, yearly },
    others.map((o) => ({ id: o.id, nominee: nomineeOf(o), formCode: o.formCode, year: o.year, movementId: o.movementId, decidingUnitId: o.decidingUnitId, achievement: o.achievement })),
    held.map((a) => ({ formCode: a.formCode, year: a.year, decisionNumber: a.decisionNumber, achievement: a.achievement })),
  );
  await tx.delete(nominationFlags).where(and(eq(nominationFlags.nominationId, n.id), isNull(nominationFlags.resolution)));
  if (flags.length) {
    await tx.insert(nominationFlags).values(
      flags.map((f) => ({ nominationId: n.id, kind: f.kind, otherNominationId: "nominationId" in f ? f.nominationId : null, decisionNumber: "decisionNumber" in f ? f.decisionNumber : null })),
    );
  }
}

/** The screening's time limit in working days from the catalogue, as a task of the screening government. */
async function processingTask(tx: Tx, actor: Actor, n: NominationRow, screeningName: string, workingDays: number | null): Promise<number | null> {
  if (n.taskId) await tx.update(tasks).set({ status: "done", doneAt: new Date(), doneBy: actor.id }).where(and(eq(tasks.id, n.taskId), eq(tasks.status, "open")));
  if (workingDays === null) return null;
  const startsOn = todayInVietnam();
  const dueOn = dueAfterWorkingDays(startsOn, workingDays, await loadCalendar(tx));
  const [task] = await tx
    .insert(tasks)
    .values({
      unitId: n.screeningUnitId,
      movementId: n.movementId,
      responsibleUnitId: n.screeningUnitId,
      responsibleLabel: screeningName,
      title: `Thẩm định hồ sơ đề nghị khen thưởng: ${n.nomineeName}`,
      description: `Hồ sơ số ${n.id}, mã hình thức ${n.formCode}, năm ${n.year}.`,
      dueOn,
      dueWorkingDays: workingDays,
      startsOn,
      createdBy: actor.id,
    })
    .returning({ id: tasks.id });
  return task!.id;
}
