// The council's secret ballot under load, on PostgreSQL: 100 sessions voting at the same time,
// 15 members each, 20 items each (issue #14's target). Two rounds on the same councils, each on
// 100 sessions of its own:
//
//   sheets   every member's whole ballot sheet (20 ballots) in one castBallots call, the 1,500
//            calls fired at once;
//   ballots  each ballot its own castBallots call (30,000 calls), 200 in flight.
//
// The councils (units, people, accounts, council members, accepted nominations) are written in
// bulk SQL; each session goes through the real use cases: createSession, addAgendaItems,
// inviteMembers, recordAttendance, openVoting. Casting and closing are the real use cases too.
// After each round: casting wrote no audit row, every session is closed (timed) and checked —
// each item's tally equals what was sent, the tallies add up to the ballots cast, the ballot
// box is empty, the receipts published are exactly those handed out, one per ballot.
import { loadavg } from "node:os";
import { eq, inArray, sql } from "drizzle-orm";
import { loadConfig } from "../src/config";
import { openDatabase, type Db } from "../src/db/client";
import { ballotBox, ballotReceipts, ballotVoters, councilItems, councilMembers, nominations, people, roleAssignments, users } from "../src/db/schema";
import type { Choice, Tally } from "../src/domain/council/tally";
import { personKeys } from "../src/domain/registry/person";
import { castBallots } from "../src/features/council/cast-ballots";
import { closeVoting } from "../src/features/council/close-voting";
import { createSession } from "../src/features/council/create-session";
import { inviteMembers } from "../src/features/council/invite-members";
import { openVoting } from "../src/features/council/open-voting";
import { recordAttendance } from "../src/features/council/record-attendance";
import { addAgendaItems } from "../src/features/council/set-agenda";
import { insertUnit } from "../src/features/units/insert-unit";
import { loadActor, type Actor } from "../src/platform/actor";
import { openRuntime } from "../src/server";
import { type Figures, percentile } from "./lib";
import { type PlatformOptions, createDatabase, tempDir } from "./platform";

const SESSIONS = Number(process.env.BENCH_COUNCIL_SESSIONS ?? 100);
const MEMBERS = 15;
const ITEMS = 20;
/** Rounds of voting, each on its own 100 sessions: whole sheets at once, single ballots, sheets at a steady pace. */
const ROUNDS = 3;
/** Calls in flight in the one-ballot-per-call round. */
const IN_FLIGHT = 200;
/** Sheets per second sent in the paced round: 100 sessions whose 15 members vote within 15 s. */
const RATE = Number(process.env.BENCH_COUNCIL_RATE ?? 100);
/** Connections of the casting pool (the server's own pool holds 10). */
const POOL = Number(process.env.BENCH_COUNCIL_POOL ?? 50);
const POSTS = ["chair", "vice_chair", "standing", "secretary"] as const;
const ROLE_OF: Record<string, string> = { chair: "chairman", vice_chair: "vice_chairman", standing: "council_secretary", secretary: "culture_officer", member: "council_member" };

interface Council {
  wardId: number;
  standing: Actor;
  chair: Actor;
  members: { memberId: number; actor: Actor }[];
  /** Accepted nominations, ITEMS for each round. */
  nominationIds: number[];
}

interface Session {
  id: number;
  council: Council;
  itemIds: number[];
}

/** The choice member m sends on item i: a fixed mix, so that the expected tally is known. */
const choiceOf = (m: number, i: number): Choice => ((m * 7 + i * 3) % 5 < 3 ? "agree" : "disagree");

let tokens = 0;
const token = () => `bench-token-${(++tokens).toString(36).padStart(10, "0")}`;

async function pool<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, async () => {
    for (let x = queue.shift(); x !== undefined; x = queue.shift()) await fn(x);
  }));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function countOf(db: Db, query: string): Promise<number> {
  const rows = await db.execute(sql.raw(query));
  return Number((rows as unknown as { rows: { n: string }[] }).rows[0]!.n);
}

