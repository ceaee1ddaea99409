// Every route for every role: allowed or denied, and another unit's records answer
// 404 without a trace of their data, whichever id is typed into the URL.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awardRevocations, councilItems, councilMembers, councilSessions, disclosureComments, disclosureItems, disclosures, documents, nominations, people, personRelations, proposals, roleAssignments, units, users } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { todayInVietnam } from "../../src/domain/text/dates";
import { ROLES, type Role } from "../../src/domain/access/roles";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { issuedDecision, makeDecidedAwards } from "../support/decided-awards";
import { startTestApp, type TestApp } from "../support/test-app";
import { createPerson } from "../../src/features/people/create-person";
import { Actor } from "../../src/platform/actor";
import type { WebClient } from "../support/web-client";

let t: TestApp;
const clients = new Map<Role | "anonymous", WebClient>();
const tokens = new Map<Role, string>();
const ids = { ward: 0, group: 0, otherWard: 0, otherGroup: 0, adminUser: 0, otherUser: 0, chairmanAssignment: 0, otherAssignment: 0, person: 0, otherPerson: 0, nomination: 0, otherNomination: 0, accepted: 0, disclosure: 0, otherDisclosure: 0, comment: 0, otherComment: 0, councilUser: 0, member: 0, otherMember: 0, relation: 0, otherRelation: 0, session: 0, otherSession: 0, otherItem: 0, otherProposal: 0, decision: 0, otherDecision: 0, otherAward: 0, otherRevocationDecision: 0, otherRevocation: 0, decidedAward: 0, otherDecidedAward: 0, code: "" as string };

beforeAll(async () => {
  t = await startTestApp();
  const { admin, wardId } = await setUpWard(t);
  const { db } = t.deps.database;
  const [ward] = await db.select().from(units).where(eq(units.id, wardId));
  const group = await addUnit(t, ward!, "Tổ dân phố Hòa Bình");
  const otherWard = await addUnit(t, null, "Phường Ba Ngòi", "ward");
  const otherGroup = await addUnit(t, otherWard, "Tổ dân phố Bí Mật");
  Object.assign(ids, { ward: ward!.id, group: group.id, otherWard: otherWard.id, otherGroup: otherGroup.id });
  clients.set("admin", admin);
  for (const role of ROLES.filter((r) => r !== "admin")) {
    const p = await personWithRole(t, role, ward!.id);
    clients.set(role, p.client);
    if (role === "chairman") {
      const [a] = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, p.user.id));
      ids.chairmanAssignment = a!.id;
    }
  }
  const stranger = await personWithRole(t, "admin", otherWard.id, "Người Phường Khác");
  ids.otherUser = stranger.user.id;
  const [sa] = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, stranger.user.id));
  ids.otherAssignment = sa!.id;
  const [adminRow] = await db.select().from(users).where(eq(users.email, "quantri@camphu.gov.vn"));
  ids.adminUser = adminRow!.id;
  // A resident of each ward, for the eligibility facts (sensitive: leadership and the council's standing member only).
  ids.person = (await createPerson(Actor.system(), { fullName: "Trần Văn Xét", unitId: group.id, birthYear: 1980 }, db)).id;
  ids.otherPerson = (await createPerson(Actor.system(), { fullName: "Người Phường Khác Dân", unitId: otherGroup.id, birthYear: 1980 }, db)).id;
  // A draft nomination in each ward, put forward by the ward itself.
  const nomination = (unitId: number, personId: number) => ({ unitId, screeningUnitId: unitId, nomineeKind: "person", personId, nomineeName: "x", formCode: "LDTT", year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20" });
  ids.nomination = (await db.insert(nominations).values(nomination(ward!.id, ids.person)).returning())[0]!.id;
  ids.otherNomination = (await db.insert(nominations).values(nomination(otherWard.id, ids.otherPerson)).returning())[0]!.id;
  // A published list of candidates in each ward, with a comment waiting; an accepted nomination to publish.
  ids.accepted = (await db.insert(nominations).values({ ...nomination(ward!.id, ids.person), status: "accepted" }).returning())[0]!.id;
  for (const [unitId, nominationId, key] of [[ward!.id, ids.nomination, "disclosure"], [otherWard.id, ids.otherNomination, "otherDisclosure"]] as const) {
    const [d] = await db.insert(disclosures).values({ unitId, title: "Danh sách thử", startsOn: "2025-01-20", endsOn: "2025-02-07", workingDays: 10, citation: "Điều 5" }).returning();
    await db.insert(disclosureItems).values({ disclosureId: d!.id, nominationId });
    const [comment] = await db.insert(disclosureComments).values({ disclosureId: d!.id, nominationId, authorName: "Lê Thị Cúc", authorContact: "0900000000", body: "Góp ý", ipHash: "x" }).returning();
    ids[key] = d!.id;
    ids[key === "disclosure" ? "comment" : "otherComment"] = comment!.id;
  }
  // The ward's council: an account linked to a resident, appointed; one in the other ward too.
  // Relations between residents of each ward, proposed from a household.
  const resident = async (fullName: string, unitId: number) => (await db.insert(people).values({ fullName, ...personKeys(fullName), unitId }).returning())[0]!.id;
  const councillor = await personWithRole(t, "council_member", ward!.id, "Ủy Viên Hội Đồng");
  const councillorPerson = await resident("Ủy Viên Hội Đồng", group.id);
  await db.update(users).set({ personId: councillorPerson }).where(eq(users.id, councillor.user.id));
  ids.councilUser = councillor.user.id;
  ids.member = (await db.insert(councilMembers).values({ unitId: ward!.id, userId: councillor.user.id, personId: councillorPerson, post: "member", validFrom: "2021-08-02", validTo: "2025-12-31" }).returning())[0]!.id;
  const otherPerson2 = await resident("Người Phường Khác Hai", otherGroup.id);
  ids.otherMember = (await db.insert(councilMembers).values({ unitId: otherWard.id, userId: stranger.user.id, personId: ids.otherPerson, post: "chair", validFrom: "2021-08-02" }).returning())[0]!.id;
  ids.relation = (await db.insert(personRelations).values({ personId: ids.person, relativeId: councillorPerson, kind: "sibling", source: "household" }).returning())[0]!.id;
  ids.otherRelation = (await db.insert(personRelations).values({ personId: ids.otherPerson, relativeId: otherPerson2, kind: "spouse", source: "household" }).returning())[0]!.id;
  // A council session being prepared in the ward, and one voting in the other ward.
  ids.session = (await db.insert(councilSessions).values({ unitId: ward!.id, title: "Phiên họp thử", meetsAt: new Date("2024-12-18T07:00:00Z") }).returning())[0]!.id;
  ids.otherSession = (await db.insert(councilSessions).values({ unitId: otherWard.id, title: "Phiên họp Ba Ngòi", meetsAt: new Date("2024-12-18T07:00:00Z"), status: "voting", ballotMode: "paper" }).returning())[0]!.id;
  ids.otherItem = (await db.insert(councilItems).values({ sessionId: ids.otherSession, nominationId: ids.otherNomination, formCode: "LDTT", position: 1 }).returning())[0]!.id;
  // A proposal the other ward sent up (its tờ trình issued): nobody of this ward sees it, the reviewer included.
  const [ttr] = await db.insert(documents).values({ unitId: otherWard.id, typeCode: "TTr", status: "issued", summary: "Tờ trình Ba Ngòi", content: {}, header: {} }).returning();
  ids.otherProposal = (await db.insert(proposals).values({ unitId: otherWard.id, recipientUnitId: otherWard.id, documentId: ttr!.id, status: "sent", proposedOn: "2024-12-19", sentOn: "2024-12-20" }).returning())[0]!.id;
  // A decision issued in each ward with its awards and their certificates.
  const decided = await makeDecidedAwards(db, { unitId: ward!.id, count: 2 });
  const otherDecided = await makeDecidedAwards(db, { unitId: otherWard.id, count: 1 });
  Object.assign(ids, { decision: decided.decision.id, decidedAward: decided.awards[0]!.id, code: decided.awards[0]!.code, otherDecision: otherDecided.decision.id, otherDecidedAward: otherDecided.awards[0]!.id });
  // In the other ward, its award revoked by a second decision.
  ids.otherAward = ids.otherDecidedAward;
  ids.otherRevocationDecision = (await issuedDecision(db, otherWard.id, { issuedOn: "2024-12-28" })).id;
  ids.otherRevocation = (await db.insert(awardRevocations).values({ awardId: ids.otherAward, decisionId: ids.otherRevocationDecision, grounds: "Kê khai không trung thực", moneyDue: 360_000 }).returning())[0]!.id;
  clients.set("anonymous", t.client());
  // An API token for every role, made through the account page as each person would.
  for (const role of ROLES) tokens.set(role, await apiTokenOf(clients.get(role)!, "tích hợp"));
});
afterAll(() => t.close());

