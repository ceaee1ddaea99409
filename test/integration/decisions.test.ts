// Award decisions drafted from the council's results and issued through the register: the bonus
// is computed for the issue date inside the issuing transaction, the awards land in the registry
// in the same transaction, and the .docx and .pdf read like a real decision (căn cứ of that day,
// "QUYẾT ĐỊNH:", Điều 1–3, the attached list on a landscape page). Refusals: an item that did not
// pass, an item already in a decision, an item withdrawn after drafting, an amount the law does
// not give. Runs on PGlite and on PostgreSQL.
import { and, eq, sql } from "drizzle-orm";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awardRevocations, awards, collectives, decisionItems, documents, households, nominationEvents, nominations } from "../../src/db/schema";
import type { AwardDecisionContent } from "../../src/domain/decisions/decision-content";
import { nameKeys } from "../../src/features/units/insert-unit";
import { personSortKey, sortKey } from "../../src/domain/text/vietnamese";
import { createDecision } from "../../src/features/decisions/create-decision";
import { createRevocation } from "../../src/features/decisions/create-revocation";
import { removeDecisionLine } from "../../src/features/decisions/remove-decision-line";
import { updateDecisionTexts } from "../../src/features/decisions/update-decision-texts";
import { decisionChoices } from "../../src/features/decisions/decision-choices";
import { formatDate } from "../../src/domain/text/dates";
import { composeStored } from "../../src/features/documents/compose-document";
import { documentFile } from "../../src/features/documents/document-file";
import { issueDocument } from "../../src/features/documents/issue-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import type { DocumentRow } from "../../src/features/documents/find-document";
import { translator } from "../../src/i18n";
import { Forbidden, NotFound, ValidationError } from "../../src/platform/errors";
import { makeCouncil, type TestCouncil } from "../support/council";
import { votedOn, type Voted } from "../support/decisions";
import { startTestApp, type TestApp } from "../support/test-app";
import { pdfText } from "../support/pdf";
import { readZipEntry } from "../support/zip";

let t: TestApp;
let c: TestCouncil;
let dir: string;
const db = () => t.deps.database.db;
const chairman = () => c.seats.find((s) => s.post === "chair")!.actor;
const secretary = () => c.secretary.actor;
const baseUrl = "http://thidua.test";
let voted: Voted[];
let clubId: number;

const flatText = (bytes: Uint8Array) => pdfText(bytes).replace(/\s+/g, " ");
const pdfPages = (bytes: Uint8Array) => {
  const file = path.join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return [...execFileSync("pdfinfo", ["-l", "99", file], { encoding: "utf8" }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[1]) > Number(m[2]) ? "landscape" : "portrait"));
};
const vi = translator("vi");
/** The messages a refused use case answers with, in Vietnamese, by field. */
async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ValidationError) return Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, vi(v.key, v.params)]));
    throw err;
  }
  throw new Error("expected a validation error");
}
const awardsOf = (decisionId: number) => db().select().from(awards).where(eq(awards.decisionId, decisionId)).orderBy(awards.id);
const docCount = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(documents))[0]!.n;

async function issue(id: number, issuedOn: string) {
  await submitDocument(secretary(), id, db());
  return issueDocument(chairman(), id, { signingForm: "HEAD", issuedOn }, db(), { baseUrl });
}

beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-decisions-"));
  c = await makeCouncil(t, 5, { wardName: "Phường Cam Phú" });
  const [club] = await db().insert(collectives).values({ name: "Chi hội Phụ nữ Tổ dân phố 1", ...nameKeys("Chi hội Phụ nữ Tổ dân phố 1"), kind: "Chi hội", unitId: c.group.id }).returning();
  clubId = club!.id;
  voted = await votedOn(t, c, [
    { name: "Nguyễn Thị Mai", formCode: "LDTT", passed: true },
    { name: "Trần Văn Bình", formCode: "GK_XA", passed: true },
    { name: "Chi hội Phụ nữ Tổ dân phố 1", formCode: "GK_XA", passed: true, kind: "collective", recipientId: clubId },
    { name: "Lê Văn Không", formCode: "LDTT", passed: false },
    { name: "Phạm Thị Sáu", formCode: "LDTT", passed: true },
    { name: "Hồ Văn Rút", formCode: "LDTT", passed: true },
  ]);
}, 120_000);

afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("drafting a decision from the council's results", () => {
  it("offers the items the council passed with the day it passed them (the new-decision page showed an error instead)", async () => {
    const { nominations: waiting } = await decisionChoices(secretary(), c.ward.id, db());
    expect(waiting.map((n) => n.nomineeName)).toContain("Nguyễn Thị Mai");
    expect(waiting.map((n) => n.nomineeName)).not.toContain("Lê Văn Không");
    for (const n of waiting) expect(formatDate(n.meetsAt)).toMatch(/^ngày \d+ tháng \d+ năm \d{4}$/);
  });

  it("refuses an item the council did not pass, by its number, and writes nothing", async () => {
    const before = await docCount();
    const failed = voted[3]!.nominationId;
    const err = await fieldsOf(createDecision(secretary(), { unitId: c.ward.id, nominationIds: [voted[0]!.nominationId, failed] }, db()));
    expect(err.nominationIds).toContain(String(failed));
    expect(await docCount()).toBe(before);
    expect(await db().select().from(decisionItems)).toEqual([]);
  });

  it("refuses someone who may not draft decisions, and an empty choice with a plain message", async () => {
    const member = c.seats.find((s) => s.post === "member")!.actor;
    await expect(createDecision(member, { unitId: c.ward.id, nominationIds: [voted[0]!.nominationId] }, db())).rejects.toThrow();
    const err = await fieldsOf(createDecision(secretary(), { unitId: c.ward.id, nominationIds: [] }, db()));
    expect(err.nominationIds).toMatch(/Chọn ít nhất một hồ sơ/);
  });
});

describe("issuing: the bonus of the issue date, the awards in the same transaction", () => {
  let june: DocumentRow;
  let december: DocumentRow;

  it("computes a June 2024 decision with the base salary of June 2024 (1,800,000 đồng)", async () => {
    const draft = await createDecision(secretary(), { unitId: c.ward.id, nominationIds: [voted[4]!.nominationId] }, db());
    june = (await issue(draft.id, "2024-06-28")) as DocumentRow;
    const content = june.content as AwardDecisionContent;
    expect(content.bonusOn).toBe("2024-06-28");
    expect(content.lines[0]!.bonus).toMatchObject({ baseSalary: 1_800_000, coefficient: 0.3, exact: 540_000, amount: 540_000 });
    const [award] = await awardsOf(june.id);
    expect(award).toMatchObject({ source: "decided", decisionNumber: june.numberSymbol, decisionDate: "2024-06-28", nominationId: voted[4]!.nominationId, formCode: "LDTT" });
    expect((award!.bonus as { amount: number }).amount).toBe(540_000);
  });

  it("keeps one nomination in one decision", async () => {
    const err = await fieldsOf(createDecision(secretary(), { unitId: c.ward.id, nominationIds: [voted[4]!.nominationId] }, db()));
    expect(err.nominationIds).toContain(String(voted[4]!.nominationId));
  });

  it("shows a draft's amounts as provisional, then issues on 20/12/2024 with that day's base salary (2,340,000), rounded up to 10,000", async () => {
    const draft = await createDecision(secretary(), { unitId: c.ward.id, nominationIds: [voted[0]!.nominationId, voted[1]!.nominationId, voted[2]!.nominationId] }, db());
    const preview = await composeStored(db(), draft as DocumentRow);
    expect(preview.draft).toBe(true);
    expect(JSON.stringify(preview.body)).toContain("Dự thảo: số tiền tạm tính");

    december = (await issue(draft.id, "2024-12-20")) as DocumentRow;
    const content = december.content as AwardDecisionContent;
    expect(content.bonusOn).toBe("2024-12-20");
    expect(content.lines.map((l) => [l.recipientName, l.bonus?.exact, l.bonus?.amount])).toEqual([
      ["Nguyễn Thị Mai", 702_000, 710_000],
      ["Trần Văn Bình", 351_000, 360_000],
      ["Chi hội Phụ nữ Tổ dân phố 1", 702_000, 710_000],
    ]);
    const rows = await awardsOf(december.id);
    expect(rows.map((a) => [a.recipientKind, a.recipientName, a.formCode, (a.bonus as { amount: number }).amount, a.decisionDate])).toEqual([
      ["person", "Nguyễn Thị Mai", "LDTT", 710_000, "2024-12-20"],
      ["person", "Trần Văn Bình", "GK_XA", 360_000, "2024-12-20"],
      ["collective", "Chi hội Phụ nữ Tổ dân phố 1", "GK_XA", 710_000, "2024-12-20"],
    ]);
    expect(rows[2]!.collectiveId).toBe(clubId);
    const events = await db().select().from(nominationEvents).where(and(eq(nominationEvents.nominationId, voted[0]!.nominationId), eq(nominationEvents.action, "decided")));
    expect(events[0]!.reason).toContain(december.numberSymbol!);
  });

  it("reads back as a decision: căn cứ of 2024, QUYẾT ĐỊNH:, Điều 1–3, the total in words, the list on a landscape page", async () => {
    const pdf = await documentFile(chairman(), db(), december.id, "pdf");
    const text = flatText(pdf.bytes);
    expect(text).toContain("QUYẾT ĐỊNH Về việc khen thưởng");
    expect(text).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ");
    expect(text).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP");
    expect(text).not.toContain("152/2025");
    expect(text).toContain("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng phường Cam Phú ngày 18 tháng 12 năm 2024");
    expect(text).toMatch(/QUYẾT ĐỊNH: Điều 1\. Khen thưởng 2 cá nhân và 1 tập thể/);
    expect(text).toContain("Tổng số tiền thưởng: 1.780.000 đồng (Một triệu bảy trăm tám mươi nghìn đồng)");
    expect(text).toContain("Điều 3. Quyết định này có hiệu lực kể từ ngày ký");
    expect(text).toContain(`Kèm theo Quyết định số ${december.numberSymbol} ngày 20 tháng 12 năm 2024 của Chủ tịch Ủy ban nhân dân phường Cam Phú`);
    expect(text).not.toContain("DỰ THẢO");
    expect(pdfPages(pdf.bytes).at(-1)).toBe("landscape");
    expect(pdfPages(pdf.bytes)[0]).toBe("portrait");
    const docx = await documentFile(chairman(), db(), december.id, "docx");
    const xml = readZipEntry(Buffer.from(docx.bytes), "word/document.xml");
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("DANH SÁCH KHEN THƯỞNG");
    expect(xml).toContain("710.000");
  });

  it("keeps a decided award as issued: the database refuses to change or delete it", async () => {
    const [award] = await awardsOf(december.id);
    await expect(db().update(awards).set({ recipientName: "Người khác" }).where(eq(awards.id, award!.id))).rejects.toThrow();
    await expect(db().delete(awards).where(eq(awards.id, award!.id))).rejects.toThrow();
  });
});

