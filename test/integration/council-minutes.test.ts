// The minutes of a council session (biên bản họp Hội đồng, biên bản kiểm phiếu) as .docx and .pdf,
// read back as text: the Decree 30 header and date, who came and the quorum with its citation,
// the absent member's written opinion, each item with its recusal, counts, share, rule and
// "Đạt"/"Không đạt", the conclusion, both signatures; the count's minutes name nobody next to a
// choice; paper counts name who entered and who confirmed them; a session still voting is
// refused with the reason; someone of another ward is told it does not exist.
// Runs on PGlite and on PostgreSQL.
import { eq } from "drizzle-orm";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readZipEntry } from "../support/zip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ballotReceipts, councilItems, councilMembers, councilRecusals, councilSessionMembers, councilSessions, nominations, paperCounts, people, writtenOpinions } from "../../src/db/schema";
import type { CouncilPost } from "../../src/domain/council/posts";
import type { SessionRules } from "../../src/domain/council/rules";
import { tally, type ItemVotes } from "../../src/domain/council/tally";
import { personKeys } from "../../src/domain/registry/person";
import { loadCatalogue } from "../../src/features/catalogue/load-catalogue";
import { downloadMinutes } from "../../src/features/council/download-minutes";
import { councilMinutesEndpoints } from "../../src/features/council/minutes-api";
import { councilMinutesRoutes } from "../../src/features/council/minutes-routes";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { NotFound } from "../../src/platform/errors";
import { personWithRole } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
const db = () => t.deps.database.db;
const tree: Record<string, { id: number; path: string; name: string }> = {};
let dir: string;

interface Seat {
  memberId: number;
  userId: number;
  name: string;
  actor: Actor;
  client: WebClient;
}
const seats: Record<string, Seat> = {};
let stranger: { actor: Actor; client: WebClient };
let closedId: number;
let votingId: number;
let paperId: number;

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
/** The words of a .docx body, one paragraph (or table cell) a line. */
const docxText = (bytes: Uint8Array) =>
  unescapeXml(
    readZipEntry(Buffer.from(bytes), "word/document.xml")
      .replace(/<w:p[ >]/g, "\n$&")
      .replace(/<[^>]+>/g, ""),
  ).normalize("NFC");
