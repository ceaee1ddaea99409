// Proposals to the level above, round trip between a ward and its city (2024): the ward drafts a
// tờ trình from the items its council passed that the city decides, signs and issues it through
// the documents workflow ("Số: 1/TTr-UBND"); the city's reviewer finds it in the inbox, receives
// it, returns it with a reason; the ward sends it again in a new tờ trình; the city decides; the
// awards land in the ward's registry (source "superior") and the next eligibility check sees them.
// Refusals: an item that did not pass, one within the ward's own authority, one already in another
// proposal, a reviewer of another city (404), a return without a reason. The package read back
// (manifest hashes match the files) and the tờ trình's .docx and .pdf text.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awards, councilItems, councilMembers, councilSessionMembers, councilSessions, documents, files, nominationDocuments, nominations, notifications, people, units } from "../../src/db/schema";
import type { SessionRules } from "../../src/domain/council/rules";
import { tally, type ItemVotes } from "../../src/domain/council/tally";
import { personKeys } from "../../src/domain/registry/person";
import { loadCatalogue } from "../../src/features/catalogue/load-catalogue";
import { issueDocument } from "../../src/features/documents/issue-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import { eligibilityOf } from "../../src/features/nominations/nomination-eligibility";
import { downloadProposalPackage } from "../../src/features/proposals/build-package";
import { createProposal } from "../../src/features/proposals/create-proposal";
import { decideProposal } from "../../src/features/proposals/decide-proposal";
import { getProposal } from "../../src/features/proposals/get-proposal";
import { listProposals } from "../../src/features/proposals/list-proposals";
import { receiveProposal } from "../../src/features/proposals/receive-proposal";
import { resendProposal } from "../../src/features/proposals/resend-proposal";
import { returnProposal } from "../../src/features/proposals/return-proposal";
import { insertUnit } from "../../src/features/units/insert-unit";
import { storeFile } from "../../src/platform/file-store";
import { Actor, loadActor } from "../../src/platform/actor";
import { NotFound, ValidationError } from "../../src/platform/errors";
import { personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { pdfText as rawPdfText } from "../support/pdf";
import { readZipEntry } from "../support/zip";
const pdfText = (bytes: Uint8Array) => rawPdfText(bytes).replace(/\s+/g, " ");

let t: TestApp;
const db = () => t.deps.database.db;
const opts = () => ({ baseUrl: t.config.baseUrl });
const tree: Record<string, { id: number; path: string; name: string }> = {};
const who: Record<string, Actor> = {};
const clients: Record<string, Awaited<ReturnType<typeof personWithRole>>["client"]> = {};
const noms: Record<string, number> = {};
let dir: string;

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const docxText = (bytes: Uint8Array) => unescapeXml(readZipEntry(Buffer.from(bytes), "word/document.xml").replace(/<w:p[ >]/g, "\n$&").replace(/<[^>]+>/g, "")).normalize("NFC");
const flat = (s: string) => s.replace(/\s+/g, " ");

async function person(fullName: string, unitId: number) {
  const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, gender: "male" }).returning({ id: people.id });
  return row!.id;
}

