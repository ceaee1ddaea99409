// Another unit's records, drafts included, through EVERY route the app has: each page,
// form, download and API endpoint is called by every role of one ward with the ids of
// another ward's records (the demo's Phường Cam Phú: its plans, movements, check-ins,
// photos, people, tasks…). The answer is the one a made-up id gets (404, or the same
// refusal of the input), with nothing of the other ward in it, and nothing is written.
// Routes come from the app itself, so a new route is covered, or this test names it.
import { and, eq, like, sql } from "drizzle-orm";
import { addNominationDocument } from "../../src/features/nominations/add-nomination-document";
import { createNomination } from "../../src/features/nominations/create-nomination";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../src/features/accounts/create-api-token";
import { BACKUP_TABLES } from "../../src/features/backup/tables";
import { loadDemo } from "../../src/features/demo/load-demo";
import { CAM_PHU_PLAN } from "../../src/features/demo/cam-phu-plan";
import { createPlan } from "../../src/features/documents/create-plan";
import { createMovement } from "../../src/features/movements/create-movement";
import { recordAward } from "../../src/features/awards/record-award";
import * as schema from "../../src/db/schema";
import { ROLES, type Role } from "../../src/domain/access/roles";
import { loadActor } from "../../src/platform/actor";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { issuedDecision } from "../support/decided-awards";
import type { WebClient } from "../support/web-client";

let t: TestApp;
const clients = new Map<Role, WebClient>();
const tokens = new Map<Role, string>();
/** The other ward's record ids, by the kind of record a route parameter names. */
const theirs: Record<string, number> = {};
/** Words that appear only in the other ward's records. */
const SECRETS = ["Cam Phú", "Cam Ranh", "DỰ THẢO BÍ MẬT", "Phong trào bí mật"];
const MADE_UP = 2_147_480_000;
const db = () => t.deps.database.db;