/** The PDF's text as poppler reads it, whitespace collapsed, in NFC. */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(dir, `minutes-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
}
const flat = (s: string) => s.replace(/\s+/g, " ");

async function person(fullName: string, unitId: number) {
  const [row] = await db().insert(people).values({ fullName, ...personKeys(fullName), unitId, gender: "male" }).returning({ id: people.id });
  return row!.id;
}

/** A council member: a person, their account (with a role on the ward) and their seat. */
async function seat(key: string, fullName: string, post: CouncilPost, role: "chairman" | "council_secretary" | "council_member") {
  const personId = await person(fullName, tree.ward!.id);
  const r = await personWithRole(t, role, tree.ward!.id, fullName);
  const [m] = await db().insert(councilMembers).values({ unitId: tree.ward!.id, userId: r.user.id, personId, post, validFrom: "2024-01-01" }).returning();
  seats[key] = { memberId: m!.id, userId: r.user.id, name: fullName, actor: (await loadActor(db(), r.user.id))!, client: r.client };
}

async function nomination(nomineeName: string, unitId: number, formCode: string) {
  const personId = await person(nomineeName, tree.group!.id);
  const [n] = await db()
    .insert(nominations)
    .values({ unitId, screeningUnitId: tree.ward!.id, nomineeKind: "person", personId, nomineeName, formCode, year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status: "accepted" })
    .returning();
  return n!.id;
}

/** The rules of 20/12/2024 as the catalogue gives them: quorum 2/3, the thresholds, the council's own rules. */
async function sessionRules(): Promise<SessionRules> {
  const cat = await loadCatalogue(db(), "2024-12-20", tree.ward!.path);
  const cite = <T,>(e: { value: T; citation: string; unconfirmed: boolean } | undefined) => ({ value: e!.value, citation: e!.citation, unconfirmed: e!.unconfirmed });
  return {
    quorum: cite(cat.get("quorum", "quorum")),
    council: cite(cat.get("council_rule", "council")),
    thresholds: Object.fromEntries(cat.all("ballot_threshold").map((e) => [e.code, cite(e)])),
  };
}

const MEMBERS = ["chair", "vice", "secretary", "standing", "mai", "nam", "tam"] as const;
const ABSENT = "nam";
const NOMINEES = { an: "Nguyễn Văn An", binh: "Trần Thị Bình", cuong: "Lê Văn Cường" };

beforeAll(async () => {
  t = await startTestApp();
  // Until the lead registers them in app.tsx: the minutes' pages on this test's app (before its first request).
  if (!t.app.routes.some((r) => r.path.includes("/minutes/meeting.docx"))) t.app.route("/", councilMinutesRoutes);
  dir = mkdtempSync(path.join(tmpdir(), "thidua-minutes-"));
  await db().transaction(async (tx) => {
    tree.province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa", kind: "province" });
    tree.city = await insertUnit(tx, { parent: tree.province, name: "Thành phố Cam Ranh", kind: "provincial_city" });
    tree.ward = await insertUnit(tx, { parent: tree.city, name: "Phường Cam Phú", kind: "ward" });
    tree.front = await insertUnit(tx, { parent: tree.ward, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" });
    tree.group = await insertUnit(tx, { parent: tree.ward, name: "Tổ dân phố Phú Thịnh", kind: "residential_group" });
    tree.otherWard = await insertUnit(tx, { parent: tree.city, name: "Phường Cam Lộc", kind: "ward" });
  });
  await seat("chair", "Lê Văn Chủ", "chair", "chairman");
  await seat("vice", "Trần Văn Phó", "vice_chair", "council_member");
  await seat("secretary", "Phạm Thị Thư", "secretary", "council_secretary");
  await seat("standing", "Vũ Thị Lan", "standing", "council_member");
  await seat("mai", "Nguyễn Thị Mai", "member", "council_member");
  await seat("nam", "Hoàng Văn Nam", "member", "council_member");
  await seat("tam", "Đỗ Văn Tâm", "member", "council_member");
  const s = await personWithRole(t, "chairman", tree.otherWard!.id, "Lê Văn Lạ");
  stranger = { actor: (await loadActor(db(), s.user.id))!, client: s.client };

  const rules = await sessionRules();
  const an = await nomination(NOMINEES.an, tree.front!.id, "LDTT");
  const binh = await nomination(NOMINEES.binh, tree.front!.id, "CSTDCS");
  const cuong = await nomination(NOMINEES.cuong, tree.group!.id, "LDTT");

  /** A session with its members, attendance and items, each counted with tally(). */
  async function session(status: string, ballotMode: "online" | "paper", items: { nominationId: number; formCode: string; votes: ItemVotes; recused?: string[] }[]) {
    const [row] = await db()
      .insert(councilSessions)
      .values({
        unitId: tree.ward!.id,
        title: "Xét khen thưởng phong trào thi đua năm 2024",
        meetsAt: new Date("2024-12-20T07:00:00Z"), // 14 giờ 00 in Vietnam
        place: "Hội trường UBND phường Cam Phú",
        status,
        ballotMode,
        rules,
        chairMemberId: seats.chair!.memberId,
        secretaryMemberId: seats.secretary!.memberId,
        votingOpenedAt: new Date("2024-12-20T07:30:00Z"),
        votingClosedAt: status === "closed" ? new Date("2024-12-20T08:45:00Z") : null,
      })
      .returning();
    const id = row!.id;
    await db().insert(councilSessionMembers).values(MEMBERS.map((k) => ({ sessionId: id, memberId: seats[k]!.memberId, attendance: k === ABSENT ? "absent" : "present" })));
    const present = MEMBERS.length - 1;
    for (const [position, it] of items.entries()) {
      const recused = it.recused ?? [];
      const result = status === "closed" ? tally(it.formCode, it.votes, { members: MEMBERS.length, voters: present - recused.length, recused: recused.length }, rules) : null;
      const [item] = await db().insert(councilItems).values({ sessionId: id, nominationId: it.nominationId, formCode: it.formCode, position, result, passed: result?.passed ?? null }).returning();
      for (const k of recused) await db().insert(councilRecusals).values({ itemId: item!.id, memberId: seats[k]!.memberId, reason: "relative", note: "anh vợ" });
      if (it.votes.opinionsAgree + it.votes.opinionsDisagree > 0)
        await db().insert(writtenOpinions).values({ itemId: item!.id, memberId: seats[ABSENT]!.memberId, choice: it.votes.opinionsAgree ? "agree" : "disagree" });
      if (status === "closed" && ballotMode === "online")
        await db().insert(ballotReceipts).values(Array.from({ length: it.votes.agree + it.votes.disagree }, (_, i) => ({ itemId: item!.id, code: `M${id}-${position}-${i}` })));
      if (ballotMode === "paper")
        await db().insert(paperCounts).values({ itemId: item!.id, agree: it.votes.agree, disagree: it.votes.disagree, invalid: it.votes.invalid, enteredBy: seats.secretary!.userId, confirmedBy: seats.standing!.userId, confirmedAt: new Date() });
    }
    return id;
  }
  const none = { invalid: 0, opinionsAgree: 0, opinionsDisagree: 0 };
  closedId = await session("closed", "online", [
    // Lao động tiên tiến: more than half of all members, the recused one left out: (4 + 1 opinion)/6.
    { nominationId: an, formCode: "LDTT", votes: { ...none, agree: 4, disagree: 1, opinionsAgree: 1 }, recused: ["tam"] },
    // Chiến sĩ thi đua cơ sở: 80% of all members: 4/7 is not enough.
    { nominationId: binh, formCode: "CSTDCS", votes: { ...none, agree: 4, disagree: 2, opinionsDisagree: 1 } },
    { nominationId: cuong, formCode: "LDTT", votes: { ...none, agree: 6, disagree: 0 } },
  ]);
  votingId = await session("voting", "online", [{ nominationId: an, formCode: "LDTT", votes: { ...none, agree: 0, disagree: 0 } }]);
  paperId = await session("closed", "paper", [{ nominationId: cuong, formCode: "LDTT", votes: { ...none, agree: 5, disagree: 0, invalid: 1 } }]);
}, 120_000);
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const get = (actor: Actor, id: number, kind: string, format: string) => downloadMinutes(actor, id, kind, format, db());

/** What both formats of the meeting's minutes must say. */
function expectMeetingMinutes(text: string) {
  expect(text).toContain("UBND PHƯỜNG CAM PHÚ");
  expect(text).toContain("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).toMatch(/Số:\s+\/BB-HĐTĐKT/);
  expect(text).toContain("Cam Phú, ngày 20 tháng 12 năm 2024");
  expect(text).toContain("BIÊN BẢN");
  expect(text).toContain("Họp Hội đồng Thi đua – Khen thưởng");
  expect(text).toContain("Hôm nay, vào lúc 14 giờ 00, ngày 20 tháng 12 năm 2024, tại Hội trường UBND phường Cam Phú, Hội đồng Thi đua – Khen thưởng phường Cam Phú họp: Xét khen thưởng phong trào thi đua năm 2024.");
  expect(text).toContain("Chủ tọa: Lê Văn Chủ, Chủ tịch Hội đồng;");
  expect(text).toContain("Thư ký: Phạm Thị Thư, Thư ký Hội đồng.");
  // Attendance, by post: the absent member and one present.
  expect(flat(text)).toMatch(/Hoàng Văn Nam Ủy viên Vắng mặt/);
  expect(flat(text)).toMatch(/Trần Văn Phó Phó Chủ tịch Hội đồng Có mặt/);
  expect(text).toContain(
    "Số thành viên có mặt: 6/7; theo quy định phải có ít nhất 5/7 thành viên (2/3 tổng số thành viên, Điều 47 khoản 4 Nghị định 98/2023/NĐ-CP): phiên họp đủ số thành viên theo quy định.",
  );
  // The written opinion, named: it is signed.
  expect(text).toContain("Hoàng Văn Nam (Ủy viên): Nguyễn Văn An (Lao động tiên tiến) – đồng ý;");
  expect(text).toContain("Hoàng Văn Nam (Ủy viên): Trần Thị Bình (Chiến sĩ thi đua cơ sở) – không đồng ý;");
  // The items by form, with the nominating organisation, the recusal and the result.
  expect(text).toContain("1. Lao động tiên tiến");
  expect(text).toContain("2. Chiến sĩ thi đua cơ sở");
  expect(text).toContain("Đơn vị, tổ chức đề nghị: Ủy ban MTTQ phường Cam Phú;");
  expect(text).toContain("Thành viên không tham gia biểu quyết: Đỗ Văn Tâm (Ủy viên), lý do: là người thân của người được đề nghị (anh vợ);");
  expect(text).toContain("Số phiếu đồng ý: 4; không đồng ý: 1; không hợp lệ: 0;");
  expect(text).toContain("Ý kiến bằng văn bản: đồng ý 1, không đồng ý 0;");
  expect(text).toContain("Tổng số tán thành: 5/6 (83,3%); yêu cầu trên 1/2 tổng số thành viên Hội đồng, tức ít nhất 4/6 (Quy chế hội đồng của đơn vị): Đạt.");
  expect(text).toContain("Số phiếu đồng ý: 4; không đồng ý: 2; không hợp lệ: 0;");
  expect(text).toContain(
    "Tổng số tán thành: 4/7 (57,1%); yêu cầu từ 80% tổng số thành viên Hội đồng trở lên, tức ít nhất 6/7 (Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP): Không đạt.",
  );
  expect(text).toContain("Tổng số tán thành: 6/7 (85,7%)");
  // The conclusion: what passed, by form.
  expect(text).toContain("Hội đồng thống nhất đề nghị cấp có thẩm quyền xem xét, khen thưởng 02 trường hợp đạt số phiếu theo quy định:");
  expect(text).toContain("1. Lao động tiên tiến: 02 trường hợp");
  expect(text).toContain("Nguyễn Văn An, Ủy ban MTTQ phường Cam Phú;");
  expect(text).toContain("Lê Văn Cường, Tổ dân phố Phú Thịnh;");
  expect(text).toContain("Có 01 trường hợp không đạt số phiếu theo quy định.");
  expect(text).toContain("Phiên họp kết thúc vào lúc 15 giờ 45 cùng ngày");
  // Both signatures.
  expect(text).toContain("CHỦ TỌA");
  expect(text).toContain("THƯ KÝ");
  expect(text.lastIndexOf("Lê Văn Chủ")).toBeGreaterThan(text.indexOf("CHỦ TỌA"));
  expect(text.lastIndexOf("Phạm Thị Thư")).toBeGreaterThan(text.indexOf("THƯ KÝ"));
}

describe("the meeting's minutes", () => {
  it("say, in the .docx, who came, the quorum, the written opinion, each item's recusal and result, the conclusion and both signers", async () => {
    const file = await get(seats.secretary!.actor, closedId, "meeting", "docx");
    expect(file.name).toBe(`bien-ban-hop-hoi-dong-${closedId}.docx`);
    expect(file.contentType).toContain("wordprocessingml");
    expectMeetingMinutes(flat(docxText(file.bytes)));
  });

  it("say the same in the .pdf", async () => {
    const file = await get(seats.chair!.actor, closedId, "meeting", "pdf");
    expect(file.contentType).toBe("application/pdf");
    expectMeetingMinutes(pdfText(file.bytes));
  });

  it("are downloaded from the session's page by a member of the council, as a file with its name", async () => {
    const res = await seats.mai!.client.get(`/council/sessions/${closedId}/minutes/meeting.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`bien-ban-hop-hoi-dong-${closedId}.docx`);
  });
});