describe("what changed since the draft is checked when issuing", () => {
  it("refuses a line withdrawn after drafting, by name, and issues nothing", async () => {
    const draft = await createDecision(secretary(), { unitId: c.ward.id, nominationIds: [voted[5]!.nominationId] }, db());
    await submitDocument(secretary(), draft.id, db());
    await db().update(nominations).set({ status: "withdrawn" }).where(eq(nominations.id, voted[5]!.nominationId));
    const err = await fieldsOf(issueDocument(chairman(), draft.id, { signingForm: "HEAD", issuedOn: "2024-12-21" }, db(), { baseUrl }));
    expect(err._form).toContain("Hồ Văn Rút");
    const [doc] = await db().select().from(documents).where(eq(documents.id, draft.id));
    expect(doc!.status).toBe("submitted");
    expect(await awardsOf(draft.id)).toEqual([]);
  });

  it("refuses an amount the law of the day does not give (a household's Giấy khen under Decree 98), rather than guess", async () => {
    const [h] = await db().insert(households).values({ unitId: c.group.id, code: "H-07" }).returning({ id: households.id });
    const [n] = await db()
      .insert(nominations)
      .values({ unitId: c.front.id, screeningUnitId: c.ward.id, nomineeKind: "household", householdId: h!.id, nomineeName: "Hộ ông Đỗ Văn Tư", formCode: "GK_XA", year: 2024, commendationKind: "theo_dot", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: c.ward.id, decidingTier: "commune" })
      .returning({ id: nominations.id });
    const { councilItems, councilSessions } = await import("../../src/db/schema");
    const [s] = await db().insert(councilSessions).values({ unitId: c.ward.id, title: "Phiên bổ sung", meetsAt: new Date("2024-12-19T08:00:00+07:00"), status: "closed" }).returning();
    await db().insert(councilItems).values({ sessionId: s!.id, nominationId: n!.id, formCode: "GK_XA", position: 0, passed: true });
    const draft = await createDecision(secretary(), { unitId: c.ward.id, nominationIds: [n!.id] }, db());
    await submitDocument(secretary(), draft.id, db());
    const err = await fieldsOf(issueDocument(chairman(), draft.id, { signingForm: "HEAD", issuedOn: "2024-12-21" }, db(), { baseUrl }));
    expect(err._form).toMatch(/chưa có mức tiền thưởng.*21\/12\/2024.*Hộ ông Đỗ Văn Tư/);
    expect(await awardsOf(draft.id)).toEqual([]);
  });
});