beforeAll(async () => {
  t = await startTestApp();
  const { admin, wardId } = await setUpWard(t, "Phường Ba Ngòi");
  clients.set("admin", admin);
  for (const role of ROLES.filter((r) => r !== "admin")) clients.set(role, (await personWithRole(t, role, wardId)).client);
  for (const role of ROLES) tokens.set(role, await apiTokenOf(clients.get(role)!, "tích hợp"));

  // The other ward: the demo's Cam Phú of 2024, plus a draft plan and a draft movement.
  const demo = await loadDemo(t.deps.database, { residents: 100 });
  const [ward] = await db().select().from(schema.units).where(eq(schema.units.id, demo.wardId));
  const inWard = like(schema.units.path, `${ward!.path}%`);
  const accountOf = async (role: Role) => {
    const [row] = await db()
      .select({ userId: schema.roleAssignments.userId, id: schema.roleAssignments.id })
      .from(schema.roleAssignments)
      .innerJoin(schema.units, eq(schema.units.id, schema.roleAssignments.unitId))
      .where(and(eq(schema.roleAssignments.role, role), inWard));
    return row!;
  };
  const secretary = (await loadActor(db(), (await accountOf("council_secretary")).userId))!;
  const chairman = (await loadActor(db(), (await accountOf("chairman")).userId))!;
  const draftPlan = await createPlan(secretary, { ...CAM_PHU_PLAN, summary: "DỰ THẢO BÍ MẬT về khen thưởng", unitId: ward!.id }, db());
  const draftMovement = await createMovement(chairman, { unitId: ward!.id, name: "Phong trào bí mật", kind: "regular", startsOn: "2024-05-01", endsOn: "2024-12-31" }, db());
  const first = async (table: any, where: any) => Number((await db().select({ id: table.id }).from(table).where(where).limit(1))[0]?.id ?? 0);
  const group = await first(schema.units, and(eq(schema.units.parentId, ward!.id), eq(schema.units.kind, "residential_group")));
  const checkin = await first(schema.checkins, eq(schema.checkins.movementId, demo.seedMovement.id));
  Object.assign(theirs, {
    unit: group,
    ward: ward!.id,
    document: demo.seedPlan.id,
    draftDocument: draftPlan.id,
    movement: demo.seedMovement.id,
    draftMovement: draftMovement.id,
    person: await first(schema.people, sql`${schema.people.unitId} IN (SELECT id FROM units WHERE path LIKE ${`${ward!.path}%`})`),
    user: (await accountOf("admin")).userId,
    assignment: (await accountOf("admin")).id,
    directive: await first(schema.directives, eq(schema.directives.unitId, ward!.id)),
    registration: await first(schema.registrations, eq(schema.registrations.movementId, demo.seedMovement.id)),
    criterion: await first(schema.criteria, eq(schema.criteria.movementId, demo.seedMovement.id)),
    participant: Number((await db().select({ unitId: schema.checkins.unitId }).from(schema.checkins).where(eq(schema.checkins.id, checkin)))[0]!.unitId),
    evidence: await first(schema.evidenceFiles, eq(schema.evidenceFiles.checkinId, checkin)),
    task: await first(schema.tasks, eq(schema.tasks.unitId, ward!.id)),
    token: (await createApiToken(secretary, { name: "của phường kia" }, db())).id,
    household: await first(schema.households, sql`${schema.households.unitId} IN (SELECT id FROM units WHERE path LIKE ${`${ward!.path}%`})`),
    collective: await first(schema.collectives, sql`${schema.collectives.unitId} IN (SELECT id FROM units WHERE path LIKE ${`${ward!.path}%`})`),
  });
  const award = await recordAward(
    secretary,
    { recipientKind: "person", recipientId: theirs.person, formCode: "GK_HUYEN", decidingBody: "Chủ tịch UBND thành phố Cam Ranh", decisionNumber: "125/QĐ-UBND", decisionDate: "2024-12-20", achievement: "Thành tích" },
    db(),
  );
  theirs.award = award.id;
  // The demo's award decision of 20/12/2024, its awards with their certificates (/decisions/:id/certificates…),
  // and one of them revoked by a later decision (/decisions/:id/recoveries/:revocation).
  theirs.decision = demo.decision!.id;
  const [decided] = await db().select().from(schema.awards).where(eq(schema.awards.decisionId, demo.decision!.id)).limit(1);
  theirs.decidedAward = decided!.id;
  theirs.decidedNomination = decided!.nominationId!;
  const revoking = await issuedDecision(db(), ward!.id, { issuedOn: "2024-12-28" });
  theirs.revocation = (await db().insert(schema.awardRevocations).values({ awardId: decided!.id, decisionId: revoking.id, grounds: "Kê khai không trung thực", moneyDue: 360_000 }).returning())[0]!.id;
  const nomination = await createNomination(secretary, { unitId: ward!.id, nomineeKind: "person", nomineeId: theirs.person, formCode: "LDTT", year: 2024, decisionDate: "2024-12-20", achievement: "Thành tích bí mật" }, db());
  theirs.nomination = nomination.id;
  // The demo's council (appointed by the Chairman) and the relatives its households proposed.
  theirs.councilMember = await first(schema.councilMembers, eq(schema.councilMembers.unitId, ward!.id));
  // The demo's council session of 18/12/2024 (closed) and one of its items.
  theirs.councilSession = await first(schema.councilSessions, eq(schema.councilSessions.unitId, ward!.id));
  theirs.councilItem = await first(schema.councilItems, eq(schema.councilItems.sessionId, theirs.councilSession));
  // The demo's tờ trình of 20/12/2024 to the city, received there.
  theirs.proposal = demo.proposal!.id;
  theirs.relation = await first(schema.personRelations, sql`${schema.personRelations.personId} IN (SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id WHERE u.path LIKE ${`${ward!.path}%`})`);
  const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
  theirs.nominationDocument = (await addNominationDocument(secretary, nomination.id, { itemCode: "to_trinh" }, { name: "to-trinh.pdf", bytes: pdf }, db())).id;
  theirs.flag = (await db().insert(schema.nominationFlags).values({ nominationId: nomination.id, kind: "already_awarded", decisionNumber: "125/QĐ-UBND" }).returning())[0]!.id;
  const [disclosure] = await db().insert(schema.disclosures).values({ unitId: ward!.id, title: "Danh sách Cam Phú", startsOn: "2025-01-20", endsOn: "2025-02-07", workingDays: 10, citation: "Điều 5" }).returning();
  await db().insert(schema.disclosureItems).values({ disclosureId: disclosure!.id, nominationId: nomination.id });
  theirs.disclosure = disclosure!.id;
  theirs.disclosureComment = (await db().insert(schema.disclosureComments).values({ disclosureId: disclosure!.id, nominationId: nomination.id, authorName: "Người Cam Ranh", authorContact: "0900", body: "Góp ý", ipHash: "x" }).returning())[0]!.id;
}, 120_000);
afterAll(() => t.close());