/** The councils, written in bulk: one ward each, 15 members with accounts, 3 × 20 accepted nominations. */
async function councils(db: Db): Promise<Council[]> {
  const out: Council[] = [];
  const wards: { id: number; path: string }[] = [];
  for (let w = 0; w < SESSIONS; w++) wards.push(await db.transaction((tx) => insertUnit(tx, { parent: null, name: `Phường Hội Đồng ${w + 1}`, kind: "ward" })));
  const memberPeople = await db
    .insert(people)
    .values(wards.flatMap((ward, w) => Array.from({ length: MEMBERS }, (_, m) => ({ fullName: `Thành Viên ${w}-${m}`, ...personKeys(`Thành Viên ${w}-${m}`), unitId: ward.id, gender: "male" }))))
    .returning({ id: people.id, unitId: people.unitId });
  const accounts = await db
    .insert(users)
    .values(memberPeople.map((p, k) => ({ email: `hoidong${k}@bench.vn`, fullName: `Thành Viên ${k}`, personId: p.id })))
    .returning({ id: users.id });
  const post = (m: number) => POSTS[m] ?? "member";
  await db.insert(roleAssignments).values(accounts.map((u, k) => ({ userId: u.id, unitId: memberPeople[k]!.unitId, role: ROLE_OF[post(k % MEMBERS)]! })));
  const seats = await db
    .insert(councilMembers)
    .values(accounts.map((u, k) => ({ unitId: memberPeople[k]!.unitId, userId: u.id, personId: memberPeople[k]!.id, post: post(k % MEMBERS), validFrom: "2021-08-02" })))
    .returning({ id: councilMembers.id, userId: councilMembers.userId });
  // In chunks: a statement takes at most 65,535 parameters.
  const nominees: { id: number; unitId: number }[] = [];
  const noms: { id: number }[] = [];
  for (const chunk of chunks(wards.map((ward, w) => ({ ward, w })), 20)) {
    const rows = await db
      .insert(people)
      .values(chunk.flatMap(({ ward, w }) => Array.from({ length: ROUNDS * ITEMS }, (_, i) => ({ fullName: `Ứng Viên ${w}-${i}`, ...personKeys(`Ứng Viên ${w}-${i}`), unitId: ward.id, gender: "female" }))))
      .returning({ id: people.id, unitId: people.unitId });
    nominees.push(...rows);
    noms.push(...(await db
      .insert(nominations)
      .values(rows.map((p, k) => ({ unitId: p.unitId, screeningUnitId: p.unitId, nomineeKind: "person", personId: p.id, nomineeName: `Ứng Viên ${nominees.length - rows.length + k}`, formCode: "LDTT", year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: p.unitId, decidingTier: "commune" })))
      .returning({ id: nominations.id })));
  }
  await pool(wards.map((_, w) => w), 10, async (w) => {
    const mine = seats.slice(w * MEMBERS, (w + 1) * MEMBERS);
    const members = [];
    for (const s of mine) members.push({ memberId: s.id, actor: (await loadActor(db, s.userId))! });
    out[w] = { wardId: wards[w]!.id, chair: members[0]!.actor, standing: members[2]!.actor, members, nominationIds: noms.slice(w * ROUNDS * ITEMS, (w + 1) * ROUNDS * ITEMS).map((n) => n.id) };
  });
  await db.execute(sql`ANALYZE`);
  return out;
}

/** A session of each council through the real use cases, up to its vote being open. */
async function openSessions(db: Db, all: Council[], round: number): Promise<{ sessions: Session[]; ms: number }> {
  const started = performance.now();
  const sessions: Session[] = [];
  await pool(all, 10, async (council) => {
    const s = await createSession(council.standing, { unitId: council.wardId, title: `Phiên họp ${round + 1}`, meetsOn: "2024-12-10", meetsAt: "08:00", place: "Hội trường" }, db);
    await addAgendaItems(council.standing, s.id, { nominationIds: council.nominationIds.slice(round * ITEMS, (round + 1) * ITEMS) }, db);
    await inviteMembers(council.standing, s.id, db, { baseUrl: "http://localhost" });
    await recordAttendance(council.standing, s.id, { attendance: Object.fromEntries(council.members.map((m) => [m.memberId, "present"])) }, db);
    await openVoting(council.chair, s.id, db);
    const items = await db.select({ id: councilItems.id }).from(councilItems).where(eq(councilItems.sessionId, s.id)).orderBy(councilItems.id);
    sessions.push({ id: s.id, council, itemIds: items.map((i) => i.id) });
  });
  return { sessions, ms: performance.now() - started };
}

interface Cast {
  /** itemId → receipts handed out. */
  receipts: Map<number, string[]>;
  /** itemId → choices sent. */
  expected: Map<number, { agree: number; disagree: number }>;
  latencies: number[];
  seconds: number;
  ballots: number;
  /** CPU time this (the app's) process spent while casting: the rest went to PostgreSQL and to other work on the machine. */
  appCpuSeconds: number;
}

