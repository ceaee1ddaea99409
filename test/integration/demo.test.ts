// The demo ward: Phường Cam Phú as it was in 2024, loaded in one go, explored through
// the real sign-in page by each of the people who run the seed plan.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { and, asc, count, eq, like } from "drizzle-orm";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  activities,
  checkins,
  collectives,
  documents,
  evidenceFiles,
  households,
  memberships,
  people,
  roleAssignments,
  tasks,
  unitSuccessions,
  units,
  users,
} from "../../src/db/schema";
import { ROLES } from "../../src/domain/access/roles";
import { buildDemoPopulation } from "../../src/features/demo/demo-population";
import { DemoAlreadyLoaded, loadDemo, type DemoSummary } from "../../src/features/demo/load-demo";
import { documentFile } from "../../src/features/documents/document-file";
import { getMovement } from "../../src/features/movements/get-movement";
import { getNomination } from "../../src/features/nominations/get-nomination";
import { listNominations } from "../../src/features/nominations/list-nominations";
import { importOfficialUnits } from "../../src/features/units/import-official-units";
import { translator } from "../../src/i18n";
import { Actor, loadActor } from "../../src/platform/actor";
import { verifyAuditChain } from "../../src/platform/audit";
import { membersOn } from "../../src/features/council/council-members-on";
import { getSession } from "../../src/features/council/get-session";
import { downloadMinutes } from "../../src/features/council/download-minutes";
import { confirmedRelatives } from "../../src/features/relatives/confirmed-relatives";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf } from "../support/web-client";

const vi = translator("vi");
const TABLES = { units, households, people, memberships, collectives, users, roleAssignments, unitSuccessions, auditLog };

async function rowCounts(t: TestApp) {
  const db = t.deps.database.db;
  const entries = await Promise.all(Object.entries(TABLES).map(async ([name, table]) => [name, (await db.select({ n: count() }).from(table))[0]!.n] as const));
  return Object.fromEntries(entries);
}

/** The PDF's text as poppler reads it, lines joined, in NFC. */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "thidua-pdf-")), "plan.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
}

