// One date field everywhere: every date of every page form, query string, API body and
// command, sent a date that does not exist or is not a date, answers 4xx (exit code 2)
// with a message that quotes it and names the format, never a 500, and writes nothing.
// The tables below list each date parameter; a check against the API's own declarations
// and the pages' date fields fails when one is added without a line here.
import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { createNomination } from "../../src/features/nominations/create-nomination";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { awardRevocations, awards, councilMembers, criteria, people, roleAssignments, units, users } from "../../src/db/schema";
import { BACKUP_TABLES } from "../../src/features/backup/tables";
import { loadDemo, type DemoSummary } from "../../src/features/demo/load-demo";
import { createRevocation } from "../../src/features/decisions/create-revocation";
import { copyPlan } from "../../src/features/documents/copy-plan";
import { issueDocument } from "../../src/features/documents/issue-document";
import { submitDocument } from "../../src/features/documents/submit-document";
import { createMovement } from "../../src/features/movements/create-movement";
import { translator } from "../../src/i18n";
import { loadActor } from "../../src/platform/actor";
import { endpoints } from "../../src/web/api";
import { ROOT, runCli } from "../support/processes";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, WebClient, type Page } from "../support/web-client";

/** Dates that are not: days that do not exist, a month 13, words, a two-digit year, nothing. */
const BAD = ["30/02/2024", "2024-02-30", "31/04/2024", "2024-13-01", "hôm qua", "1/1/99", ""];

const vi = translator("vi");
const en = translator("en");
/** The message a bad date gets, in the reader's language. */
const expected = (t: typeof vi, value: string, label: string) =>
  value.trim() === "" ? t("errors.date_required", { label }) : t("errors.date_invalid", { value });

let t: TestApp;
let demo: DemoSummary;
const clients: Record<"admin" | "chairman" | "secretary" | "reporter" | "reviewer", WebClient> = {} as never;
const ids = { ward: 0, group: 0, plan: 0, draftPlan: 0, submittedPlan: 0, movement: 0, draftMovement: 0, criterion: 0, person: 0, secretaryUser: 0, nomination: 0, councilMember: 0, revocationDecision: 0, revocation: 0 };
const db = () => t.deps.database.db;

async function userIdOf(role: string): Promise<{ userId: number; unitId: number }> {
  const email = demo.accounts.find((a) => a.role === role)!.email;
  const [row] = await db().select({ userId: users.id, unitId: roleAssignments.unitId }).from(users).innerJoin(roleAssignments, eq(roleAssignments.userId, users.id)).where(eq(users.email, email));
  return row!;
}

async function signedIn(role: string): Promise<WebClient> {
  const account = demo.accounts.find((a) => a.role === role)!;
  const client = t.client();
  const res = await client.signIn(account.email, account.password);
  expect(res.status, `sign-in ${role}`).toBe(303);
  await client.get("/account");
  return client;
}

/**
 * Row counts of every table a request could write: sessions and counters aside, and jobs,
 * where the worker queues the day's reminder run on its own (a write queues mail only beside rows).
 */
