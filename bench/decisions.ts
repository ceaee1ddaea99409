// Decision figures: a decision with 500 awardees (the attached list runs to ~40 landscape pages)
// rendered to .docx and to .pdf in this process (after a warm-up render), and the same decision
// issued end to end through the use cases on PostgreSQL: drafted from 500 nominations the council
// passed, submitted, then signed and issued in one transaction that computes every bonus for the
// issue date, renders both files, records 500 awards and gives each its certificate code.
import { eq, sql } from "drizzle-orm";
import { loadConfig } from "../src/config";
import { composeAwardDecision } from "../src/documents/compose-decision";
import { renderDocx } from "../src/documents/docx";
import { renderPdf } from "../src/documents/pdf";
import { awards, certificates, councilItems, councilSessions, nominations, people, roleAssignments, users } from "../src/db/schema";
import { NATIONAL_CATALOGUE } from "../src/domain/catalogue/national";
import { catalogueOn, nationalLayer } from "../src/domain/catalogue/in-force";
import { type AwardDecisionContent, type DecisionLine, withBonus } from "../src/domain/decisions/decision-content";
import { personKeys } from "../src/domain/registry/person";
import { createDecision } from "../src/features/decisions/create-decision";
import { issueDocument } from "../src/features/documents/issue-document";
import { submitDocument } from "../src/features/documents/submit-document";
import { insertUnit } from "../src/features/units/insert-unit";
import { loadActor } from "../src/platform/actor";
import { openRuntime } from "../src/server";
import { type Figures, percentile } from "./lib";
import { createDatabase } from "./platform";

const AWARDEES = 500;
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
const GIVEN = ["Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức", "Thị Hoa", "Quốc Hùng", "Thị Lan", "Văn Nam", "Thị Yến"];
const nameOf = (i: number) => `${FAMILY[i % 10]} ${GIVEN[Math.floor(i / 10) % 10]} ${i}`;
const ACHIEVEMENT = "Hoàn thành xuất sắc nhiệm vụ năm 2024, tích cực tham gia phong trào thi đua \"Cam Phú chung sức xây dựng đô thị văn minh\"";

/** A 500-line decision of 20/12/2024 as issued: forms alternating Giấy khen and Lao động tiên tiến, bonuses of that day. */
export function decisionOf500(): AwardDecisionContent {
  const lines: DecisionLine[] = Array.from({ length: AWARDEES }, (_, i) => ({
    nominationId: i + 1, formCode: i % 2 ? "LDTT" : "GK_XA", formName: "", category: "form", rank: 0, recipientKind: "person", recipientId: i + 1,
    recipientName: nameOf(i), detail: `Tổ dân phố ${1 + (i % 12)}, phường Cam Phú`, achievement: ACHIEVEMENT, year: 2024, commendationKind: "cong_trang",
  }));
  const content: AwardDecisionContent = {
    kind: "award", summary: "Về việc khen thưởng cá nhân có thành tích trong phong trào thi đua năm 2024", authorityLine: "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ",
    issuer: "Chủ tịch Ủy ban nhân dân phường Cam Phú", bases: ["Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng phường Cam Phú ngày 18 tháng 12 năm 2024;"],
    proposal: "Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng phường.", lines, fund: "Quỹ Thi đua, khen thưởng của phường Cam Phú", executors: "Các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
  };
  return withBonus(content, catalogueOn(nationalLayer(NATIONAL_CATALOGUE), "2024-12-20", null));
}

const HEADER = {
  parentBody: "UBND THÀNH PHỐ CAM RANH", issuingBody: "ỦY BAN NHÂN DÂN\nPHƯỜNG CAM PHÚ", numberLine: "Số: 03/QĐ-UBND", placeDateLine: "Cam Phú, ngày 20 tháng 12 năm 2024",
  signature: { authority: ["CHỦ TỊCH"], signerName: "Đỗ Xuân Chiến", signed: true }, recipients: ["Như Điều 3", "Lưu: VT"], draft: false, author: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ",
};

async function median(render: (d: ReturnType<typeof composeAwardDecision>) => Promise<Buffer>, runs: number): Promise<{ ms: number; bytes: number }> {
  const doc = composeAwardDecision(decisionOf500(), HEADER);
  const warm = await render(doc);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await render(doc);
    times.push(performance.now() - started);
  }
  return { ms: percentile(times, 50), bytes: warm.length };
}

