// A decision's ceremony: who is called, in order (the highest form first by the catalogue's rank
// on the decision's date, then the decision's order; revoked awards left out), and its papers.
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { certificatesOfDecision } from "./certificate-facts";
import { renderNameCards, renderPresentationList } from "./ceremony-pdf";
import { fileSafe } from "./file-names";
import { findPrintableDecision } from "./find-decision";

export async function getCeremony(actor: Actor, decisionId: number, db: DbOrTx) {
  const decision = await findPrintableDecision(actor, db, decisionId);
  const list = (await certificatesOfDecision(db, decision)).filter((c) => !c.revocation);
  return { decision, list };
}

export async function ceremonyFile(actor: Actor, decisionId: number, kind: "list" | "name-cards", db: DbOrTx) {
  const { decision, list } = await getCeremony(actor, decisionId, db);
  const bytes = kind === "list" ? await renderPresentationList(decision, list) : await renderNameCards(list);
  const name = `${kind === "list" ? "Danh sách trao tặng" : "Bảng tên"} ${fileSafe(decision.numberSymbol)}.pdf`;
  return { name, bytes, contentType: "application/pdf" };
}