describe("the demo ward on an empty database", () => {
  let t: TestApp;
  let summary: DemoSummary;

  beforeAll(async () => {
    t = await startTestApp();
    summary = await loadDemo(t.deps.database);
  }, 120_000);
  afterAll(() => t.close());

  it("reports sensible counts", async () => {
    // Province, city, its Phòng Nội vụ, the ward, 12 groups, the Front and 5 organisations, and
    // Phường Cam Ranh, which replaced the ward in 2025 (from the official list).
    expect(summary.units).toBe(23);
    // 300 residents and the city's reviewer.
    expect(summary.people).toBe(301);
    expect(summary.households).toBeGreaterThan(65);
    expect(summary.households).toBeLessThan(110);
    const counts = await rowCounts(t);
    expect(counts).toMatchObject({ units: 23, people: 301, households: summary.households, memberships: summary.memberships, collectives: summary.collectives, users: summary.accounts.length });
    // The demo's own entry, then the seed plan's and the movement's, written through the use cases.
    const actions = new Set((await t.deps.database.db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action));
    for (const action of ["demo.loaded", "directive.created", "document.issued"]) expect(actions).toContain(action);
  });

  it("builds the old three-level tree, ended on 30 June 2025", async () => {
    const db = t.deps.database.db;
    const [ward] = await db.select().from(units).where(eq(units.id, summary.wardId));
    expect(ward).toMatchObject({ name: "Phường Cam Phú", kind: "ward", code: "22420-CAMPHU", validTo: "2025-06-30" });
    const [city] = await db.select().from(units).where(eq(units.id, ward!.parentId!));
    expect(city).toMatchObject({ name: "Thành phố Cam Ranh", kind: "provincial_city", validTo: "2025-06-30" });
    const [province] = await db.select().from(units).where(eq(units.id, city!.parentId!));
    expect(province).toMatchObject({ name: "Tỉnh Khánh Hòa", kind: "province", code: "56", parentId: null });
    expect(ward!.path).toBe(`/${province!.id}/${city!.id}/${ward!.id}/`);
    const [homeAffairs] = await db.select().from(units).where(and(eq(units.parentId, city!.id), eq(units.kind, "agency")));
    expect(homeAffairs!.name).toBe("Phòng Nội vụ thành phố Cam Ranh");
  });

  it("gives every unit a code: the official one where it exists, a local one otherwise", async () => {
    const all = await t.deps.database.db.select({ name: units.name, code: units.code }).from(units);
    expect(all.filter((u) => !u.code)).toEqual([]);
    const codeOf = new Map(all.map((u) => [u.name, u.code]));
    expect(codeOf.get("Tỉnh Khánh Hòa")).toBe("56");
    expect(codeOf.get("Phường Cam Ranh")).toBe("22420");
    expect(codeOf.get("Tổ dân phố Phú Thịnh")).toBe("22420-TDP01");
    expect(codeOf.get("Hội Liên hiệp Phụ nữ phường Cam Phú")).toBe("22420-HPN");
    expect(codeOf.get("Thành phố Cam Ranh")).toBe("56-CAMRANH");
  });

  it("links the ward to Phường Cam Ranh, which replaced it on 1 July 2025", async () => {
    const db = t.deps.database.db;
    const [successor] = await db.select().from(units).where(eq(units.code, "22420"));
    expect(successor).toMatchObject({ name: "Phường Cam Ranh", kind: "ward", validFrom: "2025-07-01", validTo: null });
    const links = await db.select().from(unitSuccessions).where(eq(unitSuccessions.predecessorId, summary.wardId));
    expect(links).toEqual([{ successorId: successor!.id, predecessorId: summary.wardId, effectiveOn: "2025-07-01" }]);
  });

  it("has the ward's residential groups and organisations under it", async () => {
    const db = t.deps.database.db;
    const [ward] = await db.select().from(units).where(eq(units.id, summary.wardId));
    const below = await db.select().from(units).where(like(units.path, `${ward!.path}%_`)).orderBy(asc(units.sortKey));
    expect(below.every((u) => u.parentId === ward!.id)).toBe(true);
    const byKind = (kind: string) => below.filter((u) => u.kind === kind).map((u) => u.name);
    expect(byKind("residential_group")).toHaveLength(12);
    expect(byKind("residential_group")).toContain("Tổ dân phố Phú Thịnh");
    expect(byKind("front_committee")).toEqual(["Ủy ban Mặt trận Tổ quốc phường Cam Phú"]);
    expect(byKind("mass_organisation").sort()).toEqual(
      [
        "Công đoàn cơ sở phường Cam Phú",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Cam Phú",
        "Hội Cựu chiến binh phường Cam Phú",
        "Hội Liên hiệp Phụ nữ phường Cam Phú",
        "Hội Nông dân phường Cam Phú",
      ].sort(),
    );
    // Every resident lives in a group of the ward, in a household of that group with one head.
    const residents = await db
      .select({ unitKind: units.kind, parentId: units.parentId, householdUnit: households.unitId, unitId: people.unitId, role: people.householdRole, householdId: people.householdId })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .innerJoin(households, eq(households.id, people.householdId));
    expect(residents).toHaveLength(300);
    for (const r of residents) {
      expect(r).toMatchObject({ unitKind: "residential_group", parentId: ward!.id });
      expect(r.householdUnit).toBe(r.unitId);
    }
    const heads = residents.filter((r) => r.role === "Chủ hộ").map((r) => r.householdId);
    expect(new Set(heads).size).toBe(heads.length);
    expect(heads.length).toBe(summary.households);
  });

  it("records the officials' positions over time", async () => {
    const db = t.deps.database.db;
    const chairs = await db
      .select({ fullName: people.fullName, validFrom: memberships.validFrom, validTo: memberships.validTo })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.unitId, summary.wardId), eq(memberships.position, "Chủ tịch UBND phường")))
      .orderBy(asc(memberships.validFrom));
    expect(chairs.map((c) => [c.validFrom, c.validTo])).toEqual([
      ["2016-07-01", "2021-06-30"],
      ["2021-07-01", "2025-06-30"],
    ]);
    const chairman = summary.accounts.find((a) => a.role === "chairman")!;
    expect(chairs[1]!.fullName).toBe(chairman.fullName);
    const leaders = await db.select({ n: count() }).from(memberships).where(like(memberships.position, "Tổ trưởng tổ dân phố %"));
    expect(leaders[0]!.n).toBe(12);
  });

  it("continues the 2024 story into commendation: the award history since 2021, and the movement's nominations, some eligible and some not, each saying why", async () => {
    expect(summary.awards).toBe(38); // 21 LĐTT, 5 CSTĐCS, a campaign Giấy khen, 4 TTLĐTT, the youth union's Giấy khen, 6 Tổ dân phố văn hóa
    expect(summary.nominations).toBe(8);
    const secretary = (await loadActor(t.deps.database.db, (await t.deps.database.db.select({ id: users.id }).from(users).where(eq(users.email, "thuongtruc@camphu.example")))[0]!.id))!;
    const { rows } = await listNominations(secretary, t.deps.database.db, {});
    const byName = (form: string, status?: string) => rows.filter((r) => r.formCode === form && (!status || r.status === status));
    // The Women's Union's chair: Chiến sĩ thi đua cơ sở, accepted, routed to the city (its power until 30/6/2025).
    const [cstdcs] = byName("CSTDCS", "accepted");
    const women = await getNomination(secretary, cstdcs!.id, t.deps.database.db);
    expect(women.eligibility!.verdict).toBe("pass");
    expect(women.decidingName).toBe("Thành phố Cam Ranh");
    // The Chairman for the provincial title: three CSTĐCS years, the fourth to be decided first; to the province.
    const chairman = await getNomination(secretary, byName("CSTD_TINH")[0]!.id, t.deps.database.db);
    expect(chairman.eligibility!.results.find((r) => r.rule === "chain")).toMatchObject({ verdict: "review", reason: { key: "rules.chain_this_year" } });
    expect(chairman.decidingName).toBe("Tỉnh Khánh Hòa");
    // The land officer: rated "hoàn thành nhiệm vụ" in 2024 and reprimanded — not eligible, and why.
    const land = await Promise.all(byName("LDTT").map((r) => getNomination(secretary, r.id, t.deps.database.db)));
    const failing = land.find((n) => n.eligibility?.verdict === "fail")!;
    expect(failing.eligibility!.results.find((r) => r.rule === "rating")).toMatchObject({ verdict: "fail", reason: { key: "rules.rating_below" } });
    // The youth member's draft, its dossier still to make and its rating missing.
    const draft = land.find((n) => n.nomination.status === "draft")!;
    expect(draft.dossier.missing.length).toBe(4);
    expect(draft.eligibility!.missing.map((m) => m.key)).toContain("rules.missing_rating");
    expect(new Set(rows.map((r) => r.nomineeKind))).toEqual(new Set(["person", "household", "collective", "unit"]));
  });

  it("has the ward's council of the 2021–2026 term as members with posts, and their relatives confirmed", async () => {
    const db = t.deps.database.db;
    const council = await membersOn(db, summary.wardId, "2024-12-20");
    expect(council.map((m) => m.post)).toEqual(["chair", "vice_chair", "standing", "secretary", "member", "member", "member", "member", "member", "member", "member", "member"].slice(0, council.length));
    expect(council.length).toBeGreaterThanOrEqual(10);
    expect(council[0]!.fullName).toBe("Đỗ Xuân Chiến");
    expect(await membersOn(db, summary.wardId, "2021-08-01")).toEqual([]);
    const relatives = await confirmedRelatives(db, council.map((m) => m.personId));
    expect([...relatives.values()].some((s) => s.size > 0)).toBe(true);
  });

  it("holds the council's session of 18/12/2024: the movement's nominations voted and counted, with recusals, a written opinion and the minutes", async () => {
    const db = t.deps.database.db;
    expect(summary.councilSession.items).toBeGreaterThanOrEqual(6);
    const admin = Actor.system();
    const session = await getSession(admin, summary.councilSession.sessionId, db);
    expect(session.session).toMatchObject({ status: "closed", ballotMode: "online" });
    expect(session.session.ballotKey).toBeUndefined();
    expect(session.session.meetsAt.toISOString()).toBe("2024-12-18T07:00:00.000Z");
    expect(session.quorum).toMatchObject({ met: true });
    // The nominees who sit on the council sit out their own items.
    const recused = session.items.flatMap((i) => i.recusals.map((r) => [i.nomineeName, r.fullName, r.reason]));
    expect(recused).toContainEqual(["Đỗ Xuân Chiến", "Đỗ Xuân Chiến", "self"]);
    expect(session.members.filter((m) => m.attendance === "absent" && m.wroteOpinion)).toHaveLength(1);
    // The land officer's dossier (rated "completed", reprimanded) is not carried; the Women's Union chair's is.
    const byForm = (code: string) => session.items.filter((i) => i.formCode === code);
    expect(byForm("CSTDCS")[0]!.result).toMatchObject({ passed: true, citation: "Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP" });
    expect(session.items.filter((i) => i.result?.passed === false).length).toBeGreaterThanOrEqual(1);
    expect(summary.councilSession.passed).toBe(session.items.filter((i) => i.result?.passed).length);
    const minutes = await downloadMinutes(admin, summary.councilSession.sessionId, "meeting", "docx", db);
    expect(minutes.bytes.length).toBeGreaterThan(5_000);
  });

  it("sends the passed items beyond the ward to the city in a tờ trình of 2024, received by the city's reviewer", async () => {
    const db = t.deps.database.db;
    expect(summary.proposal).not.toBeNull();
    const p = summary.proposal!;
    expect(p.numberSymbol).toMatch(/^\d+\/TTr-UBND$/);
    expect(p.status).toBe("received");
    // Under the rules of 2024 the Women's Union chair's Chiến sĩ thi đua cơ sở is the city's to decide.
    expect(p.items.map((i) => i.form)).toContain("CSTDCS");
    expect(p.items.map((i) => i.form)).not.toContain("GK_XA");
    const reviewer = summary.accounts.find((a) => a.role === "superior_reviewer")!;
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, reviewer.email));
    const { getProposal } = await import("../../src/features/proposals/get-proposal");
    const view = await getProposal((await loadActor(db, row!.id))!, p.id, db);
    expect(view.recipient.name).toBe("Thành phố Cam Ranh");
    expect(view.proposal.sentOn).toMatch(/^2024-12-/);
    expect(view.events.map((e) => e.action)).toEqual(["drafted", "sent", "received"]);
  });

  it("issues the Chairman's award decision of 20/12/2024 under Decree 98, citing the seed plan and the council's minutes, its awards in the registry with certificate codes", async () => {
    const db = t.deps.database.db;
    const d = summary.decision!;
    expect(d).toMatchObject({ numberSymbol: "03/QĐ-UBND", issuedOn: "2024-12-20", total: 1_070_000 });
    expect(d.lines).toEqual([
      { recipient: "Nguyễn Thị Nguyệt", form: "GK_XA", amount: 360_000 },
      { recipient: "Câu lạc bộ Phụ nữ khởi nghiệp phường Cam Phú", form: "GK_XA", amount: 710_000 },
    ]);
    expect(d.left.map((l) => l.recipient)).toEqual(["Hộ Phạm Bảo Anh"]);
    const [doc] = await db.select().from(documents).where(eq(documents.id, d.id));
    const content = doc!.content as { lawBases: string[]; bases: string[]; bonusOn: string };
    expect(content.bonusOn).toBe("2024-12-20");
    expect(content.lawBases.join(" ")).toContain("Nghị định số 98/2023/NĐ-CP");
    expect(content.bases[0]).toContain(`Căn cứ Kế hoạch số ${summary.seedPlan.numberSymbol}`);
    expect(content.bases.at(-1)).toBe("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng phường Cam Phú ngày 18 tháng 12 năm 2024;");
    const { awards, certificates } = await import("../../src/db/schema");
    const made = await db.select({ code: certificates.code }).from(awards).innerJoin(certificates, eq(certificates.awardId, awards.id)).where(eq(awards.decisionId, d.id));
    expect(made).toHaveLength(2);
  });

  it("links each official's account to the resident they are, and the administrator's to no one", async () => {
    const db = t.deps.database.db;
    const linked = await db.select({ email: users.email, personName: people.fullName, userName: users.fullName }).from(users).innerJoin(people, eq(people.id, users.personId));
    const chairman = summary.accounts.find((a) => a.role === "chairman")!;
    expect(linked.find((l) => l.email === chairman.email)).toMatchObject({ personName: "Đỗ Xuân Chiến" });
    for (const l of linked) expect(l.personName, l.email).toBe(l.userName);
    const admin = summary.accounts.find((a) => a.role === "admin")!;
    expect(linked.map((l) => l.email)).not.toContain(admin.email);
    expect(linked.length).toBe(summary.accounts.length - 1);
  });

  it("lets every account sign in through the real page and shows its role on its unit", async () => {
    expect(new Set(summary.accounts.map((a) => a.role))).toEqual(new Set(ROLES));
    const chairman = summary.accounts.find((a) => a.role === "chairman")!;
    expect(chairman).toMatchObject({ email: "chutich@camphu.example", unit: "Phường Cam Phú" });
    expect(summary.accounts.find((a) => a.role === "superior_reviewer")!.unit).toBe("Thành phố Cam Ranh");
    expect(summary.accounts.find((a) => a.email === "phunu@camphu.example")).toMatchObject({ role: "organisation", unit: "Hội Liên hiệp Phụ nữ phường Cam Phú" });
    for (const account of summary.accounts) {
      expect(account.password.length).toBeGreaterThanOrEqual(20);
      const client = t.client();
      const res = await client.signIn(account.email, account.password);
      expect(res.status, account.email).toBe(303);
      const home = textOf((await client.get("/")).text);
      expect(home).toContain(account.fullName);
      expect(home).toContain(`${vi(`role.${account.role}`)} – ${account.unit}`);
      if (account === chairman) expect(home).toContain("Chủ tịch UBND – Phường Cam Phú");
    }
  });

  it("keeps the passwords nowhere but in the summary", async () => {
    const db = t.deps.database.db;
    const dump = JSON.stringify([await db.select().from(users), await db.select().from(auditLog), await db.select().from(people)]);
    for (const account of summary.accounts) expect(dump).not.toContain(account.password);
    for (const u of await db.select().from(users)) expect(u.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("writes every name in NFC", async () => {
    const db = t.deps.database.db;
    const names = [
      ...(await db.select({ s: units.name }).from(units)),
      ...(await db.select({ s: people.fullName }).from(people)),
      ...(await db.select({ s: collectives.name }).from(collectives)),
      ...(await db.select({ s: users.fullName }).from(users)),
      ...(await db.select({ s: memberships.position }).from(memberships)),
      ...(await db.select({ s: households.address }).from(households)),
    ].map((r) => r.s ?? "");
    expect(names.length).toBeGreaterThan(500);
    for (const name of names) expect(name).toBe(name.normalize("NFC"));
  });

  it("leaves one audit entry that sums it up, in an intact chain", async () => {
    const db = t.deps.database.db;
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, "demo.loaded"));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorLabel: "demo", actorId: null, entityType: "unit", entityId: String(summary.wardId), unitId: summary.wardId });
    expect(entries[0]!.after).toMatchObject({ units: 23, people: 301, households: summary.households, provinceReused: false });
    expect((await verifyAuditChain(db)).problems).toEqual([]);
  });

  it("has the seed plan of 21/3/2024 issued, signed by the Chairman, reading like the original", async () => {
    const db = t.deps.database.db;
    const [plan] = await db.select().from(documents).where(eq(documents.id, summary.seedPlan.id));
    expect(plan).toMatchObject({ status: "issued", numberSymbol: "01/KH-UBND", issuedOn: "2024-03-21", signingForm: "TM", signerName: "Đỗ Xuân Chiến" });
    expect(plan!.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    const pdf = await documentFile(Actor.system(), db, plan!.id, "pdf");
    const text = pdfText(pdf.bytes);
    for (const line of [
      "UBND THÀNH PHỐ CAM RANH", "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", "Số: 01/KH-UBND", "Cam Phú, ngày 21 tháng 3 năm 2024", "KẾ HOẠCH",
      "Thực hiện công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG KẾ HOẠCH", "III. TỔ CHỨC THỰC HIỆN",
      "trước ngày 20/11/2024", "- Phòng Nội vụ tp;", "- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN", "Đỗ Xuân Chiến",
    ]) expect(text).toContain(line);
  });

  it("has the seed movement launched from the plan, with its milestones and the organisations registered", async () => {
    const view = await getMovement(Actor.system(), t.deps.database.db, summary.seedMovement.id);
    expect(view.movement).toMatchObject({ status: "launched", kind: "campaign", planDocumentId: summary.seedPlan.id, startsOn: "2024-03-21" });
    expect(view.milestones.map((m) => m.on)).toEqual(["2024-05-07", "2024-11-20", "2024-12-22"]);
    const accepted = view.registrations.filter((r) => r.status === "accepted").map((r) => r.unitName);
    for (const body of ["Ủy ban Mặt trận Tổ quốc phường Cam Phú", "Hội Liên hiệp Phụ nữ phường Cam Phú", "Hội Cựu chiến binh phường Cam Phú"]) expect(accepted).toContain(body);
    // Three residential groups reported twice each, every report with its photo; the Front recorded a talk.
    const db = t.deps.database.db;
    const reports = await db.select({ unitId: checkins.unitId, photos: count(evidenceFiles.id) }).from(checkins).leftJoin(evidenceFiles, eq(evidenceFiles.checkinId, checkins.id)).where(eq(checkins.movementId, summary.seedMovement.id)).groupBy(checkins.id, checkins.unitId);
    expect(reports).toHaveLength(6);
    expect(new Set(reports.map((r) => r.unitId)).size).toBe(3);
    expect(reports.every((r) => r.photos === 1)).toBe(true);
    expect(await db.select().from(activities).where(eq(activities.movementId, summary.seedMovement.id))).toHaveLength(1);
    // Each assignment of the plan became a task; the standing member's results report is due 20/11/2024.
    const planTasks = await db.select().from(tasks).where(eq(tasks.documentId, summary.seedPlan.id)).orderBy(tasks.assignmentIndex);
    expect(planTasks.map((x) => x.responsibleLabel)).toEqual(["Thường trực Hội đồng Thi đua - Khen thưởng", "Ủy ban Mặt trận TQVN và các tổ chức chính trị - xã hội", "Công chức Văn hóa – Xã hội"]);
    expect(planTasks[0]!.dueOn).toBe("2024-11-20");
  });

  it("refuses to load twice and changes nothing", async () => {
    const before = await rowCounts(t);
    await expect(loadDemo(t.deps.database)).rejects.toBeInstanceOf(DemoAlreadyLoaded);
    await expect(loadDemo(t.deps.database, { seed: 99 })).rejects.toThrow(/Phường Cam Phú.*already exists/);
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe("the demo ward next to the official list of 2025", () => {
  let t: TestApp;
  let summary: DemoSummary;

  beforeAll(async () => {
    t = await startTestApp();
    const csv = readFileSync(new URL("../../src/db/seed/admin-units-2025.csv", import.meta.url), "utf8");
    await importOfficialUnits(Actor.system(), csv, t.deps.database.db);
    summary = await loadDemo(t.deps.database);
  }, 120_000);
  afterAll(() => t.close());

  it("reuses Tỉnh Khánh Hòa instead of creating a second one", async () => {
    const db = t.deps.database.db;
    const khanhHoa = await db.select().from(units).where(eq(units.name, "Tỉnh Khánh Hòa"));
    expect(khanhHoa).toHaveLength(1);
    expect(summary.units).toBe(21);
    const [ward] = await db.select().from(units).where(eq(units.id, summary.wardId));
    expect(ward!.path.startsWith(khanhHoa[0]!.path)).toBe(true);
  });

  it("links Cam Phú to its 2025 successor, Phường Cam Ranh", async () => {
    const db = t.deps.database.db;
    const [successor] = await db.select().from(units).where(eq(units.code, "22420"));
    const links = await db.select().from(unitSuccessions).where(eq(unitSuccessions.predecessorId, summary.wardId));
    expect(links).toEqual([{ successorId: successor!.id, predecessorId: summary.wardId, effectiveOn: "2025-07-01" }]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "demo.loaded"));
    expect(entry!.after).toMatchObject({ provinceReused: true, successorId: successor!.id });
  });

  it("gives the same invented people for the same seed, whatever else the database holds", async () => {
    const names = (await t.deps.database.db.select({ n: people.fullName }).from(people).orderBy(asc(people.id))).map((r) => r.n);
    expect(names).toEqual(buildDemoPopulation({ residents: 300, seed: 2024 }).people.map((p) => p.fullName));
  });
});