export async function render(figures: Figures): Promise<void> {
  const docx = await median(renderDocx, 5);
  const pdf = await median(renderPdf, 3);
  console.log(`  500 awardees: .docx ${Math.round(docx.ms)} ms (${Math.round(docx.bytes / 1024)} KB), .pdf ${Math.round(pdf.ms)} ms (${Math.round(pdf.bytes / 1024)} KB)`);
  figures.add("decision_500_docx_ms", Math.round(docx.ms), "ms", "none");
  figures.add("decision_500_pdf_ms", Math.round(pdf.ms), "ms", "none");
}

/** Drafting and issuing the 500-awardee decision through the use cases, on a PostgreSQL database. */
export async function postgres(figures: Figures, clusterUrl: string): Promise<void> {
  const url = await createDatabase(clusterUrl, "bench_decisions");
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" }), { info() {}, error: (m) => console.error(`  ${m}`) });
  try {
    const { db } = runtime.deps.database;
    const ward = await db.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Cam Phú Đo", kind: "ward", code: null }));
    const account = async (email: string, role: "chairman" | "council_secretary") => {
      const [user] = await db.insert(users).values({ email, fullName: role === "chairman" ? "Chủ Tịch Đo" : "Thư Ký Đo" }).returning();
      await db.insert(roleAssignments).values({ userId: user!.id, unitId: ward.id, role });
      return (await loadActor(db, user!.id))!;
    };
    const [chairman, secretary] = [await account("chutich@qd.example", "chairman"), await account("thuky@qd.example", "council_secretary")];
    const personIds = (await db.insert(people).values(Array.from({ length: AWARDEES }, (_, i) => ({ fullName: nameOf(i), ...personKeys(nameOf(i)), unitId: ward.id }))).returning({ id: people.id })).map((p) => p.id);
    const nominationIds = (
      await db
        .insert(nominations)
        .values(personIds.map((personId, i) => ({ unitId: ward.id, screeningUnitId: ward.id, nomineeKind: "person", personId, nomineeName: nameOf(i), formCode: i % 2 ? "LDTT" : "GK_XA", year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: ward.id, decidingTier: "commune", achievement: ACHIEVEMENT })))
        .returning({ id: nominations.id })
    ).map((n) => n.id);
    const [session] = await db.insert(councilSessions).values({ unitId: ward.id, title: "Phiên họp xét khen thưởng năm 2024", meetsAt: new Date("2024-12-18T08:00:00+07:00"), status: "closed" }).returning();
    await db.insert(councilItems).values(nominationIds.map((nominationId, position) => ({ sessionId: session!.id, nominationId, formCode: "LDTT", position, passed: true })));

    let started = performance.now();
    const draft = await createDecision(secretary, { unitId: ward.id, nominationIds }, db);
    const draftMs = performance.now() - started;
    await submitDocument(secretary, draft.id, db);
    started = performance.now();
    await issueDocument(chairman, draft.id, { signingForm: "HEAD", issuedOn: "2024-12-20" }, db, { baseUrl: "http://localhost" });
    const issueMs = performance.now() - started;
    const [made] = await db.select({ n: sql<number>`count(*)::int` }).from(awards).where(eq(awards.decisionId, draft.id));
    const [coded] = await db.select({ n: sql<number>`count(*)::int` }).from(certificates).innerJoin(awards, eq(awards.id, certificates.awardId)).where(eq(awards.decisionId, draft.id));
    if (made!.n !== AWARDEES || coded!.n !== AWARDEES) throw new Error(`decision issued with ${made!.n} awards and ${coded!.n} certificate codes, expected ${AWARDEES}`);
    console.log(`  500 awardees: drafted in ${Math.round(draftMs)} ms; issued (bonuses, .docx, .pdf, 500 awards, 500 codes, one transaction) in ${Math.round(issueMs)} ms`);
    figures.add("decision_500_draft_ms", Math.round(draftMs), "ms", "postgres");
    figures.add("decision_500_issue_ms", Math.round(issueMs), "ms", "postgres");
  } finally {
    await runtime.close();
  }
}
