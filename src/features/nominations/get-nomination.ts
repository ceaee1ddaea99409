// A nomination's file: the nominee, what is asked, who decides it, its eligibility as the record
// stands (each rule with its article; the facts behind it only for those who may see them), the
// dossier's checklist and documents, the duplicate flags, and its timeline. A view by someone
// outside the nominating organisation is written to the audit log (confidentiality).
import { and, asc, eq } from "drizzle-orm";
import { inSequence, type Db } from "../../db/client";
import { files, nominationDocuments, nominationEvents, nominationFlags, units } from "../../db/schema";
import type { EntryValues } from "../../domain/catalogue/entries";
import { formName } from "../../domain/catalogue/in-force";
import type { RuleResult } from "../../domain/eligibility/types";
import { canTransition } from "../../domain/nominations/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { dossierState } from "./dossier-state";
import { findVisibleNomination } from "./find-nomination";
import { eligibilityOf } from "./nomination-eligibility";
import { findNominee } from "./nominee";
import { nominationPolicy } from "./policy";
import { councilResultsOf } from "../council/council-results";

/** Rules whose reasons speak of discipline, holds or ratings: shown in words only to those who may see the facts. */
export const CONFIDENTIAL_RULES = new Set(["holds", "discipline", "member_discipline", "rating", "included_title"]);

export async function getNomination(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id);
    const n = found.nomination;
    const catalogue = await loadCatalogue(tx, n.decisionDate, found.unitPath);
    const nominee = await findNominee(tx, n.nomineeKind as never, ({ person: n.personId, household: n.householdId, collective: n.collectiveId, unit: n.nomineeUnitId } as Record<string, number | null>)[n.nomineeKind]!);
    const viewFacts = nominee ? nominationPolicy.viewFacts(actor, nominee) : false;
    // One after another: the transaction's connection takes one query at a time.
    const [dossier, events, flags, report, deciding, council] = await inSequence([
      () => dossierState(tx, n, catalogue),
      () => tx.select().from(nominationEvents).where(eq(nominationEvents.nominationId, id)).orderBy(asc(nominationEvents.id)),
      () => tx.select().from(nominationFlags).where(eq(nominationFlags.nominationId, id)).orderBy(asc(nominationFlags.id)),
      () => (n.status === "withdrawn" ? Promise.resolve(null) : eligibilityOf(tx, n)),
      () => (n.decidingUnitId ? tx.select({ name: units.name }).from(units).where(eq(units.id, n.decidingUnitId)) : Promise.resolve([])),
      () => councilResultsOf(tx, id),
    ]);
    if (!nominationPolicy.inside(actor, found)) {
      await audit(tx, actor, { action: "nomination.viewed", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath } });
    }
    const form = catalogue.get("form", n.formCode)?.value as EntryValues["form"] | undefined;
    const kind = catalogue.get("commendation_kind", n.commendationKind)?.value as EntryValues["commendation_kind"] | undefined;
    // For those who may not see the facts: what a rule needs stays ("the rating of 2024"), what the
    // record says (a rating, a discipline, a hold) does not.
    const masked = (r: RuleResult): RuleResult => {
      if (viewFacts || !CONFIDENTIAL_RULES.has(r.rule) || r.reason.key === "rules.rating_missing") return r;
      const reason = { key: r.verdict === "pass" ? "rules.confidential_pass" : "rules.confidential" };
      return { ...r, reason, missing: r.missing.map((m) => (m.key === "rules.missing_rating" ? m : { key: "rules.missing_confidential" })) };
    };
    const report2 = report && { ...report, results: report.results.map(masked) };
    const missing = report2 ? report2.results.flatMap((r) => r.missing) : [];
    const editable = nominationPolicy.edit(actor, found);
    const screener = nominationPolicy.screen(actor, found);
    const status = n.status as never;
    return {
      nomination: n,
      unit: { id: n.unitId, name: found.unitName },
      screening: { name: found.screeningName },
      screeningPath: found.screeningPath,
      nominee,
      formName: form?.name ?? n.formCode,
      kindName: kind?.name ?? n.commendationKind,
      formNameOf: (code: string) => formName(catalogue, code),
      decidingName: deciding[0]?.name ?? null,
      eligibility: report2 ? { ...report2, missing } : null,
      dossier,
      events,
      flags,
      council,
      can: {
        edit: editable && canTransition(status, "edit"),
        submit: editable && canTransition(status, "submit"),
        withdraw: editable && canTransition(status, "withdraw"),
        screen: screener && canTransition(status, "accept"),
      },
    };
  });
}

/** A document of a dossier, for download, if the actor may see the nomination. */
export async function nominationDocumentFile(actor: Actor, db: Db, id: number, documentId: number) {
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id);
    const [row] = await tx
      .select({ name: nominationDocuments.fileName, bytes: files.bytes, kind: files.kind })
      .from(nominationDocuments)
      .innerJoin(files, eq(files.sha256, nominationDocuments.sha256))
      .where(and(eq(nominationDocuments.id, documentId), eq(nominationDocuments.nominationId, id)));
    if (!row) throw new NotFound("document");
    if (!nominationPolicy.inside(actor, found)) {
      await audit(tx, actor, { action: "nomination.document_viewed", entityType: "nomination", entityId: id, unit: { id: found.nomination.unitId, path: found.unitPath }, after: { documentId } });
    }
    return { name: row.name, bytes: new Uint8Array(row.bytes), kind: row.kind };
  });
}
