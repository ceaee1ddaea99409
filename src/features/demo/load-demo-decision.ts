// The demo's award decision of 2024: after the council's session of 18/12/2024, the standing member
// drafts the decision from the items the council passed that the ward decides itself; the
// household's Giấy khen is taken out of it, because Decree 98 gives no household amount and the
// decision is never issued with a guess; the Chairman signs it on 20/12/2024, when a commune
// Giấy khen was 0.15 × the base salary of that day (2,340,000 đồng since 1/7/2024), rounded up to
// 10,000 đồng. Issuing records the awards in the ward's registry.
import type { Db, Tx } from "../../db/client";
import type { AwardDecisionContent } from "../../domain/decisions/decision-content";
import { loadActor } from "../../platform/actor";
import { createDecision } from "../decisions/create-decision";
import { decidableNominations } from "../decisions/decidable-nominations";
import { removeDecisionLine } from "../decisions/remove-decision-line";
import { issueDocument } from "../documents/issue-document";
import { submitDocument } from "../documents/submit-document";

export interface DemoDecision {
  id: number;
  numberSymbol: string;
  issuedOn: string;
  /** Each awardee with the bonus the decision states. */
  lines: { recipient: string; form: string; amount: number | null }[];
  total: number;
  /** The nominations left for a later decision, and why. */
  left: { recipient: string; reason: string }[];
}

export async function loadDemoDecision(tx: Tx, ids: { ward: number; secretary: number; chairman: number; baseUrl: string }): Promise<DemoDecision | null> {
  const db = tx as unknown as Db;
  const waiting = await decidableNominations(tx, ids.ward);
  if (waiting.length === 0) return null;
  const secretary = (await loadActor(db, ids.secretary))!;
  const chairman = (await loadActor(db, ids.chairman))!;
  const draft = await createDecision(secretary, { unitId: ids.ward, nominationIds: waiting.map((n) => n.id) }, db);
  const left: DemoDecision["left"] = [];
  for (const n of waiting.filter((w) => w.nomineeKind === "household")) {
    await removeDecisionLine(secretary, draft.id, { subjectId: n.id }, db);
    left.push({ recipient: n.nomineeName, reason: "Nghị định 98/2023 chưa quy định mức thưởng cho hộ gia đình" });
  }
  await submitDocument(secretary, draft.id, db);
  const issued = await issueDocument(chairman, draft.id, { signingForm: "HEAD", issuedOn: "2024-12-20" }, db, { baseUrl: ids.baseUrl });
  const content = issued.content as AwardDecisionContent;
  const lines = content.lines.map((l) => ({ recipient: l.recipientName, form: l.formCode, amount: l.bonus?.amount ?? null }));
  return { id: issued.id, numberSymbol: issued.numberSymbol!, issuedOn: issued.issuedOn!, lines, total: lines.reduce((s, l) => s + (l.amount ?? 0), 0), left };
}