describe("the ballot count's minutes", () => {
  const others = MEMBERS.filter((k) => k !== "chair" && k !== "secretary");

  it("give each item's ballots issued, received, valid and invalid, the counts and the result, the receipts published, and name no member next to a choice", async () => {
    for (const format of ["docx", "pdf"] as const) {
      const file = await get(seats.secretary!.actor, closedId, "count", format);
      const text = flat(format === "docx" ? docxText(file.bytes) : pdfText(file.bytes));
      expect(text).toContain("Kiểm phiếu phiên họp Hội đồng Thi đua – Khen thưởng");
      expect(text).toContain("Cam Phú, ngày 20 tháng 12 năm 2024");
      expect(text).toContain("Ban kiểm phiếu: hệ thống Thi Đua và Thư ký Hội đồng Phạm Thị Thư.");
      expect(text).toContain("Số phiếu phát ra: 5 (thành viên có mặt được biểu quyết); số phiếu thu về: 5;");
      expect(text).toContain("Số phiếu phát ra: 6 (thành viên có mặt được biểu quyết); số phiếu thu về: 6;");
      expect(text).toContain("Số phiếu đồng ý: 4; số phiếu không đồng ý: 1;");
      expect(text).toContain("Số phiếu đồng ý: 4; số phiếu không đồng ý: 2;");
      expect(text).toContain("Số phiếu đồng ý: 6; số phiếu không đồng ý: 0;");
      expect(text).toContain("Số thành viên không tham gia biểu quyết: 1;");
      expect(text).toContain("Phiếu lấy ý kiến của thành viên vắng mặt: đồng ý 1, không đồng ý 0;");
      expect(text).toContain("Số mã biên nhận đã công bố: 5;");
      expect(text).toContain("hệ thống đã công bố 17 mã biên nhận, không kèm lựa chọn");
      expect(text).toContain(": Đạt.");
      expect(text).toContain(": Không đạt.");
      for (const k of others) expect(text, `${format}: ${seats[k]!.name}`).not.toContain(seats[k]!.name);
      expect(text).not.toMatch(/M\d+-\d+-\d+/); // no receipt code itself
      expect(text).toContain("CHỦ TỌA");
      expect(text).toContain("THƯ KÝ");
    }
  });

  it("name, on paper, who entered the counts and who confirmed them", async () => {
    const text = flat(docxText((await get(seats.chair!.actor, paperId, "count", "docx")).bytes));
    expect(text).toContain("Người nhập kết quả: Phạm Thị Thư; người xác nhận: Vũ Thị Lan;");
    expect(text).toContain("Số phiếu phát ra: 6 (thành viên có mặt được biểu quyết); số phiếu thu về: 6;");
    expect(text).toContain("Số phiếu hợp lệ: 5; số phiếu không hợp lệ: 1;");
    expect(text).not.toContain("mã biên nhận");
  });

  it("come through the API as the file, .docx by default", async () => {
    const endpoint = councilMinutesEndpoints.find((e) => e.path === "/council-sessions/:id/minutes/count")!;
    const c = { get: () => t.deps } as never;
    const res = (await endpoint.handle({ actor: seats.secretary!.actor, c, params: { id: String(closedId) }, body: undefined, query: {} })) as Response;
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect(docxText(new Uint8Array(await res.arrayBuffer()))).toContain("Số mã biên nhận đã công bố");
    const pdf = (await endpoint.handle({ actor: seats.secretary!.actor, c, params: { id: String(closedId) }, body: undefined, query: { format: "pdf" } })) as Response;
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(await fieldsOf(endpoint.handle({ actor: seats.secretary!.actor, c, params: { id: String(closedId) }, body: undefined, query: { format: "odt" } }))).toEqual({ format: "errors.council_minutes_format" });
  });
});

