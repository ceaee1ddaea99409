// The demo's proposal to the city (2024): after the council's session of 18/12/2024, the items the
// council passed that the ward does not decide itself (under the rules of 2024 the city decides a
// Chiến sĩ thi đua cơ sở and a Tổ dân phố văn hóa, the province a provincial Emulation Fighter)
// go up in one tờ trình, drafted by the standing member, signed by the Chairman on behalf of the
// committee (TM.), issued through the register on 20/12/2024 (or the day of the ward's last
// document that year, the register running in date order), and received by the city's reviewer.
import { and, eq, max } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { documents } from "../../db/schema";
import { issueDocument } from "../documents/issue-document";
import { submitDocument } from "../documents/submit-document";
import { createProposal } from "../proposals/create-proposal";
import { proposableItems } from "../proposals/proposal-items";
import { receiveProposal } from "../proposals/receive-proposal";
import { loadActor } from "../../platform/actor";

export interface DemoProposal {
  id: number;
  numberSymbol: string;
  recipient: string;
  /** The nominations proposed, by nominee and form. */
  items: { nominee: string; form: string }[];
  status: string;
}

export async function loadDemoProposal(tx: Tx, ids: { ward: number; secretary: number; chairman: number; reviewer: number; baseUrl: string }): Promise<DemoProposal | null> {
  const db = tx as unknown as Db;
  const items = await proposableItems(tx, ids.ward);
  if (items.length === 0) return null;
  const secretary = (await loadActor(db, ids.secretary))!;
  const chairman = (await loadActor(db, ids.chairman))!;
  const reviewer = (await loadActor(db, ids.reviewer))!;
  const proposal = await createProposal(secretary, { unitId: ids.ward, nominationIds: items.map((i) => i.nomination.id), proposedOn: "2024-12-19" }, db);
  const [latest] = await tx.select({ on: max(documents.issuedOn) }).from(documents).where(and(eq(documents.unitId, ids.ward), eq(documents.year, 2024)));
  const issuedOn = latest?.on && latest.on > "2024-12-20" ? latest.on : "2024-12-20";
  await submitDocument(secretary, proposal.documentId, db);
  const issued = await issueDocument(chairman, proposal.documentId, { signingForm: "TM", issuedOn }, db, { baseUrl: ids.baseUrl });
  const received = await receiveProposal(reviewer, proposal.id, db, { baseUrl: ids.baseUrl });
  return {
    id: proposal.id,
    numberSymbol: issued.numberSymbol!,
    recipient: "Thành phố Cam Ranh",
    items: items.map((i) => ({ nominee: i.nomination.nomineeName, form: i.nomination.formCode })),
    status: received.status,
  };
}
