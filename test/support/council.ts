// A ward's council for tests: members with accounts linked to people and posts for a term, a
// standing member who prepares sessions, and accepted nominations ready for an agenda.
import { eq } from "drizzle-orm";
import { councilMembers, nominations, people, users } from "../../src/db/schema";
import type { Role } from "../../src/domain/access/roles";
import type { CouncilPost } from "../../src/domain/council/posts";
import { personKeys } from "../../src/domain/registry/person";
import { insertUnit } from "../../src/features/units/insert-unit";
import { loadActor, type Actor } from "../../src/platform/actor";
import { personWithRole } from "./seed";
import type { TestApp } from "./test-app";
import type { WebClient } from "./web-client";

export interface Seat {
  memberId: number;
  userId: number;
  personId: number;
  name: string;
  post: CouncilPost;
  actor: Actor;
  client: WebClient;
}

export interface TestCouncil {
  ward: { id: number; path: string; name: string };
  front: { id: number; path: string; name: string };
  group: { id: number; path: string; name: string };
  seats: Seat[];
  /** The standing member's official account (council_secretary role), who prepares sessions. */
  secretary: { actor: Actor; client: WebClient; userId: number };
  person: (fullName: string, unitId?: number, householdId?: number | null) => Promise<number>;
  /** An accepted nomination screened by the ward. */
  accepted: (personId: number, nomineeName: string, formCode?: string, unitId?: number) => Promise<number>;
}

const NAMES = ["Đỗ Xuân Chiến", "Lê Thị Hoa", "Phạm Văn Nam", "Trần Thị Lan", "Nguyễn Văn Hải", "Võ Minh Tâm", "Huỳnh Thị Mai", "Bùi Quang Vinh", "Đặng Thị Thu", "Phan Văn Lực", "Ngô Thị Yến", "Hồ Văn Sơn", "Dương Thị Hạnh", "Lý Văn Phúc", "Mai Thị Nga"];

export async function makeCouncil(t: TestApp, size = 9, opts: { wardName?: string; from?: string } = {}): Promise<TestCouncil> {
  const db = t.deps.database.db;
  const ward = await db.transaction((tx) => insertUnit(tx, { parent: null, name: opts.wardName ?? `Phường Thử ${Math.random().toString(36).slice(2, 7)}`, kind: "ward" }));
  const front = await db.transaction((tx) => insertUnit(tx, { parent: ward, name: `Ủy ban MTTQ ${ward.name}`, kind: "front_committee" }));
  const group = await db.transaction((tx) => insertUnit(tx, { parent: ward, name: `Tổ dân phố 1 ${ward.name}`, kind: "residential_group" }));
  const person = async (fullName: string, unitId = group.id, householdId: number | null = null) => {
    const [row] = await db.insert(people).values({ fullName, ...personKeys(fullName), unitId, householdId, gender: "male" }).returning({ id: people.id });
    return row!.id;
  };
  const posts: CouncilPost[] = ["chair", "vice_chair", "standing", "secretary"];
  const roles: Record<CouncilPost, Role> = { chair: "chairman", vice_chair: "vice_chairman", standing: "council_secretary", secretary: "culture_officer", member: "council_member" };
  const seats: Seat[] = [];
  for (let i = 0; i < size; i++) {
    const post = posts[i] ?? "member";
    const name = NAMES[i % NAMES.length]! + (i >= NAMES.length ? ` ${i}` : "");
    const personId = await person(name, ward.id);
    const r = await personWithRole(t, roles[post], ward.id, name);
    await db.update(users).set({ personId }).where(eq(users.id, r.user.id));
    const [m] = await db.insert(councilMembers).values({ unitId: ward.id, userId: r.user.id, personId, post, validFrom: opts.from ?? "2021-08-02" }).returning();
    seats.push({ memberId: m!.id, userId: r.user.id, personId, name, post, actor: (await loadActor(db, r.user.id))!, client: r.client });
  }
  const standing = seats.find((s) => s.post === "standing")!;
  const accepted = async (personId: number, nomineeName: string, formCode = "LDTT", unitId = front.id) => {
    const [row] = await db
      .insert(nominations)
      .values({ unitId, screeningUnitId: ward.id, nomineeKind: "person", personId, nomineeName, formCode, year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: ward.id, decidingTier: "commune" })
      .returning({ id: nominations.id });
    return row!.id;
  };
  return { ward, front, group, seats, secretary: { actor: standing.actor, client: standing.client, userId: standing.userId }, person, accepted };
}