describe("who may have them, and when", () => {
  it("refuses a session still voting, saying why", async () => {
    expect(await fieldsOf(get(seats.secretary!.actor, votingId, "meeting", "docx"))).toEqual({ _form: "errors.council_minutes_not_closed" });
    const res = await seats.secretary!.client.get(`/council/sessions/${votingId}/minutes/count.pdf`);
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Chưa kết thúc biểu quyết: chưa lập được biên bản");
  });

  it("tells someone of another ward that the session does not exist", async () => {
    await expect(get(stranger.actor, closedId, "meeting", "docx")).rejects.toBeInstanceOf(NotFound);
    expect((await stranger.client.get(`/council/sessions/${closedId}/minutes/meeting.pdf`)).status).toBe(404);
    expect((await stranger.client.get(`/council/sessions/2147480000/minutes/meeting.pdf`)).status).toBe(404);
  });

  it("refuses a kind of minutes that does not exist, naming it", async () => {
    expect(await fieldsOf(get(seats.secretary!.actor, closedId, "decision", "docx"))).toEqual({ kind: "errors.council_minutes_kind" });
    expect((await seats.secretary!.client.get(`/council/sessions/${closedId}/minutes/decision.docx`)).status).toBe(404);
  });

  it("sends someone signed out to sign in", async () => {
    const res = await t.client().get(`/council/sessions/${closedId}/minutes/meeting.docx`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("/sign-in");
  });

  it("leaves the session as it was", async () => {
    const [row] = await db().select({ status: councilSessions.status }).from(councilSessions).where(eq(councilSessions.id, votingId));
    expect(row!.status).toBe("voting");
  });
});