async function nomination(name: string, formCode: string, deciding: { unitId: number; tier: string }) {
  const personId = await person(name, tree.group!.id);
  const [n] = await db()
    .insert(nominations)
    .values({
      unitId: tree.front!.id, screeningUnitId: tree.ward!.id, nomineeKind: "person", personId, nomineeName: name, formCode, year: 2024, commendationKind: "cong_trang",
      decisionDate: "2024-12-20", status: "accepted", decidingUnitId: deciding.unitId, decidingTier: deciding.tier, achievement: `Thành tích xuất sắc của ${name} năm 2024`,
    })
    .returning();
  // One dossier document, as uploaded.
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ho so ${name}\n%%EOF\n`);
  const sha256 = await storeFile(db(), Actor.system(), { name: "bao-cao.pdf", bytes, kind: "pdf" });
  await db().insert(nominationDocuments).values({ nominationId: n!.id, itemCode: "bao_cao_thanh_tich", source: "uploaded", sha256, fileName: "Báo cáo thành tích.pdf" });
  return n!.id;
}

async function sessionRules(): Promise<SessionRules> {
  const cat = await loadCatalogue(db(), "2024-12-20", tree.ward!.path);
  const cite = <T,>(e: { value: T; citation: string; unconfirmed: boolean } | undefined) => ({ value: e!.value, citation: e!.citation, unconfirmed: e!.unconfirmed });
  return { quorum: cite(cat.get("quorum", "quorum")), council: cite(cat.get("council_rule", "council")), thresholds: Object.fromEntries(cat.all("ballot_threshold").map((e) => [e.code, cite(e)])) };
}

/** An actor with a role on a unit, and their signed-in client. */
async function actor(key: string, role: Parameters<typeof personWithRole>[1], unitId: number, name: string) {
  const r = await personWithRole(t, role, unitId, name);
  who[key] = (await loadActor(db(), r.user.id))!;
  clients[key] = r.client;
  return r.user.id;
}

/** Submits and issues a proposal's tờ trình on a day of 2024. */
async function issue(proposalId: number, issuedOn: string) {
  const view = await getProposal(who.secretary!, proposalId, db());
  await submitDocument(who.secretary!, view.document.id, db());
  return issueDocument(who.chairman!, view.document.id, { signingForm: "TM", issuedOn }, db(), opts());
}

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof ValidationError) return Object.values(err.fields).map((f) => `${f.key} ${JSON.stringify(f.params ?? {})}`).join("; ");
    throw err;
  }
  throw new Error("not refused");
};

beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-proposals-"));
  await db().transaction(async (tx) => {
    tree.province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa", kind: "province" });
    tree.city = await insertUnit(tx, { parent: tree.province, name: "Thành phố Cam Ranh", kind: "provincial_city" });
    tree.otherCity = await insertUnit(tx, { parent: tree.province, name: "Thành phố Nha Trang", kind: "provincial_city" });
    tree.ward = await insertUnit(tx, { parent: tree.city, name: "Phường Cam Phú", kind: "ward" });
    tree.front = await insertUnit(tx, { parent: tree.ward, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" });
    tree.group = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Phú Thịnh", kind: "residential_group" });
  });
  // The district level ended on 30/6/2025: the city is the ward's level above until then.
  await db().update(units).set({ validTo: "2025-06-30" }).where(eq(units.id, tree.city!.id));
  await actor("chairman", "chairman", tree.ward!.id, "Lê Văn Chủ");
  await actor("secretary", "council_secretary", tree.ward!.id, "Phạm Thị Thư");
  await actor("reviewer", "superior_reviewer", tree.city!.id, "Trần Văn Duyệt");
  await actor("stranger", "superior_reviewer", tree.otherCity!.id, "Nguyễn Văn Lạ");

  const city = { unitId: tree.city!.id, tier: "district" };
  noms.an = await nomination("Nguyễn Văn An", "CSTDCS", city);
  noms.binh = await nomination("Trần Thị Bình", "CSTDCS", city);
  noms.cuong = await nomination("Lê Văn Cường", "LDTT", { unitId: tree.ward!.id, tier: "commune" });
  noms.dung = await nomination("Hoàng Văn Dũng", "CSTDCS", city);

  // The council of seven and its session of 18/12/2024, closed, with a result per item.
  const rules = await sessionRules();
  const memberIds: number[] = [];
  for (const [i, name] of ["Lê Văn Chủ", "Phạm Thị Thư", "Vũ Thị Lan", "Đỗ Văn Tâm", "Ngô Thị Mai", "Bùi Văn Nam", "Đặng Văn Tú"].entries()) {
    const u = await personWithRole(t, "council_member", tree.ward!.id, `${name} ${i}`);
    const [m] = await db().insert(councilMembers).values({ unitId: tree.ward!.id, userId: u.user.id, personId: await person(name, tree.group!.id), post: i === 0 ? "chair" : i === 1 ? "secretary" : "member", validFrom: "2024-01-01" }).returning();
    memberIds.push(m!.id);
  }
  const [session] = await db()
    .insert(councilSessions)
    .values({
      unitId: tree.ward!.id, title: "Xét khen thưởng năm 2024", meetsAt: new Date("2024-12-18T07:00:00Z"), place: "Hội trường UBND phường Cam Phú", status: "closed", ballotMode: "online", rules,
      chairMemberId: memberIds[0]!, secretaryMemberId: memberIds[1]!, votingOpenedAt: new Date("2024-12-18T07:30:00Z"), votingClosedAt: new Date("2024-12-18T08:30:00Z"),
    })
    .returning();
  await db().insert(councilSessionMembers).values(memberIds.map((memberId) => ({ sessionId: session!.id, memberId, attendance: "present" })));
  const none = { invalid: 0, opinionsAgree: 0, opinionsDisagree: 0 };
  const items: [number, string, ItemVotes][] = [
    [noms.an!, "CSTDCS", { ...none, agree: 7, disagree: 0 }],
    [noms.binh!, "CSTDCS", { ...none, agree: 6, disagree: 1 }],
    [noms.cuong!, "LDTT", { ...none, agree: 7, disagree: 0 }],
    // 4 of 7 is short of the 80% a Chiến sĩ thi đua cơ sở needs.
    [noms.dung!, "CSTDCS", { ...none, agree: 4, disagree: 3 }],
  ];
  for (const [position, [nominationId, formCode, votes]] of items.entries()) {
    const result = tally(formCode, votes, { members: 7, voters: 7, recused: 0 }, rules);
    await db().insert(councilItems).values({ sessionId: session!.id, nominationId, formCode, position, result, passed: result.passed });
  }
}, 120_000);
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe("drafting refuses what may not go up, naming the nominee", () => {
  const draft = (ids: number[], by = () => who.secretary!) => createProposal(by(), { unitId: tree.ward!.id, nominationIds: ids, proposedOn: "2024-12-19" }, db());

  it("an item the council did not pass", async () => {
    expect(await refusal(draft([noms.an!, noms.dung!]))).toContain("errors.proposal_not_passed");
    expect(await refusal(draft([noms.dung!]))).toContain("Hoàng Văn Dũng");
  });
  it("an item within the ward's own authority", async () => {
    expect(await refusal(draft([noms.cuong!]))).toMatch(/errors.proposal_within_authority.*Lê Văn Cường/);
  });
  it("no item at all, and a reviewer of the level above drafting for the ward", async () => {
    expect(await refusal(draft([]))).toContain("errors.proposal_nominations_required");
    await expect(draft([noms.an!], () => who.reviewer!)).rejects.toThrow(/forbidden/);
  });
});

describe("the round trip between the ward and the city", () => {
  let first: number;
  let second: number;

  it("drafts a tờ trình to the city (2024) with the passed items, and refuses the same item in a second one", async () => {
    const p = await createProposal(who.secretary!, { unitId: tree.ward!.id, nominationIds: [noms.an!, noms.binh!], proposedOn: "19/12/2024" }, db());
    first = p.id;
    expect(p.recipientUnitId).toBe(tree.city!.id);
    expect(p.status).toBe("draft");
    expect(await refusal(createProposal(who.secretary!, { unitId: tree.ward!.id, nominationIds: [noms.binh!] }, db()))).toMatch(new RegExp(`errors.proposal_duplicate.*Trần Thị Bình.*"id":${first}`));
    // From 1/7/2025 the level above is the province: the same ward proposes there (no city that day).
    const later = await refusal(createProposal(who.secretary!, { unitId: tree.ward!.id, nominationIds: [noms.an!], proposedOn: "2025-07-02" }, db()));
    expect(later).toContain("errors.proposal_duplicate");
  });

  it("is not in the city's inbox while a draft; a reviewer of another city never sees it", async () => {
    await expect(getProposal(who.reviewer!, first, db())).rejects.toThrow(NotFound);
    expect((await listProposals(who.reviewer!, db(), { view: "inbox" })).rows).toEqual([]);
  });

  it("issues through the documents workflow, numbered TTr, and lands in the city's inbox with a notice", async () => {
    const doc = await issue(first, "2024-12-20");
    expect(doc.numberSymbol).toMatch(/^\d+\/TTr-UBND$/);
    const view = await getProposal(who.reviewer!, first, db());
    expect(view.proposal.status).toBe("sent");
    expect(view.proposal.sentOn).toBe("2024-12-20");
    expect(view.can.receive).toBe(true);
    const inbox = await listProposals(who.reviewer!, db(), { view: "inbox" });
    expect(inbox.rows.map((r) => r.id)).toEqual([first]);
    const notes = await db().select().from(notifications).where(eq(notifications.userId, who.reviewer!.id!));
    expect(notes.map((n) => n.title)).toContain("Tờ trình đề nghị khen thưởng của Phường Cam Phú");
    // Another city's reviewer: as if it did not exist, in the API as on the page.
    await expect(getProposal(who.stranger!, first, db())).rejects.toThrow(NotFound);
    expect((await listProposals(who.stranger!, db(), { view: "inbox" })).rows).toEqual([]);
    expect((await clients.stranger!.get(`/proposals/${first}`)).status).toBe(404);
    expect((await clients.stranger!.get(`/proposals/${first}/package.zip`)).status).toBe(404);
    expect((await clients.reviewer!.get(`/proposals/${first}`)).status).toBe(200);
  });

  it("writes the tờ trình as Decree 30 says, in the .docx and the .pdf", async () => {
    const view = await getProposal(who.secretary!, first, db());
    const [doc] = await db().select().from(documents).where(eq(documents.id, view.document.id));
    const read = async (sha: string) => new Uint8Array((await db().select({ bytes: files.bytes }).from(files).where(eq(files.sha256, sha)))[0]!.bytes);
    for (const text of [docxText(await read(doc!.docxSha256!)), pdfText(await read(doc!.pdfSha256!))]) {
      const f = flat(text);
      expect(f).toContain("ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ");
      expect(f).toContain(`Số: ${doc!.numberSymbol}`);
      expect(doc!.numberSymbol).toMatch(/^\d+\/TTr-UBND$/);
      expect(f).toContain("Cam Phú, ngày 20 tháng 12 năm 2024");
      expect(f).toContain("TỜ TRÌNH");
      expect(f).toContain("Về việc đề nghị khen thưởng cho 02 cá nhân có thành tích xuất sắc năm 2024");
      expect(f).toContain("Kính gửi: Ủy ban nhân dân thành phố Cam Ranh.");
      expect(f).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP");
      expect(f).toContain("Căn cứ kết quả họp xét của Hội đồng Thi đua – Khen thưởng phường Cam Phú ngày 18 tháng 12 năm 2024,");
      expect(f).toContain("Chiến sĩ thi đua cơ sở");
      expect(f).toContain("thẩm quyền: Chủ tịch Ủy ban nhân dân thành phố Cam Ranh");
      expect(f).toContain("Nguyễn Văn An");
      expect(f).toContain("7/7 thành viên đồng ý (100%)");
      expect(f).toContain("6/7 thành viên đồng ý (85,71%)");
      expect(f).toContain("Kính đề nghị Chủ tịch Ủy ban nhân dân thành phố Cam Ranh xem xét, quyết định./.");
      expect(f).toContain("TM. ỦY BAN NHÂN DÂN");
      expect(f).toContain("Lê Văn Chủ");
      expect(f).not.toContain("DỰ THẢO");
    }
  });

  it("packages the dossier as a .zip whose manifest matches every file", async () => {
    const file = await downloadProposalPackage(who.reviewer!, first, db());
    const entries = unzipSync(file.bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"]!)) as {
      format: string; proposal: { numberSymbol: string; recipientUnit: { name: string } }; nominees: { name: string; formCode: string; files: string[] }[]; forms: { code: string; nominees: number }[];
      files: { path: string; sha256: string; size: number; role: string }[];
    };
    expect(manifest.format).toBe("thidua-proposal-package");
    expect(manifest.proposal.recipientUnit.name).toBe("Thành phố Cam Ranh");
    expect(manifest.nominees.map((n) => n.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    expect(manifest.forms).toEqual([expect.objectContaining({ code: "CSTDCS", nominees: 2 })]);
    expect(manifest.files.map((f) => f.role).sort()).toEqual(["ballot_count", "council_minutes", "dossier", "dossier", "list", "proposal_docx", "proposal_pdf"]);
    expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => f.path), "manifest.json"].sort());
    for (const f of manifest.files) {
      const bytes = entries[f.path]!;
      expect(bytes.length, f.path).toBe(f.size);
      expect(createHash("sha256").update(bytes).digest("hex"), f.path).toBe(f.sha256);
    }
    expect(pdfText(entries[manifest.files.find((f) => f.role === "ballot_count")!.path]!)).toContain("KIỂM PHIẾU");
    // The list opens as a spreadsheet with the nominees.
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(entries["danh-sach-de-nghi.xlsx"]!) as never);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(" ");
    expect(cells).toContain("Trần Thị Bình");
    expect(cells).toContain("6/7 thành viên đồng ý");
  });

  it("receives, then returns only with a reason; the ward is told why", async () => {
    await receiveProposal(who.reviewer!, first, db(), opts());
    expect(await refusal(receiveProposal(who.reviewer!, first, db(), opts()))).toContain("errors.proposal_not_receivable");
    await expect(receiveProposal(who.stranger!, first, db(), opts())).rejects.toThrow(NotFound);
    expect(await refusal(returnProposal(who.reviewer!, first, { reason: "   " }, db(), opts()))).toContain("errors.proposal_reason_required");
    expect(await refusal(returnProposal(who.reviewer!, first, {}, db(), opts()))).toContain("errors.proposal_reason_required");
    // The ward cannot act as the level above.
    await expect(returnProposal(who.secretary!, first, { reason: "x" }, db(), opts())).rejects.toThrow(/forbidden/);
    await returnProposal(who.reviewer!, first, { reason: "Bổ sung báo cáo thành tích có xác nhận của cấp trên trực tiếp." }, db(), opts());
    const view = await getProposal(who.secretary!, first, db());
    expect(view.proposal.status).toBe("returned");
    expect(view.events.map((e) => e.action)).toEqual(["drafted", "sent", "received", "returned"]);
    expect(view.events.at(-1)!.reason).toContain("Bổ sung báo cáo");
    const notes = await db().select().from(notifications).where(eq(notifications.userId, who.secretary!.id!));
    expect(notes.map((n) => n.body).join("\n")).toContain("Lý do: Bổ sung báo cáo thành tích");
    expect(await refusal(decideProposal(who.reviewer!, first, { decisionNumber: "1/QĐ", decisionDate: "2024-12-30", decidingBody: "x" }, db(), opts()))).toContain("errors.proposal_not_decidable");
  });

  it("sends again in a new tờ trình; the returned one stays as it was", async () => {
    const again = await resendProposal(who.secretary!, first, { proposedOn: "2024-12-23" }, db());
    second = again.id;
    expect(again.resendsId).toBe(first);
    expect(await refusal(resendProposal(who.secretary!, first, {}, db()))).toContain("errors.proposal_resent_already");
    await issue(second, "2024-12-24");
    const old = await getProposal(who.reviewer!, first, db());
    expect(old.proposal.status).toBe("returned");
    expect(old.resentBy?.id).toBe(second);
    const view = await getProposal(who.reviewer!, second, db());
    expect(view.document.numberSymbol).not.toBe(old.document.numberSymbol);
    expect(view.items.map((i) => i.nominationId)).toEqual([noms.an!, noms.binh!]);
  });

  it("decides: every item needs an answer, the awards enter the ward's registry and eligibility sees them", async () => {
    await receiveProposal(who.reviewer!, second, db(), opts());
    const decision = { decisionNumber: "123/QĐ-UBND", decisionDate: "30/12/2024", decidingBody: "Chủ tịch UBND thành phố Cam Ranh" };
    expect(await refusal(decideProposal(who.reviewer!, second, { ...decision, outcomes: { [noms.an!]: "awarded" } }, db(), opts()))).toMatch(/errors.proposal_outcome_required.*Trần Thị Bình/);
    expect(await refusal(decideProposal(who.reviewer!, second, { ...decision, decisionNumber: "", outcomes: {} }, db(), opts()))).toContain("errors.proposal_decision_number_required");
    expect(await refusal(decideProposal(who.reviewer!, second, { ...decision, decisionDate: "2024-12-01", outcomes: { [noms.an!]: "awarded", [noms.binh!]: "awarded" } }, db(), opts()))).toContain("errors.proposal_decision_before_sent");
    await decideProposal(who.reviewer!, second, { ...decision, outcomes: { [noms.an!]: "awarded", [noms.binh!]: "not_awarded" } }, db(), opts());

    const rows = await db().select().from(awards).where(eq(awards.source, "superior"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unitId: tree.ward!.id, nominationId: noms.an!, formCode: "CSTDCS", year: 2024, decisionNumber: "123/QĐ-UBND", decisionDate: "2024-12-30", decidingBody: "Chủ tịch UBND thành phố Cam Ranh", recipientName: "Nguyễn Văn An" });
    const view = await getProposal(who.secretary!, second, db());
    expect(view.proposal.status).toBe("decided");
    expect(view.items.map((i) => i.outcome)).toEqual(["awarded", "not_awarded"]);
    // The next check of the same title for the same year finds the award the city made.
    const [an] = await db().select().from(nominations).where(eq(nominations.id, noms.an!));
    const report = await eligibilityOf(db(), an!);
    expect(JSON.stringify(report)).toContain("123/QĐ-UBND");
    // Decided stays decided (the database refuses a change).
    await expect(t.deps.database.query(`UPDATE proposals SET status = 'received' WHERE id = ${second}`)).rejects.toThrow(/cannot change/);
    // A decided item cannot go up again; one not awarded cannot either while its proposal stands decided.
    expect(await refusal(createProposal(who.secretary!, { unitId: tree.ward!.id, nominationIds: [noms.an!], proposedOn: "2024-12-31" }, db()))).toMatch(/errors.proposal_(duplicate|already_awarded)/);
  });

  it("shows both sides their pages", async () => {
    const mine = await clients.secretary!.get("/proposals");
    expect(mine.status).toBe(200);
    expect(mine.text).toContain("Thành phố Cam Ranh");
    const inbox = await clients.reviewer!.get("/proposals?view=inbox");
    expect(inbox.text).toContain("Phường Cam Phú");
    const page = await clients.secretary!.get(`/proposals/${second}`);
    expect(page.text).toContain("123/QĐ-UBND");
    expect(page.text).toContain("Được khen thưởng");
    const docPage = await clients.secretary!.get(`/documents/${(await getProposal(who.secretary!, second, db())).document.id}`);
    expect(docPage.status).toBe(200);
    expect(docPage.text).toContain(`/proposals/${second}`);
  });
});