describe("who may change a decision, and when", () => {
  const cultureOfficer = () => c.seats.find((s) => s.post === "secretary")!.actor;

  it("refuses the culture officer, who may read decisions but not draft them, a revocation, a draft's texts or its lines", async () => {
    const [award] = await db().select().from(awards).where(eq(awards.recipientName, "Trần Văn Bình"));
    await expect(createRevocation(cultureOfficer(), { unitId: c.ward.id, awardIds: [award!.id], grounds: "Kê khai không trung thực" }, db())).rejects.toBeInstanceOf(Forbidden);
    const [draft] = await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[5]!.nominationId));
    const texts = { summary: "Về việc khen thưởng", bases: "Căn cứ Biên bản họp;", fund: "Quỹ", executors: "Văn phòng" };
    await expect(updateDecisionTexts(cultureOfficer(), draft!.documentId, texts, db())).rejects.toBeInstanceOf(Forbidden);
    await expect(removeDecisionLine(cultureOfficer(), draft!.documentId, { subjectId: voted[5]!.nominationId }, db())).rejects.toBeInstanceOf(Forbidden);
    expect(await db().select().from(awardRevocations)).toEqual([]);
  });

  it("tells a decision awaiting signature from an issued one when someone tries to edit it", async () => {
    const [submitted] = await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[5]!.nominationId));
    const waiting = await fieldsOf(removeDecisionLine(secretary(), submitted!.documentId, { subjectId: voted[5]!.nominationId }, db()));
    expect(waiting._form).toContain("đang trình ký");
    const [issued] = await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[0]!.nominationId));
    const frozen = await fieldsOf(removeDecisionLine(secretary(), issued!.documentId, { subjectId: voted[0]!.nominationId }, db()));
    expect(frozen._form).toContain("đã ban hành");
  });
});

describe("a decision's address", () => {
  it("answers 'not found' for another kind of document (a plan, a tờ trình), as for an id that does not exist", async () => {
    const { getDecision } = await import("../../src/features/decisions/get-decision");
    const [plan] = await db().insert(documents).values({ unitId: c.ward.id, typeCode: "KH", summary: "Kế hoạch thử", content: { summary: "Kế hoạch thử" }, header: {} }).returning();
    const [qd] = await db().insert(documents).values({ unitId: c.ward.id, typeCode: "QĐ", summary: "Quyết định khác", content: { kind: "other" }, header: {} }).returning();
    for (const id of [plan!.id, qd!.id, 999_999]) await expect(getDecision(secretary(), id, db())).rejects.toBeInstanceOf(NotFound);
  });
});

describe("what each reader may do on a decision's page", () => {
  it("offers editing and revoking only to those who draft decisions, and lists no unit when nothing waits", async () => {
    const { getDecision } = await import("../../src/features/decisions/get-decision");
    const { listDecisions } = await import("../../src/features/decisions/list-decisions");
    const member = c.seats.find((s) => s.post === "member")!.actor;
    const [draftItem] = await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[5]!.nominationId));
    const [issuedItem] = await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[0]!.nominationId));
    // A council member reads drafts (document.review) but does not draft decisions.
    expect((await getDecision(member, issuedItem!.documentId, db())).can).toEqual({ edit: false, pay: false, revoke: false });
    expect((await getDecision(secretary(), issuedItem!.documentId, db())).can).toEqual({ edit: false, pay: true, revoke: true });
    expect((await getDecision(secretary(), draftItem!.documentId, db())).can).toMatchObject({ edit: false, revoke: false });
    // Every nomination of the ward is decided, failed, withdrawn or in a draft: nothing waits.
    expect((await listDecisions(secretary(), db())).waiting).toEqual([]);
    // A decided person sorts by given name in the registry, a collective by its name.
    const rows = await db().select().from(awards).where(eq(awards.decisionId, issuedItem!.documentId)).orderBy(awards.id);
    expect(rows.map((r) => r.sortKey)).toEqual([personSortKey("Nguyễn Thị Mai"), personSortKey("Trần Văn Bình"), sortKey("Chi hội Phụ nữ Tổ dân phố 1")]);
  });
});