async function cast(castDb: Db, sessions: Session[], mode: "sheets" | "ballots" | "paced"): Promise<Cast> {
  const receipts = new Map<number, string[]>();
  const expected = new Map<number, { agree: number; disagree: number }>();
  const calls: { actor: Actor; sessionId: number; choices: Record<number, Choice> }[] = [];
  for (const s of sessions) {
    s.council.members.forEach((m, k) => {
      const sheet = Object.fromEntries(s.itemIds.map((id, i) => [id, choiceOf(k, i)])) as Record<number, Choice>;
      for (const [id, choice] of Object.entries(sheet)) {
        const e = expected.get(Number(id)) ?? { agree: 0, disagree: 0 };
        e[choice]++;
        expected.set(Number(id), e);
      }
      if (mode !== "ballots") calls.push({ actor: m.actor, sessionId: s.id, choices: sheet });
      else for (const [id, choice] of Object.entries(sheet)) calls.push({ actor: m.actor, sessionId: s.id, choices: { [Number(id)]: choice } });
    });
  }
  // Members do not queue up session by session: shuffle the calls.
  for (let i = calls.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [calls[i], calls[j]] = [calls[j]!, calls[i]!];
  }
  const latencies: number[] = [];
  let ballots = 0;
  const one = async (c: (typeof calls)[number], due?: number) => {
    const t = due ?? performance.now();
    const out = await castBallots(c.actor, c.sessionId, { token: token(), choices: c.choices }, castDb);
    latencies.push(performance.now() - t);
    if (out.repeated) throw new Error("a first ballot answered as repeated");
    for (const [id, code] of Object.entries(out.receipts)) {
      receipts.set(Number(id), [...(receipts.get(Number(id)) ?? []), code]);
      ballots++;
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (mode === "sheets") await Promise.all(calls.map((c) => one(c)));
  else if (mode === "paced") {
    // Open loop: each sheet leaves at its own time, whatever the others do; its latency counts from then.
    await Promise.all(calls.map((c, i) => new Promise<void>((resolve, reject) => {
      const due = started + (i * 1000) / RATE;
      setTimeout(() => one(c, due).then(resolve, reject), Math.max(0, due - performance.now()));
    })));
  } else await pool(calls, IN_FLIGHT, (c) => one(c));
  const used = process.cpuUsage(cpu);
  return { receipts, expected, latencies, seconds: (performance.now() - started) / 1000, ballots, appCpuSeconds: (used.user + used.system) / 1e6 };
}

/** Closes every session one after the other (timed) and checks nothing was lost or counted twice. */
async function closeAndCheck(db: Db, sessions: Session[], c: Cast): Promise<number[]> {
  const itemIds = sessions.flatMap((s) => s.itemIds);
  const inBox = (await db.select({ n: sql<number>`count(*)::int` }).from(ballotBox).where(inArray(ballotBox.itemId, itemIds)))[0]!.n;
  if (inBox !== c.ballots) throw new Error(`${inBox} ballots in the box, ${c.ballots} cast`);
  const times: number[] = [];
  for (const s of sessions) {
    const t = performance.now();
    const { results } = await closeVoting(s.council.chair, s.id, db);
    times.push(performance.now() - t);
    for (const id of s.itemIds) {
      const r = results[id]!;
      const e = c.expected.get(id)!;
      if (r.agree !== e.agree || r.disagree !== e.disagree) throw new Error(`item ${id}: counted ${r.agree}/${r.disagree}, sent ${e.agree}/${e.disagree}`);
    }
  }
  const stored = await db.select({ id: councilItems.id, result: councilItems.result }).from(councilItems).where(inArray(councilItems.id, itemIds));
  const counted = stored.reduce((n, i) => n + (i.result as Tally).agree + (i.result as Tally).disagree, 0);
  if (counted !== c.ballots) throw new Error(`tallies add up to ${counted}, ${c.ballots} cast`);
  for (const i of stored) {
    const e = c.expected.get(i.id)!;
    const r = i.result as Tally;
    if (r.agree !== e.agree || r.disagree !== e.disagree) throw new Error(`item ${i.id}: stored ${r.agree}/${r.disagree}, sent ${e.agree}/${e.disagree}`);
  }
  const left = (await db.select({ n: sql<number>`count(*)::int` }).from(ballotBox).where(inArray(ballotBox.itemId, itemIds)))[0]!.n;
  if (left !== 0) throw new Error(`${left} ballots left in the box after closing`);
  const published = await db.select({ itemId: ballotReceipts.itemId, code: ballotReceipts.code }).from(ballotReceipts).where(inArray(ballotReceipts.itemId, itemIds));
  if (published.length !== c.ballots) throw new Error(`${published.length} receipts published, ${c.ballots} ballots`);
  const handed = new Set([...c.receipts].flatMap(([id, codes]) => codes.map((code) => `${id}:${code}`)));
  if (handed.size !== c.ballots || published.some((p) => !handed.has(`${p.itemId}:${p.code}`))) throw new Error("the published receipts are not those handed out");
  const voters = await db.select({ n: sql<number>`count(*)::int`, sealed: sql<number>`count(receipt_sealed)::int` }).from(ballotVoters).where(inArray(ballotVoters.itemId, itemIds));
  if (voters[0]!.n !== c.ballots || voters[0]!.sealed !== 0) throw new Error(`${voters[0]!.n} "has voted" rows (${voters[0]!.sealed} with a receipt) for ${c.ballots} ballots`);
  return times;
}

export async function postgres(figures: Figures, opts: PlatformOptions, clusterUrl: string): Promise<void> {
  const url = await createDatabase(clusterUrl, "bench_council");
  const config = loadConfig({ DATA_DIR: tempDir(opts, "council-pg"), DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" });
  const runtime = await openRuntime(config, { info() {}, error: (m) => console.error(`  ${m}`) });
  // Casting runs on its own, larger pool (the audit key is the runtime's: the process holds one).
  const castDatabase = await openDatabase({ dataDir: config.dataDir, databaseUrl: url, poolSize: POOL });
  try {
    const { db } = runtime.deps.database;
    let t = performance.now();
    const all = await councils(db);
    console.log(`  ${SESSIONS} councils of ${MEMBERS} members, ${ROUNDS * ITEMS * SESSIONS} accepted nominations written in bulk in ${Math.round(performance.now() - t)} ms`);
    const closes: number[] = [];
    for (const [round, mode] of (["sheets", "ballots", "paced"] as const).entries()) {
      const { sessions, ms } = await openSessions(db, all, round);
      console.log(`  round ${round + 1} (${mode}): ${sessions.length} sessions created, agenda set, invited, attendance, vote opened (use cases, 10 at a time) in ${Math.round(ms)} ms`);
      const auditBefore = await countOf(db, "SELECT count(*) AS n FROM audit_log");
      const c = await cast(castDatabase.db, sessions, mode);
      const auditAfter = await countOf(db, "SELECT count(*) AS n FROM audit_log");
      if (auditAfter !== auditBefore) throw new Error(`casting wrote ${auditAfter - auditBefore} audit rows`);
      const calls = c.latencies.length;
      const how = mode === "sheets" ? "all at once" : mode === "paced" ? `${RATE} sheets a second` : `${IN_FLIGHT} in flight`;
      console.log(`  ${c.ballots} ballots in ${calls} calls (${how}, pool of ${POOL}) in ${c.seconds.toFixed(1)} s (app process CPU ${c.appCpuSeconds.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}); audit_log rows unchanged (${auditBefore})`);
      const [perSecond, latency] = { sheets: ["council_ballots_per_second", "council_sheet"], ballots: ["council_single_ballots_per_second", "council_ballot"], paced: ["council_paced_ballots_per_second", "council_paced_sheet"] }[mode] as [string, string];
      figures.add(perSecond, c.ballots / c.seconds, "ballots/s", "postgres");
      figures.add(`${latency}_p50_ms`, percentile(c.latencies, 50), "ms", "postgres");
      figures.add(`${latency}_p95_ms`, percentile(c.latencies, 95), "ms", "postgres");
      figures.add(`${latency}_p99_ms`, percentile(c.latencies, 99), "ms", "postgres");
      t = performance.now();
      const times = await closeAndCheck(db, sessions, c);
      closes.push(...times);
      console.log(`  ${sessions.length} sessions closed one after the other in ${Math.round(performance.now() - t)} ms: every item's tally as sent, ${c.ballots} counted once, box empty, ${c.ballots} receipts published`);
    }
    figures.add("council_close_median_ms", percentile(closes, 50), "ms", "postgres");
    figures.add("council_none_lost_or_twice", 1, "yes", "postgres");
  } finally {
    await castDatabase.close();
    await runtime.close();
  }
}