/** The other ward's id for a route parameter, judged by the path segment before it. */
function idFor(path: string, param: string, draft: boolean): number | null {
  const before = path.slice(0, path.indexOf(`:${param}`)).split("/").filter(Boolean).pop() ?? "";
  if (param === "token" || param === "date") return null; // not a unit's record
  if (param === "kind" || param === "code") return null; // a catalogue entry: national data, its unit given as ?unit= (catalogue.test.ts)
  if (param === "unitId") return theirs.participant!;
  if (param === "cid" || param === "criterionId") return theirs.criterion!;
  if (param === "assignmentId") return theirs.assignment!;
  if (param === "doc") return theirs.nominationDocument!;
  if (param === "flag") return theirs.flag!;
  if (param === "item") return theirs.councilItem!;
  if (param === "subject") return theirs.decidedNomination!;
  if (param === "revocation") return theirs.revocation!;
  const byCollection: Record<string, string> = {
    documents: draft ? "draftDocument" : "document",
    plans: draft ? "draftDocument" : "document",
    movements: draft ? "draftMovement" : "movement",
    people: "person",
    units: draft ? "ward" : "unit",
    users: "user",
    tasks: "task",
    evidence: "evidence",
    directives: "directive",
    registrations: "registration",
    tokens: "token",
    "role-assignments": "assignment",
    awards: "award",
    "council-members": "councilMember",
    relatives: "relation",
    sessions: "councilSession",
    "council-sessions": "councilSession",
    nominations: "nomination",
    proposals: "proposal",
    decisions: "decision",
    revocations: "revocation",
    disclosures: "disclosure",
    comments: "disclosureComment",
    households: "household",
    collectives: "collective",
    notifications: "notification",
    signing: "signing",
    "signing-authorisations": "signing",
  };
  const key = byCollection[before];
  if (!key) throw new Error(`cross-unit test: no record of the other ward for :${param} in ${path}; add one`);
  return theirs[key] ?? null;
}

/** Every concrete path for a route pattern: with the other ward's ids, and with made-up ones. */
function expand(pattern: string) {
  const clean = pattern.replace(/\{[^}]+\}/g, "");
  const params = [...clean.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
  if (params.length === 0) return [];
  const out: { theirs: string; madeUp: string }[] = [];
  for (const draft of [false, true]) {
    let theirsPath = clean;
    let madeUpPath = clean;
    for (const p of params) {
      const id = idFor(clean, p, draft);
      if (id === null) return [];
      if (id === 0) throw new Error(`cross-unit test: the other ward has no record for :${p} in ${pattern}`);
      theirsPath = theirsPath.replace(`:${p}`, String(id));
      madeUpPath = madeUpPath.replace(`:${p}`, String(MADE_UP));
    }
    if (!out.some((o) => o.theirs === theirsPath)) out.push({ theirs: theirsPath, madeUp: madeUpPath });
  }
  return out;
}

function routesWithIds() {
  const seen = new Set<string>();
  const out: { method: string; api: boolean; theirs: string; madeUp: string }[] = [];
  for (const r of t.app.routes) {
    if (r.method === "ALL" || !r.path.includes(":")) continue;
    if (r.path.startsWith("/setup") || r.path.startsWith("/invitations") || r.path.startsWith("/password")) continue; // one-time links
    // Public by law, with no sign-in: a list of candidates once it has started, for anyone, whatever
    // ward they are in. That nothing shows before it starts, and only what the law makes public, is
    // checked in disclosure.test.ts.
    if (r.path.startsWith("/cong-khai/")) continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const e of expand(r.path)) out.push({ method: r.method, api: r.path.startsWith("/api/"), ...e });
  }
  return out;
}