describe("a revocation's draft and what came back", () => {
  it("keeps the grounds when the texts are saved without them, takes a line out, may be issued the day of the award, and takes back items on that day", async () => {
    const { recordRecovery } = await import("../../src/features/decisions/record-recovery");
    const made = await db().select().from(awards).where(eq(awards.recipientName, "Nguyễn Thị Mai"));
    const club = await db().select().from(awards).where(eq(awards.recipientName, "Chi hội Phụ nữ Tổ dân phố 1"));
    const draft = await createRevocation(secretary(), { unitId: c.ward.id, awardIds: [made[0]!.id, club[0]!.id], grounds: "kê khai không trung thực thành tích" }, db());
    const texts = { summary: "Về việc hủy quyết định khen thưởng", bases: "Căn cứ Kết luận thanh tra;", executors: "Văn phòng" };
    await updateDecisionTexts(secretary(), draft.id, { ...texts, grounds: "kê khai không trung thực thành tích năm 2024" }, db());
    await updateDecisionTexts(secretary(), draft.id, { ...texts, grounds: "" }, db());
    await removeDecisionLine(secretary(), draft.id, { subjectId: club[0]!.id }, db());
    const [saved] = await db().select().from(documents).where(eq(documents.id, draft.id));
    const content = saved!.content as { grounds: string; bases: string[]; lines: { awardId: number }[] };
    expect(content.grounds).toBe("kê khai không trung thực thành tích năm 2024");
    expect(content.bases).toEqual(["Căn cứ Kết luận thanh tra;"]);
    expect(content.lines.map((l) => l.awardId)).toEqual([made[0]!.id]);
    // The club's award is free again for another revocation; none is recorded until issue.
    expect(await db().select().from(decisionItems).where(eq(decisionItems.awardId, club[0]!.id))).toEqual([]);
    await submitDocument(secretary(), draft.id, db());
    // The same day as the award's decision (20/12/2024) is not "before" it.
    await issueDocument(chairman(), draft.id, { signingForm: "HEAD", issuedOn: "2024-12-20" }, db(), { baseUrl });
    const [revocation] = await db().select().from(awardRevocations).where(eq(awardRevocations.awardId, made[0]!.id));
    expect(revocation).toMatchObject({ decisionId: draft.id, moneyDue: 710_000 });
    await recordRecovery(secretary(), revocation!.id, { moneyRecovered: "710.000", itemsRecoveredOn: "20/12/2024" }, db());
    const today = (await import("../../src/domain/text/dates")).todayInVietnam();
    const back = await recordRecovery(secretary(), revocation!.id, { moneyRecovered: "710000", itemsRecoveredOn: today }, db());
    expect(back).toMatchObject({ moneyRecovered: 710_000, itemsRecoveredOn: today });
  });
});

describe("an award decision's texts", () => {
  it("changes the fund when one is typed and keeps it when the field is left empty", async () => {
    const { returnDocument } = await import("../../src/features/documents/return-document");
    const [item] = await db().select().from(decisionItems).where(eq(decisionItems.nominationId, voted[5]!.nominationId));
    await returnDocument(chairman(), item!.documentId, { reason: "Bỏ dòng đã rút" }, db());
    const texts = { summary: "Về việc khen thưởng", bases: "Căn cứ Biên bản họp;", executors: "Văn phòng", proposal: "Theo đề nghị của Thường trực Hội đồng." };
    await updateDecisionTexts(secretary(), item!.documentId, { ...texts, fund: "Quỹ Thi đua, khen thưởng năm 2024 của phường" }, db());
    await updateDecisionTexts(secretary(), item!.documentId, { ...texts, fund: "" }, db());
    const [doc] = await db().select().from(documents).where(eq(documents.id, item!.documentId));
    expect((doc!.content as AwardDecisionContent).fund).toBe("Quỹ Thi đua, khen thưởng năm 2024 của phường");
  });
});