type Who = Role | "anonymous";
interface Case {
  name: string;
  method: "GET" | "POST";
  path: () => string;
  form?: () => Record<string, string>;
  allowed: readonly Role[];
  /** What a signed-in person without permission gets: 403 where the record is theirs to see, 404 otherwise. */
  denied: 403 | 404;
}

const everyone = ROLES;
/** Who keeps the eligibility facts; who sees them adds the chairman and the vice-chairmen. */
const factKeepers: readonly Role[] = ["admin", "council_secretary"];
const factViewers: readonly Role[] = ["admin", "chairman", "vice_chairman", "council_secretary"];
/** Nominations: the nominating unit's officials and the council see them; those who nominate add them. */
const nominationViewers: readonly Role[] = ["chairman", "vice_chairman", "council_secretary", "organisation", "reporter"];
const fairnessViewers: readonly Role[] = ["admin", "chairman", "vice_chairman", "council_secretary", "council_member"];
const nominators: readonly Role[] = ["chairman", "vice_chairman", "council_secretary", "organisation", "reporter"];
/** Public disclosure: the council's standing member publishes the list and moderates the comments. */
const disclosers: readonly Role[] = ["council_secretary"];
/** The council: its officials see it; its Chairman or the administrator sets it up. */
const councilViewers: readonly Role[] = ["admin", "chairman", "vice_chairman", "council_secretary", "council_member"];
const councilManagers: readonly Role[] = ["admin", "chairman"];
/** Sessions: the council's officials see them; the Chairman and the standing member prepare them. */
const sessionPreparers: readonly Role[] = ["chairman", "council_secretary"];
const sessionForm = (unitId: () => number) => () => ({ unitId: String(unitId()), title: "Phiên họp mới", meetsOn: "20/12/2024", meetsAt: "14:00" });
const otherSessionSteps = ["/invite", "/attendance", "/recusals", "/voting/open", "/voting/close", "/ballot", "/opinion", "/paper-counts", "/paper-counts/confirm", "/agenda"];
/** Relatives: those who manage the registry decide and declare; those who see personal details read. */
const registryKeepers: readonly Role[] = ["admin", "council_secretary"];
/** Each appointment a term of its own year, so that the same account is appointed again and again. */
let termYear = 2030;
function appointForm(): Record<string, string> {
  termYear += 1;
  return { unitId: String(ids.ward), userId: String(ids.councilUser), post: "member", validFrom: `01/01/${termYear}`, validTo: `31/12/${termYear}` };
}
/** Proposals to the level above: the unit's leaders and standing member draft and follow them; the level above's reviewers receive them. */
const proposalViewers: readonly Role[] = ["chairman", "vice_chairman", "council_secretary", "superior_reviewer"];
const proposalSenders: readonly Role[] = ["chairman", "vice_chairman", "council_secretary"];
/** Decisions: the unit's leaders and standing member draft them, see the payment list and record recoveries; everyone in the unit reads an issued one. */
const decisionDrafters: readonly Role[] = ["chairman", "vice_chairman", "council_secretary"];
/** Certificates and the ceremony: the issuing unit's Chairman, Vice-Chairmen, standing member and culture officer. */
const printers: readonly Role[] = ["chairman", "vice_chairman", "council_secretary", "culture_officer"];
const layoutForm = (unitId: () => number) => () => ({ unitId: String(unitId()), formCode: "", mode: "template", offsetX: "0", offsetY: "0" });
const cases: Case[] = [
  { name: "a decision's certificates", method: "GET", path: () => `/decisions/${ids.decision}/certificates`, allowed: printers, denied: 403 },
  { name: "a decision's certificates as PDF", method: "GET", path: () => `/decisions/${ids.decision}/certificates.pdf`, allowed: printers, denied: 403 },
  { name: "an award's certificate", method: "GET", path: () => `/awards/${ids.decidedAward}/certificate.pdf`, allowed: printers, denied: 403 },
  { name: "a decision's ceremony", method: "GET", path: () => `/decisions/${ids.decision}/ceremony`, allowed: printers, denied: 403 },
  { name: "the ceremony's list", method: "GET", path: () => `/decisions/${ids.decision}/ceremony/list.pdf`, allowed: printers, denied: 403 },
  { name: "the ceremony's name cards", method: "GET", path: () => `/decisions/${ids.decision}/ceremony/name-cards.pdf`, allowed: printers, denied: 403 },
  { name: "the other ward's certificates", method: "GET", path: () => `/decisions/${ids.otherDecision}/certificates.pdf`, allowed: [], denied: 404 },
  { name: "the other ward's award's certificate", method: "GET", path: () => `/awards/${ids.otherDecidedAward}/certificate.pdf`, allowed: [], denied: 404 },
  { name: "the other ward's ceremony", method: "GET", path: () => `/decisions/${ids.otherDecision}/ceremony`, allowed: [], denied: 404 },
  { name: "the certificate layout", method: "GET", path: () => `/certificates/layout?unit=${ids.ward}`, allowed: printers, denied: 403 },
  { name: "the calibration page", method: "GET", path: () => `/certificates/layout/calibration.pdf?unit=${ids.ward}`, allowed: printers, denied: 403 },
  { name: "set the certificate layout", method: "POST", path: () => `/certificates/layout?unit=${ids.ward}`, form: layoutForm(() => ids.ward), allowed: printers, denied: 403 },
  { name: "the other ward's certificate layout", method: "GET", path: () => `/certificates/layout?unit=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "set the other ward's certificate layout", method: "POST", path: () => `/certificates/layout?unit=${ids.otherWard}`, form: layoutForm(() => ids.otherWard), allowed: [], denied: 404 },
  { name: "the council", method: "GET", path: () => `/council?unit=${ids.ward}`, allowed: councilViewers, denied: 403 },
  { name: "council sessions", method: "GET", path: () => "/council/sessions", allowed: councilViewers, denied: 403 },
  { name: "the bonus calculator", method: "GET", path: () => "/bonus?form=GK_XA&on=15/09/2025", allowed: everyone, denied: 403 },
  { name: "the bonus calculator with the other ward's rules", method: "GET", path: () => `/bonus?form=GK_XA&on=15/09/2025&unitId=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "a council session of the ward", method: "GET", path: () => `/council/sessions/${ids.session}`, allowed: councilViewers, denied: 404 },
  { name: "the other ward's council session", method: "GET", path: () => `/council/sessions/${ids.otherSession}`, allowed: [], denied: 404 },
  { name: "the other ward's ballot sheet", method: "GET", path: () => `/council/sessions/${ids.otherSession}/ballot`, allowed: [], denied: 404 },
  { name: "the other ward's minutes", method: "GET", path: () => `/council/sessions/${ids.otherSession}/minutes/meeting.pdf`, allowed: [], denied: 404 },
  { name: "call a council session", method: "POST", path: () => "/council/sessions", form: sessionForm(() => ids.ward), allowed: sessionPreparers, denied: 404 },
  { name: "call the other ward's council session", method: "POST", path: () => "/council/sessions", form: sessionForm(() => ids.otherWard), allowed: [], denied: 404 },
  ...otherSessionSteps.map((step): Case => ({ name: `the other ward's session: ${step}`, method: "POST", path: () => `/council/sessions/${ids.otherSession}${step}`, form: () => ({ itemId: String(ids.otherItem), agree: "1", disagree: "0", note: "x", token: "abcdefghijklmnopqrst", [`choice.${ids.otherItem}`]: "agree", nominationIds: String(ids.otherNomination) }), allowed: [], denied: 404 })),
  { name: "the other ward's council", method: "GET", path: () => `/council?unit=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "appoint a council member", method: "POST", path: () => "/council/members", form: appointForm, allowed: councilManagers, denied: 403 },
  { name: "appoint into the other ward's council", method: "POST", path: () => "/council/members", form: () => ({ ...appointForm(), unitId: String(ids.otherWard) }), allowed: [], denied: 404 },
  { name: "end a council member's term form", method: "GET", path: () => `/council-members/${ids.member}/end`, allowed: councilManagers, denied: 403 },
  { name: "end the other ward's member's term", method: "POST", path: () => `/council-members/${ids.otherMember}/end`, form: () => ({ validTo: "01/01/2024", reason: "x" }), allowed: [], denied: 404 },
  { name: "relations to confirm", method: "GET", path: () => `/relatives/proposals?unit=${ids.ward}`, allowed: registryKeepers, denied: 403 },
  { name: "relations to confirm in the other ward", method: "GET", path: () => `/relatives/proposals?unit=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "propose relations from households", method: "POST", path: () => "/relatives/proposals", form: () => ({ unitId: String(ids.ward) }), allowed: registryKeepers, denied: 403 },
  { name: "confirm a relation", method: "POST", path: () => `/relatives/${ids.relation}/decide`, form: () => ({ decision: "confirm" }), allowed: registryKeepers, denied: 403 },
  { name: "confirm the other ward's relation", method: "POST", path: () => `/relatives/${ids.otherRelation}/decide`, form: () => ({ decision: "confirm" }), allowed: [], denied: 404 },
  { name: "declare a relative form", method: "GET", path: () => `/people/${ids.person}/relatives/new`, allowed: registryKeepers, denied: 403 },
  { name: "declare a relative of the other ward's person", method: "POST", path: () => `/people/${ids.otherPerson}/relatives`, form: () => ({ relativeId: String(ids.person), kind: "child" }), allowed: [], denied: 404 },
  { name: "proposals to the level above", method: "GET", path: () => "/proposals", allowed: proposalViewers, denied: 403 },
  { name: "decisions", method: "GET", path: () => "/decisions", allowed: everyone, denied: 403 },
  { name: "draft a decision form", method: "GET", path: () => `/decisions/new?unit=${ids.ward}`, allowed: decisionDrafters, denied: 403 },
  { name: "draft a decision in the other ward", method: "POST", path: () => "/decisions", form: () => ({ unitId: String(ids.otherWard), nominationIds: String(ids.otherNomination) }), allowed: [], denied: 404 },
  { name: "a decision of the ward", method: "GET", path: () => `/decisions/${ids.decision}`, allowed: everyone, denied: 404 },
  { name: "the ward's payment list", method: "GET", path: () => `/decisions/${ids.decision}/payment-list.xlsx`, allowed: decisionDrafters, denied: 403 },
  { name: "the other ward's decision", method: "GET", path: () => `/decisions/${ids.otherDecision}`, allowed: [], denied: 404 },
  { name: "the other ward's payment list", method: "GET", path: () => `/decisions/${ids.otherDecision}/payment-list.xlsx`, allowed: [], denied: 404 },
  { name: "edit the other ward's decision", method: "POST", path: () => `/decisions/${ids.otherDecision}/texts`, form: () => ({ summary: "x", bases: "x", executors: "x" }), allowed: [], denied: 404 },
  { name: "take a line out of the other ward's decision", method: "POST", path: () => `/decisions/${ids.otherDecision}/lines/${ids.otherNomination}/remove`, allowed: [], denied: 404 },
  { name: "revoke the other ward's award", method: "POST", path: () => `/decisions/${ids.otherDecision}/revocations`, form: () => ({ awardIds: String(ids.otherAward), grounds: "x" }), allowed: [], denied: 404 },
  { name: "record the other ward's recovery", method: "POST", path: () => `/decisions/${ids.otherRevocationDecision}/recoveries/${ids.otherRevocation}`, form: () => ({ moneyRecovered: "360000" }), allowed: [], denied: 404 },
  { name: "draft a proposal form", method: "GET", path: () => `/proposals/new?unit=${ids.ward}`, allowed: proposalSenders, denied: 403 },
  { name: "the other ward's proposal", method: "GET", path: () => `/proposals/${ids.otherProposal}`, allowed: [], denied: 404 },
  { name: "the other ward's proposal package", method: "GET", path: () => `/proposals/${ids.otherProposal}/package.zip`, allowed: [], denied: 404 },
  { name: "receive the other ward's proposal", method: "POST", path: () => `/proposals/${ids.otherProposal}/receive`, allowed: [], denied: 404 },
  { name: "decide the other ward's proposal", method: "POST", path: () => `/proposals/${ids.otherProposal}/decide`, form: () => ({ decisionNumber: "1/QĐ", decisionDate: "30/12/2024", decidingBody: "x" }), allowed: [], denied: 404 },
  { name: "home", method: "GET", path: () => "/", allowed: everyone, denied: 403 },
  { name: "nominations", method: "GET", path: () => "/nominations", allowed: nominationViewers, denied: 403 },
  { name: "fairness view", method: "GET", path: () => `/fairness?unit=${ids.ward}&year=2024`, allowed: fairnessViewers, denied: 403 },
  { name: "fairness view of the other ward", method: "GET", path: () => `/fairness?unit=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "new nomination form", method: "GET", path: () => `/nominations/new?unit=${ids.ward}`, allowed: nominators, denied: 403 },
  {
    name: "put a resident forward", method: "POST", path: () => "/nominations/new",
    form: () => ({ unitId: String(ids.ward), nominee: `person:${ids.person}`, formCode: "LDTT", year: "2024", commendationKind: "cong_trang", decisionDate: "20/12/2024" }),
    allowed: nominators, denied: 403,
  },
  { name: "a nomination of the ward", method: "GET", path: () => `/nominations/${ids.nomination}`, allowed: nominationViewers, denied: 404 },
  { name: "a nomination of the other ward", method: "GET", path: () => `/nominations/${ids.otherNomination}`, allowed: [], denied: 404 },
  { name: "accept the other ward's nomination", method: "POST", path: () => `/nominations/${ids.otherNomination}/accept`, allowed: [], denied: 404 },
  { name: "draw up a document of the other ward's nomination", method: "POST", path: () => `/nominations/${ids.otherNomination}/generate`, form: () => ({ itemCode: "to_trinh" }), allowed: [], denied: 404 },
  { name: "disclosures", method: "GET", path: () => "/disclosures", allowed: disclosers, denied: 403 },
  { name: "publish a list form", method: "GET", path: () => `/disclosures/new?unit=${ids.ward}`, allowed: disclosers, denied: 403 },
  { name: "a list of the ward", method: "GET", path: () => `/disclosures/${ids.disclosure}`, allowed: disclosers, denied: 404 },
  { name: "moderate a comment of the ward", method: "POST", path: () => `/disclosures/${ids.disclosure}/comments/${ids.comment}`, form: () => ({ action: "publish" }), allowed: disclosers, denied: 404 },
  { name: "a list of the other ward", method: "GET", path: () => `/disclosures/${ids.otherDisclosure}`, allowed: [], denied: 404 },
  { name: "moderate the other ward's comment", method: "POST", path: () => `/disclosures/${ids.otherDisclosure}/comments/${ids.otherComment}`, form: () => ({ action: "reject" }), allowed: [], denied: 404 },
  { name: "units list", method: "GET", path: () => "/units", allowed: everyone, denied: 403 },
  { name: "own ward", method: "GET", path: () => `/units/${ids.ward}`, allowed: everyone, denied: 403 },
  { name: "own sub-unit", method: "GET", path: () => `/units/${ids.group}`, allowed: everyone, denied: 403 },
  { name: "other ward", method: "GET", path: () => `/units/${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "other ward's sub-unit", method: "GET", path: () => `/units/${ids.otherGroup}`, allowed: [], denied: 404 },
  { name: "new sub-unit form", method: "GET", path: () => `/units/${ids.ward}/new`, allowed: ["admin"], denied: 403 },
  { name: "add sub-unit", method: "POST", path: () => `/units/${ids.ward}/new`, form: () => ({ kind: "residential_group", name: `Tổ ${Math.random()}` }), allowed: ["admin"], denied: 403 },
  { name: "add sub-unit to other ward", method: "POST", path: () => `/units/${ids.otherWard}/new`, form: () => ({ kind: "residential_group", name: "Tổ lạ" }), allowed: [], denied: 404 },
  { name: "accounts list", method: "GET", path: () => "/users", allowed: ["admin", "chairman"], denied: 404 },
  { name: "invite form", method: "GET", path: () => "/users/invite", allowed: ["admin", "chairman"], denied: 404 },
  { name: "invite", method: "POST", path: () => "/users/invite", form: () => ({ fullName: "Lê Văn Mới", email: `moi${Math.random()}@test.vn`, unitId: String(ids.ward), role: "reporter" }), allowed: ["admin", "chairman"], denied: 403 },
  { name: "invite into other ward", method: "POST", path: () => "/users/invite", form: () => ({ fullName: "Lê Văn Lạ", email: "la@test.vn", unitId: String(ids.otherWard), role: "reporter" }), allowed: [], denied: 404 },
  { name: "an account of the ward", method: "GET", path: () => `/users/${ids.adminUser}`, allowed: ["admin", "chairman"], denied: 404 },
  { name: "an account of the other ward", method: "GET", path: () => `/users/${ids.otherUser}`, allowed: [], denied: 404 },
  { name: "revoke other ward's role", method: "POST", path: () => `/users/${ids.otherUser}/roles/${ids.otherAssignment}/revoke`, allowed: [], denied: 404 },
  { name: "audit log", method: "GET", path: () => "/audit", allowed: ["admin"], denied: 403 },
  { name: "my account", method: "GET", path: () => "/account", allowed: everyone, denied: 403 },
  { name: "award registry", method: "GET", path: () => "/awards", allowed: everyone, denied: 403 },
  { name: "record an award form", method: "GET", path: () => "/awards/new", allowed: ["admin", "council_secretary"], denied: 403 },
  {
    name: "record an award",
    method: "POST",
    path: () => "/awards/new",
    form: () => ({ recipientKind: "unit", recipientId: String(ids.group), formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường", decisionNumber: `${Math.floor(Math.random() * 1e6)}/QĐ-UBND`, decisionDate: "2025-01-10" }),
    allowed: ["admin", "council_secretary"],
    denied: 403,
  },
  { name: "award import page", method: "GET", path: () => "/awards/import", allowed: ["admin", "council_secretary"], denied: 403 },
  { name: "award import template", method: "GET", path: () => "/awards/import/template", allowed: ["admin", "council_secretary"], denied: 403 },
  { name: "a unit's awards", method: "GET", path: () => `/units/${ids.group}/awards`, allowed: everyone, denied: 403 },
  { name: "other ward's awards", method: "GET", path: () => `/units/${ids.otherWard}/awards`, allowed: [], denied: 404 },
  { name: "a person's page", method: "GET", path: () => `/people/${ids.person}`, allowed: everyone, denied: 403 },
  { name: "assessment form", method: "GET", path: () => `/people/${ids.person}/facts/assessment`, allowed: factKeepers, denied: 403 },
  { name: "record a hold", method: "POST", path: () => `/people/${ids.person}/facts/hold`, form: () => ({ reason: "complaint", startsOn: "01/01/2024" }), allowed: factKeepers, denied: 403 },
  // The hold recorded by the case above (the administrator runs first).
  { name: "remove a fact", method: "GET", path: () => `/people/${ids.person}/facts/remove?kind=hold&fact=1`, allowed: factKeepers, denied: 403 },
  { name: "assessment import", method: "GET", path: () => "/eligibility/assessments/import", allowed: factKeepers, denied: 403 },
  { name: "assessment template", method: "GET", path: () => "/eligibility/assessments/template.xlsx", allowed: factKeepers, denied: 403 },
  { name: "other ward's person's facts", method: "GET", path: () => `/people/${ids.otherPerson}/facts/discipline`, allowed: [], denied: 404 },
  { name: "record a fact for other ward's person", method: "POST", path: () => `/people/${ids.otherPerson}/facts/initiative`, form: () => ({ title: "Lạ", scope: "unit", recognisedOn: "01/01/2024" }), allowed: [], denied: 404 },
  { name: "link other ward's account", method: "POST", path: () => `/users/${ids.otherUser}/person`, form: () => ({ personId: String(ids.otherPerson) }), allowed: [], denied: 404 },
  { name: "legal catalogue", method: "GET", path: () => "/catalogue?on=01/07/2025", allowed: everyone, denied: 403 },
  { name: "legal catalogue of a sub-unit", method: "GET", path: () => `/catalogue?unit=${ids.group}`, allowed: everyone, denied: 403 },
  { name: "legal catalogue of the other ward", method: "GET", path: () => `/catalogue?unit=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "a catalogue entry's history", method: "GET", path: () => `/catalogue/entries/authority/TTLDTT?unit=${ids.ward}`, allowed: everyone, denied: 403 },
  { name: "the other ward's catalogue entry history", method: "GET", path: () => `/catalogue/entries/quorum/quorum?unit=${ids.otherWard}`, allowed: [], denied: 404 },
  { name: "new catalogue version form", method: "GET", path: () => `/catalogue/new?kind=quorum&unit=${ids.ward}`, allowed: ["admin", "chairman"], denied: 403 },
  { name: "add the ward's own quorum", method: "POST", path: () => `/catalogue/new?kind=quorum&unit=${ids.ward}`, form: () => quorumForm(ids.ward), allowed: ["admin", "chairman"], denied: 403 },
  { name: "add the other ward's quorum", method: "POST", path: () => `/catalogue/new?kind=quorum&unit=${ids.otherWard}`, form: () => quorumForm(ids.otherWard), allowed: [], denied: 404 },
];

/** A ward's own council quorum, each from a later day than the last (a layer's versions follow one another). */
let quorumDay = 0;
function quorumForm(unitId: number): Record<string, string> {
  quorumDay += 1;
  const day = new Date(Date.UTC(2030, 0, quorumDay)).toISOString().slice(0, 10);
  return { scope: "unit", unitId: String(unitId), code: "quorum", "value.numerator": "3", "value.denominator": "4", validFrom: day, citation: "Quy chế hội đồng" };
}

async function call(who: Who, c: Case) {
  const client = clients.get(who)!;
  if (c.method === "GET") return client.get(c.path());
  await client.get("/account"); // a page with a form, for its CSRF token
  return client.post(c.path(), c.form?.() ?? {});
}

describe.each([...ROLES] as Role[])("as %s", (role) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const res = await call(role, c);
    if (c.allowed.includes(role)) {
      expect(res.status, `${c.method} ${c.path()}`).toBeLessThan(400);
    } else {
      expect(res.status, `${c.method} ${c.path()}`).toBe(c.denied);
      expect(res.text).not.toContain("Phường Ba Ngòi");
      expect(res.text).not.toContain("Tổ dân phố Bí Mật");
      expect(res.text).not.toContain("Người Phường Khác");
    }
  });
});

describe("not signed in", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s sends to the sign-in page", async (_name, c) => {
    const client = t.client();
    const res = c.method === "GET" ? await client.get(c.path()) : (await client.get("/sign-in"), await client.post(c.path(), c.form?.() ?? {}));
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/sign-in/);
  });
});

describe("the public verification of certificates", () => {
  it.each(["anonymous", ...ROLES] as Who[])("answers %s with no sign-in needed", async (who) => {
    const client = who === "anonymous" ? t.client() : clients.get(who)!;
    expect((await client.get("/verify")).status).toBe(200);
    const page = await client.get(`/verify/${ids.code}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Còn hiệu lực");
    expect((await t.app.request(`/api/v1/certificates/verify/${ids.code}`, { headers: { "x-forwarded-for": "192.0.2.99" } })).status).toBe(200);
  });
});

describe("the JSON API", () => {
  const api = (role: Role, method: string, path: string, body?: unknown) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens.get(role)}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  const apiCases: { name: string; method: string; path: () => string; body?: () => unknown; allowed: readonly Role[]; denied: 403 | 404 }[] = [
    { name: "a decision's certificates", method: "GET", path: () => `/decisions/${ids.decision}/certificates`, allowed: printers, denied: 403 },
    { name: "a decision's certificates as PDF", method: "GET", path: () => `/decisions/${ids.decision}/certificates?format=pdf`, allowed: printers, denied: 403 },
    { name: "an award's certificate", method: "GET", path: () => `/awards/${ids.decidedAward}/certificate`, allowed: printers, denied: 403 },
    { name: "a decision's ceremony", method: "GET", path: () => `/decisions/${ids.decision}/ceremony?format=name-cards`, allowed: printers, denied: 403 },
    { name: "the other ward's certificates", method: "GET", path: () => `/decisions/${ids.otherDecision}/certificates`, allowed: [], denied: 404 },
    { name: "the other ward's ceremony", method: "GET", path: () => `/decisions/${ids.otherDecision}/ceremony`, allowed: [], denied: 404 },
    { name: "verify a certificate (public)", method: "GET", path: () => `/certificates/verify/${ids.code}`, allowed: everyone, denied: 403 },
    { name: "awards", method: "GET", path: () => "/awards", allowed: everyone, denied: 403 },
    { name: "a unit's awards", method: "GET", path: () => `/units/${ids.group}/awards`, allowed: everyone, denied: 403 },
    { name: "other ward's awards", method: "GET", path: () => `/units/${ids.otherWard}/awards`, allowed: [], denied: 404 },
    {
      name: "record an award",
      method: "POST",
      path: () => "/awards",
      body: () => ({ recipientKind: "unit", recipientId: ids.group, formCode: "GK_XA", decidingBody: "Chủ tịch UBND phường", decisionNumber: `${Math.floor(Math.random() * 1e6)}/QĐ`, decisionDate: "2025-01-10" }),
      allowed: ["admin", "council_secretary"],
      denied: 403,
    },
    { name: "nominations", method: "GET", path: () => "/nominations", allowed: nominationViewers, denied: 403 },
    { name: "fairness", method: "GET", path: () => `/fairness?unit=${ids.ward}&year=2024`, allowed: fairnessViewers, denied: 403 },
    { name: "disclosures", method: "GET", path: () => "/disclosures", allowed: disclosers, denied: 403 },
    { name: "a list of the ward", method: "GET", path: () => `/disclosures/${ids.disclosure}`, allowed: disclosers, denied: 404 },
    { name: "a list of the other ward", method: "GET", path: () => `/disclosures/${ids.otherDisclosure}`, allowed: [], denied: 404 },
    { name: "moderate a comment of the ward", method: "POST", path: () => `/disclosures/${ids.disclosure}/comments/${ids.comment}`, body: () => ({ action: "publish" }), allowed: disclosers, denied: 404 },
    { name: "moderate the other ward's comment", method: "POST", path: () => `/disclosures/${ids.otherDisclosure}/comments/${ids.otherComment}`, body: () => ({ action: "reject" }), allowed: [], denied: 404 },
    { name: "publish a list", method: "POST", path: () => "/disclosures", body: () => ({ unitId: ids.ward, startsOn: todayInVietnam(), nominationIds: [ids.accepted] }), allowed: disclosers, denied: 403 },
    { name: "publish the other ward's list", method: "POST", path: () => "/disclosures", body: () => ({ unitId: ids.otherWard, startsOn: todayInVietnam(), nominationIds: [ids.otherNomination] }), allowed: [], denied: 404 },
    { name: "a nomination of the ward", method: "GET", path: () => `/nominations/${ids.nomination}`, allowed: nominationViewers, denied: 404 },
    { name: "a nomination of the other ward", method: "GET", path: () => `/nominations/${ids.otherNomination}`, allowed: [], denied: 404 },
    {
      name: "check a resident's eligibility", method: "POST", path: () => "/eligibility/check",
      body: () => ({ nomineeKind: "person", nomineeId: ids.person, formCode: "LDTT", year: 2024, decisionDate: "2024-12-20" }), allowed: factViewers, denied: 403,
    },
    { name: "check the other ward's resident", method: "POST", path: () => "/eligibility/check", body: () => ({ nomineeKind: "person", nomineeId: ids.otherPerson, formCode: "LDTT", year: 2024 }), allowed: [], denied: 404 },
    { name: "proposals", method: "GET", path: () => "/proposals", allowed: proposalViewers, denied: 403 },
    { name: "the other ward's proposal", method: "GET", path: () => `/proposals/${ids.otherProposal}`, allowed: [], denied: 404 },
    { name: "return the other ward's proposal", method: "POST", path: () => `/proposals/${ids.otherProposal}/return`, body: () => ({ reason: "Thiếu hồ sơ" }), allowed: [], denied: 404 },
    { name: "draft a proposal in the other ward", method: "POST", path: () => "/proposals", body: () => ({ unitId: ids.otherWard, nominationIds: [ids.otherNomination] }), allowed: [], denied: 404 },
    { name: "me", method: "GET", path: () => "/me", allowed: everyone, denied: 403 },
    { name: "decisions", method: "GET", path: () => "/decisions", allowed: everyone, denied: 403 },
    { name: "a decision of the ward", method: "GET", path: () => `/decisions/${ids.decision}`, allowed: everyone, denied: 404 },
    { name: "the ward's payment list", method: "GET", path: () => `/decisions/${ids.decision}/payment-list`, allowed: decisionDrafters, denied: 403 },
    { name: "the other ward's decision", method: "GET", path: () => `/decisions/${ids.otherDecision}`, allowed: [], denied: 404 },
    { name: "the other ward's payment list", method: "GET", path: () => `/decisions/${ids.otherDecision}/payment-list`, allowed: [], denied: 404 },
    { name: "draft a decision in the other ward", method: "POST", path: () => "/decisions", body: () => ({ unitId: ids.otherWard, nominationIds: [ids.otherNomination] }), allowed: [], denied: 404 },
    { name: "edit the other ward's decision", method: "POST", path: () => `/decisions/${ids.otherDecision}/texts`, body: () => ({ summary: "x", bases: "x", executors: "x" }), allowed: [], denied: 404 },
    { name: "take a line out of the other ward's decision", method: "POST", path: () => `/decisions/${ids.otherDecision}/lines/${ids.otherNomination}/remove`, body: () => ({}), allowed: [], denied: 404 },
    { name: "revoke the other ward's award", method: "POST", path: () => "/revocations", body: () => ({ unitId: ids.otherWard, awardIds: [ids.otherAward], grounds: "x" }), allowed: [], denied: 404 },
    { name: "record the other ward's recovery", method: "POST", path: () => `/revocations/${ids.otherRevocation}/recovery`, body: () => ({ moneyRecovered: 360000 }), allowed: [], denied: 404 },
    { name: "the council's members", method: "GET", path: () => `/councils/${ids.ward}/members?on=2024-01-01`, allowed: councilViewers, denied: 403 },
    { name: "council sessions", method: "GET", path: () => "/council-sessions", allowed: councilViewers, denied: 403 },
    { name: "the bonus calculator", method: "GET", path: () => "/bonus?form=giay%20khen%20xa&on=2026-09-15", allowed: everyone, denied: 403 },
    { name: "a council session of the ward", method: "GET", path: () => `/council-sessions/${ids.session}`, allowed: councilViewers, denied: 404 },
    { name: "the other ward's council session", method: "GET", path: () => `/council-sessions/${ids.otherSession}`, allowed: [], denied: 404 },
    { name: "the other ward's minutes", method: "GET", path: () => `/council-sessions/${ids.otherSession}/minutes/count?format=pdf`, allowed: [], denied: 404 },
    { name: "call a council session", method: "POST", path: () => "/council-sessions", body: () => ({ unitId: ids.ward, title: "Phiên họp API", meetsOn: "2024-12-20", meetsAt: "14:00" }), allowed: sessionPreparers, denied: 404 },
    { name: "cast a ballot in the other ward", method: "POST", path: () => `/council-sessions/${ids.otherSession}/ballots`, body: () => ({ token: "abcdefghijklmnopqrst", choices: { [ids.otherItem]: "agree" } }), allowed: [], denied: 404 },
    { name: "enter the other ward's paper counts", method: "POST", path: () => `/council-sessions/${ids.otherSession}/paper-counts`, body: () => ({ itemId: ids.otherItem, agree: 1, disagree: 0 }), allowed: [], denied: 404 },
    { name: "close the other ward's vote", method: "POST", path: () => `/council-sessions/${ids.otherSession}/voting/close`, body: () => ({}), allowed: [], denied: 404 },
    { name: "the other ward's council", method: "GET", path: () => `/councils/${ids.otherWard}/members`, allowed: [], denied: 404 },
    { name: "appoint a council member", method: "POST", path: () => `/councils/${ids.ward}/members`, body: () => { const f = appointForm(); return { userId: ids.councilUser, post: "member", validFrom: f.validFrom, validTo: f.validTo }; }, allowed: councilManagers, denied: 403 },
    { name: "end the other ward's member's term", method: "POST", path: () => `/council-members/${ids.otherMember}/end`, body: () => ({ validTo: "2024-01-01", reason: "x" }), allowed: [], denied: 404 },
    { name: "a person's relatives", method: "GET", path: () => `/people/${ids.person}/relatives`, allowed: factViewers.filter((r) => r !== "vice_chairman"), denied: 403 },
    { name: "the other ward's person's relatives", method: "GET", path: () => `/people/${ids.otherPerson}/relatives`, allowed: [], denied: 404 },
    { name: "propose relations in the other ward", method: "POST", path: () => "/relatives/proposals", body: () => ({ unitId: ids.otherWard }), allowed: [], denied: 404 },
    { name: "reject the other ward's relation", method: "POST", path: () => `/relatives/${ids.otherRelation}/decide`, body: () => ({ decision: "reject" }), allowed: [], denied: 404 },
    { name: "units", method: "GET", path: () => "/units", allowed: everyone, denied: 403 },
    { name: "own sub-unit", method: "GET", path: () => `/units/${ids.group}`, allowed: everyone, denied: 403 },
    { name: "other ward's sub-unit", method: "GET", path: () => `/units/${ids.otherGroup}`, allowed: [], denied: 404 },
    { name: "add to other ward", method: "POST", path: () => `/units/${ids.otherWard}/children`, body: () => ({ kind: "agency", name: "Lạ" }), allowed: [], denied: 404 },
    { name: "an account of the ward", method: "GET", path: () => `/users/${ids.adminUser}`, allowed: ["admin", "chairman"], denied: 404 },
    { name: "an account of the other ward", method: "GET", path: () => `/users/${ids.otherUser}`, allowed: [], denied: 404 },
    { name: "invite", method: "POST", path: () => "/invitations", body: () => ({ fullName: "Võ Văn Mời", email: `api${Math.random()}@test.vn`, unitId: ids.ward, role: "reporter" }), allowed: ["admin", "chairman"], denied: 403 },
    { name: "invite into other ward", method: "POST", path: () => "/invitations", body: () => ({ fullName: "Võ Văn Lạ", email: "api-la@test.vn", unitId: ids.otherWard, role: "reporter" }), allowed: [], denied: 404 },
    { name: "audit", method: "GET", path: () => "/audit", allowed: ["admin"], denied: 403 },
    { name: "a person's assessments", method: "GET", path: () => `/people/${ids.person}/assessments`, allowed: factViewers, denied: 403 },
    { name: "a person's disciplines", method: "GET", path: () => `/people/${ids.person}/disciplines`, allowed: factViewers, denied: 403 },
    { name: "a person's holds", method: "GET", path: () => `/people/${ids.person}/holds`, allowed: factViewers, denied: 403 },
    { name: "a person's initiatives", method: "GET", path: () => `/people/${ids.person}/initiatives`, allowed: factViewers, denied: 403 },
    { name: "a person's facts history", method: "GET", path: () => `/people/${ids.person}/facts/history`, allowed: factViewers, denied: 403 },
    { name: "record an initiative", method: "POST", path: () => `/people/${ids.person}/initiatives`, body: () => ({ title: `Sáng kiến ${Math.random()}`, scope: "unit", recognisedOn: "2024-01-01" }), allowed: factKeepers, denied: 403 },
    { name: "set a rating", method: "POST", path: () => `/people/${ids.person}/assessments`, body: () => ({ year: 2024, rating: "good" }), allowed: factKeepers, denied: 403 },
    { name: "other ward's person's holds", method: "GET", path: () => `/people/${ids.otherPerson}/holds`, allowed: [], denied: 404 },
    { name: "record a discipline for other ward's person", method: "POST", path: () => `/people/${ids.otherPerson}/disciplines`, body: () => ({ form: "warning", decidedOn: "2024-01-01" }), allowed: [], denied: 404 },
    { name: "link other ward's account", method: "POST", path: () => `/users/${ids.otherUser}/person`, body: () => ({ personId: null }), allowed: [], denied: 404 },
    { name: "legal catalogue", method: "GET", path: () => `/catalogue?on=2025-07-01&unit=${ids.group}`, allowed: everyone, denied: 403 },
    { name: "legal catalogue of the other ward", method: "GET", path: () => `/catalogue?unit=${ids.otherWard}`, allowed: [], denied: 404 },
    { name: "a catalogue entry's history", method: "GET", path: () => "/catalogue/entries/authority/TTLDTT", allowed: everyone, denied: 403 },
    { name: "add the ward's own quorum", method: "POST", path: () => "/catalogue/entries", body: () => ({ ...quorumForm(ids.ward), kind: "quorum", value: { numerator: 3, denominator: 4 } }), allowed: ["admin", "chairman"], denied: 403 },
    { name: "add the other ward's quorum", method: "POST", path: () => "/catalogue/entries", body: () => ({ ...quorumForm(ids.otherWard), kind: "quorum", value: { numerator: 3, denominator: 4 } }), allowed: [], denied: 404 },
    { name: "change the national base salary", method: "POST", path: () => "/catalogue/entries", body: () => ({ scope: "national", kind: "base_salary", code: "base_salary", value: { amount: 3_000_000 }, validFrom: `${2040 + quorumDay++}-01-01`, citation: "Nghị định thử" }), allowed: ["admin"], denied: 403 },
  ];

  describe.each([...ROLES] as Role[])("as %s", (role) => {
    it.each(apiCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      const res = await api(role, c.method, c.path(), c.body?.());
      const text = await res.text();
      if (c.allowed.includes(role)) expect(res.status, text).toBeLessThan(300);
      else {
        expect(res.status, text).toBe(c.denied);
        expect(text).not.toContain("Ba Ngòi");
        expect(text).not.toContain("Người Phường Khác");
      }
    });
  });

  it.each([...ROLES])("hides another ward's unit from %s with a 404", async (role) => {
    const res = await api(role, "GET", `/units/${ids.otherWard}`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain("Ba Ngòi");
  });

  it.each([...ROLES])("lets %s read their own ward", async (role) => {
    const res = await api(role, "GET", `/units/${ids.ward}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { unit: { name: string } };
    expect(body.unit.name).toBe("Phường Cam Phú");
  });

  it.each([...ROLES])("allows adding a sub-unit only to an administrator (%s)", async (role) => {
    const res = await api(role, "POST", `/units/${ids.ward}/children`, { kind: "agency", name: `Cơ quan ${role}` });
    expect(res.status).toBe(role === "admin" ? 201 : 403);
  });

  it.each([...ROLES])("lists only the ward's units to %s", async (role) => {
    const res = await api(role, "GET", "/units");
    const body = (await res.json()) as { units: { name: string }[] };
    expect(body.units.map((u) => u.name)).toContain("Phường Cam Phú");
    expect(body.units.map((u) => u.name)).not.toContain("Phường Ba Ngòi");
  });

  it("lets only an administrator revoke a role, and never the other ward's", async () => {
    expect((await api("chairman", "DELETE", `/role-assignments/${ids.chairmanAssignment}`)).status).toBe(403);
    expect((await api("admin", "DELETE", `/role-assignments/${ids.otherAssignment}`)).status).toBe(404);
    expect((await api("admin", "DELETE", `/role-assignments/${ids.chairmanAssignment}`)).status).toBe(204);
  });

  it("answers 401 without a valid token", async () => {
    const res = await t.app.request("/api/v1/units", { headers: { authorization: "Bearer tdpat_khong-hop-le" } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("Cần đăng nhập");
  });
});