async function counts() {
  const out: Record<string, number> = {};
  for (const { name } of BACKUP_TABLES) {
    if (["rate_limits", "sessions", "audit_log", "audit_head", "api_tokens"].includes(name)) continue;
    out[name] = Number((await t.deps.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`))[0]!.n);
  }
  return out;
}

async function call(role: Role, method: string, api: boolean, path: string) {
  if (api) {
    const res = await t.app.request(path, {
      method,
      headers: { authorization: `Bearer ${tokens.get(role)}`, ...(method === "GET" ? {} : { "content-type": "application/json" }) },
      body: method === "GET" ? undefined : "{}",
    });
    return { status: res.status, text: await res.text() };
  }
  const client = clients.get(role)!;
  if (method === "GET") return client.get(path);
  await client.get("/account");
  return client.post(path, {});
}

describe("another ward's records, through every route with an id", () => {
  it("covers the routes that hold records: documents, files, movements, check-ins, evidence, people, their eligibility facts, tasks", () => {
    const paths = routesWithIds().map((r) => r.theirs);
    for (const expected of [`/documents/${theirs.draftDocument}/file.pdf`, `/evidence/${theirs.evidence}`, `/movements/${theirs.draftMovement}/progress`, `/api/v1/documents/${theirs.draftDocument}`, `/people/${theirs.person}`, `/tasks/${theirs.task}/done`, `/awards/${theirs.award}`, `/api/v1/households/${theirs.household}/awards`, `/people/${theirs.person}/facts/assessment`, `/api/v1/people/${theirs.person}/holds`, `/api/v1/users/${theirs.user}/person`, `/nominations/${theirs.nomination}/documents/${theirs.nominationDocument}`, `/api/v1/nominations/${theirs.nomination}/flags/${theirs.flag}`, `/disclosures/${theirs.disclosure}/comments/${theirs.disclosureComment}`, `/api/v1/disclosures/${theirs.disclosure}`, `/decisions/${theirs.decision}/certificates.pdf`, `/api/v1/decisions/${theirs.decision}/ceremony`]) {
      expect(paths).toContain(expected);
    }
  });

  it.each([...ROLES])("answers %s as for an id that does not exist, shows nothing and writes nothing", async (role) => {
    const before = await counts();
    const failures: string[] = [];
    for (const r of routesWithIds()) {
      const real = await call(role, r.method, r.api, r.theirs);
      const fake = await call(role, r.method, r.api, r.madeUp);
      const leaked = SECRETS.filter((s) => real.text.includes(s));
      if (real.status !== fake.status || real.status < 400 || leaked.length > 0) {
        failures.push(`${r.method} ${r.theirs}: ${real.status} (made-up id: ${fake.status})${leaked.length ? ` shows ${leaked.join(", ")}` : ""}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 120_000);
});

describe("a draft movement is the unit's own business", () => {
  it("hides it from a participating unit's reporter on every page until it is launched", async () => {
    const { launchMovement } = await import("../../src/features/movements/launch-movement");
    const [ward] = await db().select().from(schema.units).where(eq(schema.units.name, "Phường Ba Ngòi"));
    const group = await addUnit(t, ward!, "Tổ dân phố Xóm Mới");
    const reporter = (await personWithRole(t, "reporter", group.id)).client;
    const chairmanRow = await personWithRole(t, "chairman", ward!.id);
    const chairman = (await loadActor(db(), chairmanRow.user.id))!;
    const movement = await createMovement(chairman, { unitId: ward!.id, name: "Phong trào Xóm Mới", kind: "regular", startsOn: "2026-01-01", endsOn: "2026-12-31", participantIds: [group.id] }, db());
    const pages = [`/movements/${movement.id}`, `/movements/${movement.id}/progress`, `/movements/${movement.id}/registrations/${group.id}`, `/movements/${movement.id}/checkins/${group.id}`];
    for (const page of pages) expect((await reporter.get(page)).status, page).toBe(404);
    const { addCriterion } = await import("../../src/features/movements/save-criterion");
    await addCriterion(chairman, movement.id, { groupName: "Tuyên truyền", name: "Số buổi sinh hoạt", measure: "number", target: "4" }, db());
    await launchMovement(chairman, movement.id, db());
    for (const page of pages.slice(0, 3)) expect((await reporter.get(page)).status, page).toBe(200);
  });
});
