// The wording a new decision starts with, from the unit and the catalogue in force; the clerk may
// adjust every text before submitting it for signature.
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documents, movements, units } from "../../db/schema";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer } from "../../domain/documents/issuing-body";
import { formatDate } from "../../domain/text/dates";
import type { HeaderSettings } from "../documents/document-input";
import { policyUnit } from "../documents/policy-unit";

type Unit = typeof units.$inferSelect;

/** "phường Cam Phú": the unit's name inside a sentence. */
export function unitInSentence(unit: Unit): string {
  return citedIssuer(policyUnit(unit)).replace(/^UBND\s+/, "");
}

export function decisionFrame(unit: Unit, header: HeaderSettings) {
  const place = unitInSentence(unit);
  return {
    authorityLine: `${header.headTitle} ${header.issuingBody.replace(/\s*\n\s*/g, " ")}`.toLocaleUpperCase("vi"),
    issuer: `Chủ tịch Ủy ban nhân dân ${place}`,
    proposal: `Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng ${place}.`,
    fund: `Quỹ Thi đua, khen thưởng của ${place}`,
    executors: `Công chức Văn phòng – Thống kê, công chức Tài chính – Kế toán ${place}, các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
  };
}

/** The issued plans of the movements the nominations belong to, cited as căn cứ. */
export async function planBases(db: DbOrTx, unit: Unit, movementIds: number[]): Promise<string[]> {
  if (movementIds.length === 0) return [];
  const plans = await db
    .selectDistinct({ numberSymbol: documents.numberSymbol, issuedOn: documents.issuedOn, summary: documents.summary, unitId: documents.unitId })
    .from(movements)
    .innerJoin(documents, eq(documents.id, movements.planDocumentId))
    .where(and(inArray(movements.id, movementIds), eq(documents.status, "issued")));
  const issuers = new Map((await db.select().from(units).where(inArray(units.id, [...new Set(plans.map((p) => p.unitId)), unit.id]))).map((u) => [u.id, u]));
  return plans.map((p) => `Căn cứ ${citeDocument({ kind: "KH", numberSymbol: p.numberSymbol, issuedOn: p.issuedOn, issuer: citedIssuer(policyUnit(issuers.get(p.unitId)!)) })} về ${p.summary.replace(/^về\s+/i, "")};`);
}

/** The council's minutes of the sessions that voted, cited as căn cứ. */
export function minutesBases(unit: Unit, meetings: Date[]): string[] {
  const days = [...new Set(meetings.map((d) => formatDate(d)))];
  return days.map((day) => `Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ${unitInSentence(unit)} ${day};`);
}