async function counts() {
  const out: Record<string, number> = {};
  for (const { name } of BACKUP_TABLES) {
    if (["rate_limits", "sessions", "audit_head", "jobs"].includes(name)) continue;
    out[name] = Number((await t.deps.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`))[0]!.n);
  }
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  demo = await loadDemo(t.deps.database, { residents: 100 });
  // The demo ward ended with the 2025 merger; reopened here so that its forms are offered today.
  await db().update(units).set({ validTo: null }).where(eq(units.id, demo.wardId));
  ids.ward = demo.wardId;
  ids.plan = demo.seedPlan.id;
  ids.movement = demo.seedMovement.id;
  const secretary = await userIdOf("council_secretary");
  const reporter = await userIdOf("reporter");
  ids.secretaryUser = secretary.userId;
  ids.group = reporter.unitId;
  const writer = (await loadActor(db(), secretary.userId))!;
  ids.draftPlan = (await copyPlan(writer, db(), ids.plan)).id;
  ids.submittedPlan = (await copyPlan(writer, db(), ids.plan)).id;
  await submitDocument(writer, ids.submittedPlan, db());
  ids.draftMovement = (await createMovement(writer, { unitId: ids.ward, name: "Phong trào nháp", kind: "campaign", startsOn: "2024-03-21", endsOn: "2024-12-31" }, db())).id;
  const [criterion] = await db().select({ id: criteria.id }).from(criteria).where(eq(criteria.movementId, ids.movement)).orderBy(asc(criteria.id)).limit(1);
  ids.criterion = criterion!.id;
  const [person] = await db().select({ id: people.id }).from(people).where(and(eq(people.unitId, ids.group))).orderBy(asc(people.id)).limit(1);
  ids.person = person!.id;
  ids.councilMember = (await db().select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.unitId, ids.ward)).orderBy(asc(councilMembers.id)).limit(1))[0]!.id;
  ids.nomination = (await createNomination(writer, { unitId: ids.ward, nomineeKind: "person", nomineeId: ids.person, formCode: "LDTT", year: 2024, decisionDate: "2024-12-20" }, db())).id;
  // One award of the demo's decision revoked, for the recovery's date.
  const [demoAward] = await db().select({ id: awards.id }).from(awards).where(eq(awards.decisionId, demo.decision!.id)).orderBy(asc(awards.id)).limit(1);
  ids.revocationDecision = (await createRevocation(writer, { unitId: ids.ward, awardIds: [demoAward!.id], grounds: "Kê khai không trung thực" }, db())).id;
  await submitDocument(writer, ids.revocationDecision, db());
  await issueDocument((await loadActor(db(), (await userIdOf("chairman")).userId))!, ids.revocationDecision, { signingForm: "HEAD", issuedOn: "2025-03-10" }, db(), { baseUrl: "http://thidua.test" });
  ids.revocation = (await db().select({ id: awardRevocations.id }).from(awardRevocations).where(eq(awardRevocations.decisionId, ids.revocationDecision)))[0]!.id;
  clients.admin = await signedIn("admin");
  clients.chairman = await signedIn("chairman");
  clients.secretary = await signedIn("council_secretary");
  clients.reporter = await signedIn("reporter");
  clients.reviewer = await signedIn("superior_reviewer");
}, 180_000);
afterAll(() => t?.close());

interface DateParam {
  /** Who sends it. */
  as: keyof typeof clients;
  /** The date's field, as the form, query or body names it. */
  field: string;
  /** Whether an empty value is refused (otherwise it means "no date" and is not sent). */
  required: boolean;
  /** An otherwise valid submission, with the date in `field`. */
  values: (date: string) => Record<string, string>;
}

interface PageParam extends DateParam {
  method: "get" | "post";
  path: () => string;
}

const movementForm = (over: Record<string, string>) => ({
  unitId: String(ids.ward), name: "Phong trào thử ngày", kind: "campaign", startsOn: "21/03/2024", endsOn: "31/12/2024", registrationDeadline: "", "milestones.0.on": "", "milestones.0.name": "", ...over,
});
const planForm = (date: string) => ({
  version: "1", summary: "Kế hoạch thử ngày", issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", issuerCode: "UBND", place: "Cam Phú",
  "assignments.0.party": "Mặt trận Tổ quốc phường", "assignments.0.duties": "Báo cáo kết quả.", "assignments.0.dueDate": date,
});

const sessionForm = (over: Record<string, string>) => ({ unitId: String(ids.ward), title: "Phiên họp thử ngày", meetsOn: "20/12/2024", meetsAt: "14:00", ...over });

/** Every date of every page: forms and query strings. */
const PAGES: PageParam[] = [
  { method: "get", path: () => "/bonus", as: "reporter", field: "on", required: true, values: (d) => ({ form: "GK_XA", recipient: "person", on: d }) },
  { method: "post", path: () => "/council/sessions", as: "secretary", field: "meetsOn", required: true, values: (d) => sessionForm({ meetsOn: d }) },
  { method: "post", path: () => "/council/sessions", as: "secretary", field: "opinionsUntilOn", required: false, values: (d) => sessionForm({ opinionsUntilOn: d, opinionsUntilAt: "08:00" }) },
  { method: "get", path: () => "/audit", as: "admin", field: "from", required: false, values: (d) => ({ from: d }) },
  { method: "get", path: () => "/audit", as: "admin", field: "to", required: false, values: (d) => ({ to: d }) },
  {
    method: "post", path: () => "/directives", as: "secretary", field: "issuedOn", required: true,
    values: (d) => ({ unitId: String(ids.ward), numberSymbol: "77/UBND-VX", kind: "Công văn", issuer: "UBND phường", issuedOn: d, summary: "Về việc thử ngày" }),
  },
  { method: "post", path: () => `/documents/${ids.draftPlan}/edit`, as: "secretary", field: "assignments.0.dueDate", required: false, values: planForm },
  { method: "post", path: () => `/documents/${ids.submittedPlan}/issue`, as: "chairman", field: "issuedOn", required: false, values: (d) => ({ signingForm: "TM", issuedOn: d }) },
  {
    method: "post", path: () => "/documents/signing", as: "chairman", field: "validFrom", required: true,
    values: (d) => ({ unitId: String(ids.ward), userId: String(ids.secretaryUser), form: "TL", signerTitle: "Chánh Văn phòng", validFrom: d, validTo: "" }),
  },
  {
    method: "post", path: () => "/documents/signing", as: "chairman", field: "validTo", required: false,
    values: (d) => ({ unitId: String(ids.ward), userId: String(ids.secretaryUser), form: "TL", signerTitle: "Chánh Văn phòng", validFrom: "01/01/2024", validTo: d }),
  },
  ...(["startsOn", "endsOn", "registrationDeadline", "milestones.0.on"] as const).flatMap((field): PageParam[] => [
    { method: "post", path: () => "/movements/new", as: "secretary", field, required: field === "startsOn" || field === "endsOn", values: (d) => movementForm({ [field]: d, ...(field === "milestones.0.on" ? { "milestones.0.name": "Sơ kết" } : {}) }) },
    { method: "post", path: () => `/movements/${ids.draftMovement}/edit`, as: "secretary", field, required: field === "startsOn" || field === "endsOn", values: (d) => movementForm({ [field]: d, ...(field === "milestones.0.on" ? { "milestones.0.name": "Sơ kết" } : {}) }) },
  ]),
  { method: "post", path: () => "/people/new", as: "admin", field: "birthDate", required: false, values: (d) => ({ fullName: "Trần Thị Thử", unitId: String(ids.group), gender: "female", birthDate: d }) },
  { method: "post", path: () => `/people/${ids.person}/memberships`, as: "admin", field: "validFrom", required: false, values: (d) => ({ unitId: String(ids.group), position: "Tổ viên", validFrom: d }) },
  { method: "post", path: () => `/people/${ids.person}/memberships`, as: "admin", field: "validTo", required: false, values: (d) => ({ unitId: String(ids.group), position: "Tổ viên", validFrom: "01/01/2024", validTo: d }) },
  {
    method: "post", path: () => `/movements/${ids.movement}/checkins/${ids.group}`, as: "reporter", field: "reportedOn", required: true,
    values: (d) => ({ criterionId: String(ids.criterion), reportedOn: d, status: "on_track", value: "1", narrative: "Thử ngày" }),
  },
  {
    method: "post", path: () => `/movements/${ids.movement}/activities`, as: "secretary", field: "happenedOn", required: true,
    values: (d) => ({ unitId: String(ids.ward), title: "Buổi nói chuyện thử", kind: "talk", happenedOn: d }),
  },
  { method: "post", path: () => "/tasks/new", as: "secretary", field: "dueOn", required: true, values: (d) => ({ unitId: String(ids.ward), title: "Việc thử ngày", responsibleLabel: "Tổ dân phố", dueKind: "date", dueOn: d }) },
  {
    method: "post", path: () => "/tasks/new", as: "secretary", field: "startsOn", required: true,
    values: (d) => ({ unitId: String(ids.ward), title: "Việc thử ngày", responsibleLabel: "Tổ dân phố", dueKind: "working_days", startsOn: d, workingDays: "5" }),
  },
  { method: "post", path: () => "/calendar/adjustments", as: "admin", field: "date", required: true, values: (d) => ({ date: d, kind: "day_off", name: "Nghỉ thử", source: "Thông báo thử" }) },
  { method: "get", path: () => "/catalogue", as: "reporter", field: "on", required: false, values: (d) => ({ on: d }) },
  ...(["periodFrom", "periodTo", "decisionDate"] as const).map((field): PageParam => ({
    method: "post", path: () => "/awards/new", as: "admin", field, required: field === "decisionDate",
    values: (d) => awardForm({ [field]: d }),
  })),
  { method: "post", path: () => `/people/${ids.person}/facts/discipline`, as: "admin", field: "decidedOn", required: true, values: (d) => ({ form: "reprimand", decidedOn: d }) },
  { method: "post", path: () => `/people/${ids.person}/facts/discipline`, as: "admin", field: "endsOn", required: false, values: (d) => ({ form: "reprimand", decidedOn: "01/03/2024", endsOn: d }) },
  { method: "post", path: () => `/people/${ids.person}/facts/hold`, as: "admin", field: "startsOn", required: true, values: (d) => ({ reason: "complaint", startsOn: d }) },
  { method: "post", path: () => `/people/${ids.person}/facts/initiative`, as: "admin", field: "recognisedOn", required: true, values: (d) => ({ title: "Sáng kiến thử", scope: "unit", recognisedOn: d }) },
  {
    method: "post", path: () => "/nominations/new", as: "secretary", field: "decisionDate", required: true,
    values: (d) => ({ unitId: String(ids.ward), nominee: `person:${ids.person}`, formCode: "LDTT", year: "2024", commendationKind: "cong_trang", decisionDate: d }),
  },
  {
    method: "post", path: () => "/disclosures/new", as: "secretary", field: "startsOn", required: true,
    values: (d) => ({ unitId: String(ids.ward), startsOn: d, title: "", [`nomination.${ids.nomination}`]: "on" }),
  },
  // Proposals to the level above: the planned date (which level receives it), the level above's decision date.
  { method: "post", path: () => "/proposals/new", as: "secretary", field: "proposedOn", required: false, values: (d) => ({ unitId: String(ids.ward), [`nomination.${ids.nomination}`]: "on", proposedOn: d }) },
  { method: "post", path: () => `/proposals/${demo.proposal!.id}/resend`, as: "secretary", field: "proposedOn", required: false, values: (d) => ({ proposedOn: d }) },
  {
    method: "post", path: () => `/proposals/${demo.proposal!.id}/decide`, as: "reviewer", field: "decisionDate", required: true,
    values: (d) => ({ decisionNumber: "123/QĐ-UBND", decidingBody: "Chủ tịch UBND thành phố Cam Ranh", decisionDate: d }),
  },
  // What came back of a revoked award: the day the certificate and items were returned.
  {
    method: "post", path: () => `/decisions/${ids.revocationDecision}/recoveries/${ids.revocation}`, as: "secretary", field: "itemsRecoveredOn", required: false,
    values: (d) => ({ revocationId: String(ids.revocation), moneyRecovered: "0", itemsRecoveredOn: d, note: "" }),
  },
  { method: "post", path: () => `/catalogue/new?kind=quorum&unit=${ids.ward}`, as: "admin", field: "validFrom", required: true, values: (d) => quorumForm({ validFrom: d }) },
  { method: "post", path: () => `/catalogue/new?kind=quorum&unit=${ids.ward}`, as: "admin", field: "validTo", required: false, values: (d) => quorumForm({ validTo: d }) },
];

/** An older award of the residential group, entered by hand. */
function awardForm(over: Record<string, string>): Record<string, string> {
  return { recipientKind: "unit", recipientId: String(ids.group), formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường", decisionNumber: "99/QĐ-UBND", decisionDate: "10/01/2025", ...over };
}

/** The ward's own council quorum, as its administrator would add it. */
function quorumForm(over: Record<string, string>): Record<string, string> {
  return { scope: "unit", unitId: String(ids.ward), code: "quorum", "value.numerator": "3", "value.denominator": "4", validFrom: "01/01/2031", citation: "Quy chế hội đồng", ...over };
}

const ok = (page: Page, what: string) => {
  expect(page.status, `${what}: ${textOf(page.text).slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(page.status, what).toBeLessThan(500);
};

describe("dates on pages", () => {
  it("refuse every bad date with 4xx, the date quoted and the format named, and write nothing", async () => {
    const before = await counts();
    for (const p of PAGES) {
      for (const bad of BAD) {
        if (bad === "" && !p.required) continue;
        const client = clients[p.as];
        const what = `${p.method.toUpperCase()} ${p.path()} ${p.field}=${JSON.stringify(bad)}`;
        const values = p.values(bad);
        const page = p.method === "get" ? await client.get(`${p.path()}?${new URLSearchParams(values)}`) : await (client.get("/account"), client.post(p.path(), values));
        ok(page, what);
        expect(page.status, what).toBe(422);
        const text = textOf(page.text);
        if (bad === "") expect(text, what).toContain("dạng dd/mm/yyyy, ví dụ 21/03/2024");
        else expect(text, what).toContain(expected(vi, bad, ""));
      }
    }
    expect(await counts()).toEqual(before);
  });

  it("say it in English when English is chosen", async () => {
    const client = clients.secretary;
    await client.get("/tasks/new?lang=en");
    const page = await client.post("/tasks/new", PAGES.find((p) => p.field === "dueOn")!.values("31/04/2024"));
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("Not a valid date: 31/04/2024. Enter the date as dd/mm/yyyy, for example 21/03/2024");
    await client.get("/tasks/new?lang=vi");
  });

  it("show the format beside every date field", async () => {
    const page = await clients.secretary.get("/tasks/new");
    expect(page.text).toMatch(/<p class="hint" id="f-dueOn-hint">Dạng dd\/mm\/yyyy, ví dụ 21\/03\/2024<\/p>/);
  });

  it("accept dd/mm/yyyy as well as yyyy-mm-dd", async () => {
    const page = await clients.admin.get("/audit?from=1/1/2024&to=2024-12-31");
    expect(page.status).toBe(200);
  });

  it("answer 404 for an adjustment's date in an address that is not a date", async () => {
    for (const bad of BAD.filter(Boolean)) {
      await clients.admin.get("/calendar");
      const page = await clients.admin.post(`/calendar/adjustments/${encodeURIComponent(bad)}/delete`);
      expect(page.status, bad).toBe(404);
    }
  });
});

// ---- the JSON API

interface ApiParam extends DateParam {
  method: "get" | "post" | "delete";
  /** The endpoint as declared in src/web/api.ts. */
  endpoint: string;
  path: () => string;
  /** The body (or query) for a date; `values` builds a flat form, this the JSON. */
  body: (date: string) => Record<string, unknown>;
}

const movementBody = (over: Record<string, unknown>) => ({ unitId: ids.ward, name: "Phong trào thử ngày", kind: "campaign", startsOn: "2024-03-21", endsOn: "2024-12-31", ...over });
const planBody = (date: string) => ({
  version: 1, summary: "Kế hoạch thử ngày", header: { issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", issuerCode: "UBND", place: "Cam Phú" },
  assignments: [{ party: "Mặt trận Tổ quốc phường", duties: "Báo cáo kết quả.", dueDate: date }],
});
const api = (p: Omit<ApiParam, "values">): ApiParam => ({ ...p, values: () => ({}) });

const APIS: ApiParam[] = [
  api({ method: "get", endpoint: "/bonus", path: () => "/bonus", as: "reporter", field: "on", required: true, body: (d) => ({ form: "GK_XA", on: d }) }),
  api({ method: "post", endpoint: "/council-sessions", path: () => "/council-sessions", as: "secretary", field: "meetsOn", required: true, body: (d) => ({ unitId: ids.ward, title: "Phiên họp thử ngày", meetsOn: d, meetsAt: "14:00" }) }),
  api({ method: "post", endpoint: "/council-sessions", path: () => "/council-sessions", as: "secretary", field: "opinionsUntilOn", required: false, body: (d) => ({ unitId: ids.ward, title: "Phiên họp thử ngày", meetsOn: "2024-12-20", meetsAt: "14:00", opinionsUntilOn: d, opinionsUntilAt: "08:00" }) }),
  api({ method: "get", endpoint: "/councils/:unitId/members", path: () => `/councils/${ids.ward}/members`, as: "chairman", field: "on", required: false, body: (d) => ({ on: d }) }),
  api({ method: "post", endpoint: "/councils/:unitId/members", path: () => `/councils/${ids.ward}/members`, as: "chairman", field: "validFrom", required: true, body: (d) => ({ userId: ids.secretaryUser, post: "member", validFrom: d }) }),
  api({ method: "post", endpoint: "/councils/:unitId/members", path: () => `/councils/${ids.ward}/members`, as: "chairman", field: "validTo", required: false, body: (d) => ({ userId: ids.secretaryUser, post: "member", validFrom: "2030-01-01", validTo: d }) }),
  api({ method: "post", endpoint: "/council-members/:id/end", path: () => `/council-members/${ids.councilMember}/end`, as: "chairman", field: "validTo", required: true, body: (d) => ({ validTo: d, reason: "Thôi giữ chức vụ" }) }),
  api({ method: "get", endpoint: "/audit", path: () => "/audit", as: "admin", field: "from", required: false, body: (d) => ({ from: d }) }),
  api({ method: "get", endpoint: "/audit", path: () => "/audit", as: "admin", field: "to", required: false, body: (d) => ({ to: d }) }),
  api({ method: "post", endpoint: "/directives", path: () => "/directives", as: "secretary", field: "issuedOn", required: true, body: (d) => ({ unitId: ids.ward, numberSymbol: "78/UBND-VX", kind: "Công văn", issuer: "UBND phường", issuedOn: d, summary: "Về việc thử ngày" }) }),
  api({ method: "post", endpoint: "/plans", path: () => "/plans", as: "secretary", field: "assignments.0.dueDate", required: false, body: (d) => ({ ...planBody(d), unitId: ids.ward }) }),
  api({ method: "post", endpoint: "/plans/:id", path: () => `/plans/${ids.draftPlan}`, as: "secretary", field: "assignments.0.dueDate", required: false, body: planBody }),
  api({ method: "post", endpoint: "/documents/:id/issue", path: () => `/documents/${ids.submittedPlan}/issue`, as: "chairman", field: "issuedOn", required: false, body: (d) => ({ signingForm: "TM", issuedOn: d }) }),
  api({ method: "post", endpoint: "/signing-authorisations", path: () => "/signing-authorisations", as: "chairman", field: "validFrom", required: true, body: (d) => ({ unitId: ids.ward, userId: ids.secretaryUser, form: "TL", signerTitle: "Chánh Văn phòng", validFrom: d }) }),
  api({ method: "post", endpoint: "/signing-authorisations", path: () => "/signing-authorisations", as: "chairman", field: "validTo", required: false, body: (d) => ({ unitId: ids.ward, userId: ids.secretaryUser, form: "TL", signerTitle: "Chánh Văn phòng", validFrom: "2024-01-01", validTo: d }) }),
  ...(["startsOn", "endsOn", "registrationDeadline", "milestones.0.on"] as const).flatMap((field) => {
    const body = (d: string) => movementBody(field === "milestones.0.on" ? { milestones: [{ on: d, name: "Sơ kết" }] } : { [field]: d });
    const required = field !== "registrationDeadline";
    return [
      api({ method: "post", endpoint: "/movements", path: () => "/movements", as: "secretary", field, required, body }),
      api({ method: "post", endpoint: "/movements/:id", path: () => `/movements/${ids.draftMovement}`, as: "secretary", field, required, body }),
    ];
  }),
  api({ method: "post", endpoint: "/movements/:id/checkins", path: () => `/movements/${ids.movement}/checkins`, as: "reporter", field: "reportedOn", required: true, body: (d) => ({ unitId: ids.group, criterionId: ids.criterion, reportedOn: d, status: "on_track", value: 1 }) }),
  api({ method: "post", endpoint: "/movements/:id/activities", path: () => `/movements/${ids.movement}/activities`, as: "secretary", field: "happenedOn", required: true, body: (d) => ({ unitId: ids.ward, title: "Buổi nói chuyện thử", kind: "talk", happenedOn: d }) }),
  api({ method: "post", endpoint: "/tasks", path: () => "/tasks", as: "secretary", field: "dueOn", required: true, body: (d) => ({ unitId: ids.ward, title: "Việc thử ngày", responsibleLabel: "Tổ dân phố", dueKind: "date", dueOn: d }) }),
  api({ method: "post", endpoint: "/tasks", path: () => "/tasks", as: "secretary", field: "startsOn", required: true, body: (d) => ({ unitId: ids.ward, title: "Việc thử ngày", responsibleLabel: "Tổ dân phố", dueKind: "working_days", startsOn: d, workingDays: 5 }) }),
  api({ method: "post", endpoint: "/calendar/adjustments", path: () => "/calendar/adjustments", as: "admin", field: "date", required: true, body: (d) => ({ date: d, kind: "day_off", name: "Nghỉ thử", source: "Thông báo thử" }) }),
  api({ method: "post", endpoint: "/people", path: () => "/people", as: "admin", field: "birthDate", required: false, body: (d) => ({ fullName: "Trần Thị Thử", unitId: ids.group, gender: "female", birthDate: d }) }),
  api({ method: "post", endpoint: "/people/:id/memberships", path: () => `/people/${ids.person}/memberships`, as: "admin", field: "validFrom", required: false, body: (d) => ({ unitId: ids.group, validFrom: d }) }),
  api({ method: "post", endpoint: "/people/:id/memberships", path: () => `/people/${ids.person}/memberships`, as: "admin", field: "validTo", required: false, body: (d) => ({ unitId: ids.group, validFrom: "2024-01-01", validTo: d }) }),
  api({ method: "get", endpoint: "/catalogue", path: () => "/catalogue", as: "reporter", field: "on", required: false, body: (d) => ({ on: d }) }),
  api({ method: "post", endpoint: "/proposals", path: () => "/proposals", as: "secretary", field: "proposedOn", required: false, body: (d) => ({ unitId: ids.ward, nominationIds: [ids.nomination], proposedOn: d }) }),
  api({ method: "post", endpoint: "/proposals/:id/resend", path: () => `/proposals/${demo.proposal!.id}/resend`, as: "secretary", field: "proposedOn", required: false, body: (d) => ({ proposedOn: d }) }),
  api({
    method: "post", endpoint: "/proposals/:id/decide", path: () => `/proposals/${demo.proposal!.id}/decide`, as: "reviewer", field: "decisionDate", required: true,
    body: (d) => ({ decisionNumber: "123/QĐ-UBND", decidingBody: "Chủ tịch UBND thành phố Cam Ranh", decisionDate: d, outcomes: {} }),
  }),
  ...(["validFrom", "validTo"] as const).map((field) =>
    api({
      method: "post", endpoint: "/catalogue/entries", path: () => "/catalogue/entries", as: "admin", field, required: field === "validFrom",
      body: (d) => ({ scope: "unit", unitId: ids.ward, kind: "quorum", code: "quorum", value: { numerator: 3, denominator: 4 }, validFrom: "2031-01-01", citation: "Quy chế hội đồng", [field]: d }),
    }),
  ),
  ...(["periodFrom", "periodTo", "decisionDate"] as const).map((field) =>
    api({
      method: "post", endpoint: "/awards", path: () => "/awards", as: "admin", field, required: field === "decisionDate",
      body: (d) => ({ recipientKind: "unit", recipientId: ids.group, formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường", decisionNumber: "98/QĐ-UBND", decisionDate: "2025-01-10", [field]: d }),
    }),
  ),
  api({ method: "post", endpoint: "/people/:id/disciplines", path: () => `/people/${ids.person}/disciplines`, as: "admin", field: "decidedOn", required: true, body: (d) => ({ form: "reprimand", decidedOn: d }) }),
  api({ method: "post", endpoint: "/people/:id/disciplines", path: () => `/people/${ids.person}/disciplines`, as: "admin", field: "endsOn", required: false, body: (d) => ({ form: "reprimand", decidedOn: "2024-03-01", endsOn: d }) }),
  api({ method: "post", endpoint: "/people/:id/holds", path: () => `/people/${ids.person}/holds`, as: "admin", field: "startsOn", required: true, body: (d) => ({ reason: "complaint", startsOn: d }) }),
  api({ method: "post", endpoint: "/people/:id/holds", path: () => `/people/${ids.person}/holds`, as: "admin", field: "endsOn", required: false, body: (d) => ({ reason: "complaint", startsOn: "2024-03-01", endsOn: d }) }),
  api({ method: "post", endpoint: "/people/:id/holds/end", path: () => `/people/${ids.person}/holds/end`, as: "admin", field: "endsOn", required: true, body: (d) => ({ holdId: 1, endsOn: d }) }),
  api({ method: "post", endpoint: "/people/:id/initiatives", path: () => `/people/${ids.person}/initiatives`, as: "admin", field: "recognisedOn", required: true, body: (d) => ({ title: "Sáng kiến thử", scope: "unit", recognisedOn: d }) }),
  api({
    method: "post", endpoint: "/nominations", path: () => "/nominations", as: "secretary", field: "decisionDate", required: true,
    body: (d) => ({ unitId: ids.ward, nomineeKind: "person", nomineeId: ids.person, formCode: "LDTT", year: 2024, decisionDate: d }),
  }),
  api({
    method: "post", endpoint: "/nominations/:id", path: () => `/nominations/${ids.nomination}`, as: "secretary", field: "decisionDate", required: true,
    body: (d) => ({ nomineeKind: "person", nomineeId: ids.person, formCode: "LDTT", year: 2024, decisionDate: d }),
  }),
  api({
    method: "post", endpoint: "/disclosures", path: () => "/disclosures", as: "secretary", field: "startsOn", required: true,
    body: (d) => ({ unitId: ids.ward, startsOn: d, nominationIds: [ids.nomination] }),
  }),
  api({
    method: "post", endpoint: "/nominations/:id/documents/generate", path: () => `/nominations/${ids.nomination}/documents/generate`, as: "secretary", field: "date", required: false,
    body: (d) => ({ itemCode: "to_trinh", date: d }),
  }),
  api({
    method: "post", endpoint: "/revocations/:id/recovery", path: () => `/revocations/${ids.revocation}/recovery`, as: "secretary", field: "itemsRecoveredOn", required: false,
    body: (d) => ({ moneyRecovered: 0, itemsRecoveredOn: d }),
  }),
  api({
    method: "post", endpoint: "/eligibility/check", path: () => "/eligibility/check", as: "admin", field: "decisionDate", required: false,
    body: (d) => ({ nomineeKind: "person", nomineeId: ids.person, formCode: "LDTT", year: 2024, decisionDate: d }),
  }),
];

async function callApi(p: ApiParam, date: string, lang = "vi"): Promise<Page> {
  const client = clients[p.as];
  const headers: Record<string, string> = { "x-csrf-token": client.csrf!, "accept-language": lang };
  if (p.method === "get") return client.request(`/api/v1${p.path()}?${new URLSearchParams(p.body(date) as Record<string, string>)}`, { headers });
  return client.request(`/api/v1${p.path()}`, { method: p.method.toUpperCase(), headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(p.body(date)) });
}

/** The date fields an API schema declares, as paths: "issuedOn", "milestones.0.on". */
function dateFieldsOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const walk = (node: Record<string, unknown>, at: string): string[] => {
    if (typeof node.description === "string" && node.description.includes("dd/mm/yyyy")) return [at];
    const out: string[] = [];
    for (const [name, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) out.push(...walk(child, at ? `${at}.${name}` : name));
    if (node.items) out.push(...walk(node.items as Record<string, unknown>, `${at}.0`));
    for (const alt of [...((node.anyOf as Record<string, unknown>[]) ?? []), ...((node.allOf as Record<string, unknown>[]) ?? [])]) out.push(...walk(alt, at));
    return out;
  };
  return walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>, "");
}

describe("dates in the API", () => {
  it("are all in the table", () => {
    const declared = endpoints.flatMap((e) => [...dateFieldsOf(e.body), ...dateFieldsOf(e.query)].map((f) => `${e.method} ${e.path} ${f}`));
    const tested = new Set(APIS.map((p) => `${p.method} ${p.endpoint} ${p.field}`));
    expect(declared.length).toBeGreaterThan(15);
    expect(declared.filter((d) => !tested.has(d))).toEqual([]);
  });

  it("refuse every bad date with 422 and the message for the field, and write nothing", async () => {
    const before = await counts();
    for (const p of APIS) {
      for (const bad of BAD) {
        if (bad === "" && !p.required) continue;
        const what = `${p.method.toUpperCase()} ${p.path()} ${p.field}=${JSON.stringify(bad)}`;
        const res = await callApi(p, bad);
        expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBe(422);
        const message = JSON.parse(res.text).error.fields[p.field] as string;
        if (bad === "") expect(message, what).toMatch(/^Nhập .*, dạng dd\/mm\/yyyy, ví dụ 21\/03\/2024$/);
        else expect(message, what).toBe(expected(vi, bad, ""));
      }
    }
    expect(await counts()).toEqual(before);
  });

  it("refuse a date that is not text", async () => {
    const p = APIS.find((a) => a.endpoint === "/tasks" && a.field === "dueOn")!;
    const res = await clients.secretary.request("/api/v1/tasks", {
      method: "POST",
      headers: { "x-csrf-token": clients.secretary.csrf!, "content-type": "application/json" },
      body: JSON.stringify({ ...p.body(""), dueOn: 20240321 }),
    });
    expect(res.status).toBe(422);
    expect(JSON.parse(res.text).error.fields.dueOn).toBe(expected(vi, "20240321", ""));
  });

  it("answer in English with Accept-Language: en", async () => {
    const res = await callApi(APIS.find((a) => a.endpoint === "/documents/:id/issue")!, "2024-02-30", "en");
    expect(res.status).toBe(422);
    expect(JSON.parse(res.text).error.fields.issuedOn).toBe(expected(en, "2024-02-30", ""));
  });

  it("answer 404 for an adjustment's date in an address that is not a date", async () => {
    for (const bad of BAD.filter(Boolean)) {
      const res = await clients.admin.request(`/api/v1/calendar/adjustments/${encodeURIComponent(bad)}`, { method: "DELETE", headers: { "x-csrf-token": clients.admin.csrf! } });
      expect(res.status, bad).toBe(404);
    }
  });
});

// ---- the pages' date fields, checked against the table

describe("dates on pages are all in the table", () => {
  it("every DateField name of a page file is sent bad dates above", () => {
    const names = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith(".tsx")) {
          for (const m of readFileSync(file, "utf8").matchAll(/<DateField[^>]*?name=(?:"([^"]+)"|\{`([^`]+)`\})/g)) names.add((m[1] ?? m[2]!).replace(/\$\{i\}/g, "0"));
        }
      }
    };
    walk(path.join(ROOT, "src/features"));
    expect(names.size).toBeGreaterThan(10);
    const tested = new Set(PAGES.map((p) => p.field));
    expect([...names].filter((n) => !tested.has(n))).toEqual([]);
  });
});

// ---- the command line

describe("dates on the command line", () => {
  const commands: { args: (d: string) => string[]; name: string }[] = [
    { args: (d) => ["units", "merge", "--into", "4205", "--from", "4201", "--on", d], name: "--on" },
    { args: (d) => ["reminders", "run", "--on", d], name: "--on" },
    { args: (d) => ["calendar", "add-working-days", d, "5"], name: "DATE" },
    { args: (d) => ["catalogue", "show", "--on", d], name: "--on" },
  ];

  it("refuse every bad date with exit code 2 and the message, in both languages", async () => {
    // A bad date is refused before the database is opened: each run may have a folder of its own.
    const env = () => ({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "thidua-dates-")), LOG_LEVEL: "error" });
    const runs = commands.flatMap((c) => BAD.map((bad) => ({ c, bad })));
    const results: Awaited<ReturnType<typeof runCli>>[] = [];
    for (let i = 0; i < runs.length; i += 4) {
      results.push(...(await Promise.all(runs.slice(i, i + 4).map(({ c, bad }) => runCli(c.args(bad), env())))));
    }
    runs.forEach(({ c, bad }, i) => {
      const { code, stderr } = results[i]!;
      const what = `${c.args(bad).join(" ")}: ${stderr}`;
      expect(code, what).toBe(2);
      expect(stderr, what).toContain(`${c.name}: ${expected(vi, bad, c.name)} / ${expected(en, bad, c.name)}`);
    });
  }, 300_000);
});
