// Loads a ready ward to explore: Phường Cam Phú (thành phố Cam Ranh, tỉnh Khánh Hòa) as it
// was in 2024, when the seed plan was issued — the old three-level tree, its residential
// groups and organisations, a few hundred invented residents in households, the officials
// with their positions, and one account per role for the people who run the plan.
// One transaction, one audit entry; refused when the ward is already there.
import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { selectRows, type Database, type Tx } from "../../db/client";
import { collectives, households, memberships, nationalAdministrators, people, roleAssignments, unitSuccessions, units, users } from "../../db/schema";
import { ROLES, type Role } from "../../domain/access/roles";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer } from "../../domain/documents/issuing-body";
import { birthColumns, personKeys } from "../../domain/registry/person";
import { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { hashPassword } from "../../platform/passwords";
import { insertUnit, nameKeys } from "../units/insert-unit";
import { loadDemoCommendation } from "./load-demo-commendation";
import { loadDemoCouncil } from "./load-demo-council";
import { loadDemoCouncilSession, type DemoCouncilSession } from "./load-demo-council-session";
import { forgetOldVersions } from "../council/close-voting";
import { loadDemoMovement } from "./load-demo-movement";
import { loadDemoPlan } from "./load-demo-plan";
import { loadDemoProposal, type DemoProposal } from "./load-demo-proposal";
import { loadDemoDecision, type DemoDecision } from "./load-demo-decision";
import { findOfficialCommune } from "../units/official-list";
import { buildDemoPopulation, DEMO_CODES, RESIDENTIAL_GROUPS, WARD_BODIES, WARD_ENDED_ON, groupCode, groupKey, type UnitKey } from "./demo-population";

export const DEMO_WARD_NAME = "Phường Cam Phú";
const PROVINCE = { name: "Tỉnh Khánh Hòa", code: "56" };
const CITY_NAME = "Thành phố Cam Ranh";
const HOME_AFFAIRS_NAME = "Phòng Nội vụ thành phố Cam Ranh";
/** Phường Cam Ranh in the official list of 1 July 2025. */
const SUCCESSOR_CODE = "22420";
const SUCCESSION_DATE = "2025-07-01";
/** Serialises two loads started at once (the guard alone would let both through). */
const DEMO_LOCK = 7_272_025;

export interface DemoAccountSummary {
  role: Role;
  fullName: string;
  email: string;
  /** Shown once: the only copy outside the (hashed) users table. */
  password: string;
  unit: string;
  /** The unit's code, for `--unit` on the command line. */
  unitCode: string;
}

export interface DemoSummary {
  wardId: number;
  /** Units created (an existing Tỉnh Khánh Hòa, imported from the official list, is reused and not counted). */
  units: number;
  people: number;
  households: number;
  memberships: number;
  collectives: number;
  /** The seed plan of 21/3/2024, issued. */
  seedPlan: { id: number; numberSymbol: string; citation: string };
  /** The movement launched from it, with the organisations registered. */
  seedMovement: { id: number };
  /** Awards in the registry since 2021, and the movement's nominations. */
  awards: number;
  nominations: number;
  /** The council's session of 18/12/2024: its items and how many passed. */
  councilSession: DemoCouncilSession;
  /** The tờ trình of 20/12/2024 to the city for the passed items beyond the ward, received by the city's reviewer. */
  proposal: DemoProposal | null;
  /** The Chairman's award decision of 20/12/2024 on the items the ward decides. */
  decision: DemoDecision | null;
  accounts: DemoAccountSummary[];
}

export class DemoAlreadyLoaded extends Error {}

async function refuseIfLoaded(db: Database["db"] | Tx, emails: string[]): Promise<void> {
  const [ward] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.name, DEMO_WARD_NAME), eq(units.kind, "ward")))
    .limit(1);
  if (ward) {
    throw new DemoAlreadyLoaded(
      `Đã có đơn vị "${DEMO_WARD_NAME}" (mã số ${ward.id}) nên không nạp dữ liệu mẫu lần nữa. / "${DEMO_WARD_NAME}" already exists (unit ${ward.id}); the demo is not loaded again.`,
    );
  }
  const taken = await db
    .select({ email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  if (taken.length) {
    const list = taken.map((u) => u.email).join(", ");
    throw new DemoAlreadyLoaded(`Các tài khoản mẫu đã tồn tại: ${list}. / Demo accounts already exist: ${list}.`);
  }
}

/** Ids for `n` new rows of a serial table, so that related rows can be inserted many per statement. */
async function reserveIds(tx: Tx, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await selectRows<{ id: number }>(
    tx,
    sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${n}::int)`,
  );
  return rows.map((r) => Number(r.id));
}

/** Multi-row inserts, in chunks that stay well below PostgreSQL's 65,535 parameters. */
async function insertInChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** A strong password that is still easy to copy: 18 random bytes as 24 URL-safe characters. */
const newPassword = () => randomBytes(18).toString("base64url");

export async function loadDemo(database: Database, opts: { residents?: number; seed?: number; baseUrl?: string } = {}): Promise<DemoSummary> {
  const residents = opts.residents ?? 300;
  const seed = opts.seed ?? 2024;
  const plan = buildDemoPopulation({ residents, seed });
  const emails = plan.accounts.map((a) => a.email.toLowerCase());

  // Fail fast before the hashing; checked again under the lock inside the transaction.
  await refuseIfLoaded(database.db, emails);
  const passwords = plan.accounts.map(() => newPassword());
  // argon2 runs on the libuv pool: hashing in parallel takes a few hashes' time, not fifteen.
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));

  const summary = await database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`);
    await refuseIfLoaded(tx, emails);
    let created = 0;
    // Every unit of the demo has a code, so that `--unit CODE` reaches it from the command line.
    const codeFree = async (code: string) => (await tx.select({ id: units.id }).from(units).where(eq(units.code, code)).limit(1)).length === 0;
    const insert = async (parent: { id: number; path: string } | null, name: string, kind: string, code: string) => {
      if (!(await codeFree(code))) {
        throw new DemoAlreadyLoaded(`Mã đơn vị ${code} đã được dùng nên không nạp dữ liệu mẫu. / The unit code ${code} is already in use; the demo is not loaded.`);
      }
      created++;
      return insertUnit(tx, { parent, name: name.normalize("NFC"), kind, code });
    };
    const child = async (parent: { id: number; path: string }, name: string, kind: string, code: string) => {
      const [found] = await tx
        .select()
        .from(units)
        .where(and(eq(units.parentId, parent.id), eq(units.name, name), eq(units.kind, kind)))
        .limit(1);
      if (!found) return { unit: await insert(parent, name, kind, code), created: true };
      if (!found.code && (await codeFree(code))) await tx.update(units).set({ code }).where(eq(units.id, found.id));
      return { unit: found, created: false };
    };

    // The province is shared with the official list (units.code is unique): reuse it when present.
    const [existingProvince] = await tx.select().from(units).where(eq(units.code, PROVINCE.code)).limit(1);
    const province = existingProvince ?? (await insert(null, PROVINCE.name, "province", PROVINCE.code));
    // The district level (the city of Cam Ranh, its departments) was abolished on 1 July 2025:
    // the city is a provincial city that ended on 30 June 2025, the ward's level above until then.
    const city = await child(province, CITY_NAME, "provincial_city", DEMO_CODES.city);
    const homeAffairs = await child(city.unit, HOME_AFFAIRS_NAME, "agency", DEMO_CODES.home_affairs);
    // The ward's official code before 2025 is not in our sources: it takes a local one rather than a guess.
    const ward = await insert(city.unit, DEMO_WARD_NAME, "ward", DEMO_CODES.ward);
    const ended = [ward.id, ...(city.created ? [city.unit.id] : []), ...(homeAffairs.created ? [homeAffairs.unit.id] : [])];
    await tx.update(units).set({ validTo: WARD_ENDED_ON }).where(inArray(units.id, ended));

    const unitIds = new Map<UnitKey, number>([
      ["ward", ward.id],
      ["city", city.unit.id],
      ["home_affairs", homeAffairs.unit.id],
    ]);
    for (const [g, name] of RESIDENTIAL_GROUPS.entries()) unitIds.set(groupKey(g), (await insert(ward, name, "residential_group", groupCode(g))).id);
    for (const body of WARD_BODIES) unitIds.set(body.key, (await insert(ward, body.name, body.kind, body.code)).id);
    const unitId = (key: UnitKey) => unitIds.get(key)!;

    const householdIds = await reserveIds(tx, "households", plan.households.length);
    const householdRows = plan.households.map((h, i) => ({ id: householdIds[i]!, unitId: unitId(groupKey(h.group)), address: h.address }));
    await insertInChunks(householdRows, 2000, (chunk) => tx.insert(households).values(chunk));
    const personIds = await reserveIds(tx, "people", plan.people.length);
    const personRows = plan.people.map((p, i) => {
      const household = p.household === null ? null : plan.households[p.household]!;
      return {
        id: personIds[i]!,
        fullName: p.fullName,
        ...personKeys(p.fullName),
        gender: p.gender,
        ...birthColumns(p.birthDate),
        ethnicity: p.ethnicity,
        frontline: p.frontline,
        phone: p.phone,
        email: p.email,
        address: household?.address ?? null,
        unitId: unitId(p.unit),
        householdId: p.household === null ? null : householdIds[p.household]!,
        householdRole: p.householdRole,
      };
    });
    await insertInChunks(personRows, 1000, (chunk) => tx.insert(people).values(chunk));
    await insertInChunks(plan.memberships, 2000, (chunk) =>
      tx.insert(memberships).values(
        chunk.map((m) => ({ personId: personIds[m.person]!, unitId: unitId(m.unit), position: m.position, validFrom: m.validFrom, validTo: m.validTo })),
      ),
    );
    await tx.insert(collectives).values(
      plan.collectives.map((c) => ({ name: c.name, ...nameKeys(c.name), kind: c.kind, unitId: unitId(c.unit), memberCount: c.memberCount })),
    );

    const userRows = await tx
      .insert(users)
      // Each account is linked to the resident it is ("my own nomination", later recusal).
      .values(plan.accounts.map((a, i) => ({ email: a.email, fullName: a.fullName, passwordHash: hashes[i]!, lang: "vi", personId: a.person === null ? null : personIds[a.person]! })))
      .returning({ id: users.id, email: users.email });
    const userIds = new Map(userRows.map((u) => [u.email, u.id]));
    await tx.insert(roleAssignments).values(plan.accounts.map((a) => ({ userId: userIds.get(a.email)!, unitId: unitId(a.unit), role: a.role })));

    const accountOf = (role: string, unit?: UnitKey) => userIds.get(plan.accounts.find((a) => a.role === role && (!unit || a.unit === unit))!.email)!;
    // On a fresh installation the demo's administrator is also its national administrator (the calendar).
    if ((await tx.select().from(nationalAdministrators).limit(1)).length === 0) {
      await tx.insert(nationalAdministrators).values({ userId: accountOf("admin"), grantedBy: "demo" });
    }
    const groupName = (key: UnitKey) => RESIDENTIAL_GROUPS[Number(key.slice("group:".length))]!;
    const seedPlan = await loadDemoPlan(tx, { ward: ward.id, homeAffairs: homeAffairs.unit.id, writer: accountOf("council_secretary"), chairman: accountOf("chairman") }, opts.baseUrl ?? "http://localhost:3000");
    const planCitation = citeDocument({ kind: seedPlan.typeCode, numberSymbol: seedPlan.numberSymbol, issuedOn: seedPlan.issuedOn, issuer: citedIssuer({ name: ward.name, kind: "ward" }) });
    const seedMovement = await loadDemoMovement(tx, {
      ward: ward.id,
      planId: seedPlan.id,
      planCitation,
      writer: accountOf("council_secretary"),
      organisations: plan.accounts.filter((a) => a.role === "organisation").map((a) => ({ unitId: unitId(a.unit), userId: userIds.get(a.email)! })),
      groups: RESIDENTIAL_GROUPS.map((_, g) => unitId(groupKey(g))),
      reporters: plan.accounts.filter((a) => a.role === "reporter").map((a) => ({ unitId: unitId(a.unit), userId: userIds.get(a.email)!, groupName: groupName(a.unit) })),
      front: { unitId: unitId("front"), userId: accountOf("organisation", "front") },
    });

    // The award history since 2021, the facts eligibility reads, and the movement's nominations.
    const holder = (unit: UnitKey, position: string) => {
      // The holder at the end of 2024 (ward posts end with the ward, on 30/6/2025).
      const m = plan.memberships.find((x) => x.unit === unit && x.position === position && (x.validFrom ?? "") <= "2024-12-31" && (x.validTo === null || x.validTo >= "2024-12-31"));
      if (!m) throw new Error(`demo: nobody holds ${position}`);
      return personIds[m.person]!;
    };
    const staffPositions = ["Công chức Văn phòng – Thống kê", "Công chức Văn hóa – Xã hội", "Công chức Tài chính – Kế toán", "Chỉ huy trưởng Ban Chỉ huy Quân sự phường", "Công chức Địa chính – Xây dựng"];
    const womenMember = plan.memberships.find((m) => m.unit === "women" && m.position === "Hội viên" && plan.people[m.person]!.household !== null)!;
    const [club] = await tx.select({ id: collectives.id }).from(collectives).where(eq(collectives.name, "Câu lạc bộ Phụ nữ khởi nghiệp phường Cam Phú"));
    const commendation = await loadDemoCommendation(tx, {
      movementId: seedMovement.id,
      ward: ward.id,
      groups: RESIDENTIAL_GROUPS.map((_, g) => unitId(groupKey(g))),
      bodies: Object.fromEntries(WARD_BODIES.map((b) => [b.key, unitId(b.key)])),
      secretary: accountOf("council_secretary"),
      officials: Object.fromEntries(WARD_BODIES.filter((b) => plan.accounts.some((a) => a.role === "organisation" && a.unit === b.key)).map((b) => [b.key, accountOf("organisation", b.key)])),
      people: {
        chairman: holder("ward", "Chủ tịch UBND phường"),
        viceChairman: holder("ward", "Phó Chủ tịch UBND phường"),
        staff: staffPositions.map((position) => holder("ward", position)),
        landOfficer: holder("ward", "Công chức Địa chính – Xây dựng"),
        frontChair: holder("front", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
        womenChair: holder("women", "Chủ tịch Hội LHPN phường"),
        youthMember: personIds[plan.memberships.find((m) => m.unit === "youth" && m.position === "Đoàn viên")!.person]!,
        womenMemberHousehold: householdIds[plan.people[womenMember.person]!.household!]!,
      },
      collective: club!.id,
    });

    // The ward's council of the 2021–2026 term, and the relatives households propose.
    await loadDemoCouncil(tx, plan.council, { ward: ward.id, chairman: accountOf("chairman"), secretary: accountOf("council_secretary"), userIds, personIds });
    // The council's session of 18/12/2024 on the movement's nominations, voted and counted.
    const councilSession = await loadDemoCouncilSession(tx, { ward: ward.id, secretary: accountOf("council_secretary"), baseUrl: opts.baseUrl ?? "http://localhost:3000" });
    // The items passed that the city or the province decides go up in one tờ trình, received by the city.
    const proposal = await loadDemoProposal(tx, { ward: ward.id, secretary: accountOf("council_secretary"), chairman: accountOf("chairman"), reviewer: accountOf("superior_reviewer"), baseUrl: opts.baseUrl ?? "http://localhost:3000" });
    // The items the ward decides itself: the Chairman's decision of 20/12/2024, its bonuses under Decree 98.
    const decision = await loadDemoDecision(tx, { ward: ward.id, secretary: accountOf("council_secretary"), chairman: accountOf("chairman"), baseUrl: opts.baseUrl ?? "http://localhost:3000" });

    // On 1 July 2025 Cam Phú became part of the new Phường Cam Ranh (code 22420 in the
    // official list shipped with the product, created here from it when not imported yet).
    // Which old wards exactly make up the new one is not confirmed in our sources (a draft of
    // April 2025 grouped Cam Phú with Cam Lộc and Cam Phúc Nam), so only Cam Phú is linked.
    const [existingSuccessor] = await tx.select({ id: units.id }).from(units).where(eq(units.code, SUCCESSOR_CODE)).limit(1);
    const official = findOfficialCommune(SUCCESSOR_CODE)!;
    let successor = existingSuccessor;
    if (!successor) {
      successor = await insert(province, official.name, official.kind, official.code);
      await tx.update(units).set({ validFrom: SUCCESSION_DATE }).where(eq(units.id, successor.id));
    }
    await tx.insert(unitSuccessions).values({ successorId: successor.id, predecessorId: ward.id, effectiveOn: SUCCESSION_DATE }).onConflictDoNothing();

    const accountUnits = await tx.select({ id: units.id, name: units.name, code: units.code }).from(units).where(inArray(units.id, [...new Set(plan.accounts.map((a) => unitId(a.unit)))]));
    const unitOf = new Map(accountUnits.map((u) => [u.id, u]));
    const accounts = plan.accounts
      .map((a, i) => {
        const unit = unitOf.get(unitId(a.unit));
        return { role: a.role, fullName: a.fullName, email: a.email, password: passwords[i]!, unit: unit?.name ?? "", unitCode: unit?.code ?? "" };
      })
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));

    const summary = {
      wardId: ward.id,
      units: created,
      people: plan.people.length,
      households: plan.households.length,
      memberships: plan.memberships.length,
      collectives: plan.collectives.length,
      seedPlan: { id: seedPlan.id, numberSymbol: seedPlan.numberSymbol!, citation: planCitation },
      seedMovement: { id: seedMovement.id },
      awards: commendation.awards,
      nominations: commendation.nominations,
      councilSession,
      proposal,
      decision,
    };
    await audit(tx, Actor.system("demo"), {
      action: "demo.loaded",
      entityType: "unit",
      entityId: ward.id,
      unit: ward,
      after: {
        ...summary,
        residents,
        seed,
        provinceReused: !!existingProvince,
        successorId: successor.id,
        // Who may sign in, never how: the passwords are returned to the caller only.
        accounts: accounts.map((a) => ({ role: a.role, email: a.email, unit: a.unit })),
      },
    });
    return { ...summary, accounts };
  });
  // The demo's vote closed inside the transaction: clear the old row versions now it is committed.
  await forgetOldVersions(database.db);
  return summary;
}
