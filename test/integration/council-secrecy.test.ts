// The secret ballot's secrecy, tried as someone who reads everything would: after a session
// whose receipts are published WITH their choices (the weakest setting), every table is read
// with PostgreSQL's own xmin and ctid and every column, and so are the audit log, the server's
// log and a backup; no ballot can be joined to its voter. While the vote is open, what is stored
// holds no choice and no receipt in the clear. Runs on PGlite and on PostgreSQL (where, if the
// pageinspect extension is there, the pages themselves are read for dead row versions too).
import { sql } from "drizzle-orm";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, catalogueEntries, councilItems } from "../../src/db/schema";
import { backupDatabase } from "../../src/features/backup/backup-database";
import { closeVoting } from "../../src/features/council/close-voting";
import { createSession } from "../../src/features/council/create-session";
import { getSession } from "../../src/features/council/get-session";
import { inviteMembers } from "../../src/features/council/invite-members";
import { openVoting } from "../../src/features/council/open-voting";
import { recordAttendance } from "../../src/features/council/record-attendance";
import { addAgendaItems } from "../../src/features/council/set-agenda";
import { makeCouncil, type TestCouncil } from "../support/council";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
const db = () => t.deps.database.db;
let k: TestCouncil;
const logLines: string[] = [];
let dir: string;
let sessionId: number;
let itemIds: number[];
/** What each member chose and the receipts they were given, as only they know it. */
const cast: { member: number; order: number; itemId: number; choice: "agree" | "disagree"; receipt: string }[] = [];

interface Dumped {
  table: string;
  xmin: string;
  ctid: string;
  row: string;
}

async function dumpEverything(): Promise<Dumped[]> {
  const tables = await db().execute<{ table_name: string }>(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
  const out: Dumped[] = [];
  for (const { table_name } of (tables as unknown as { rows: { table_name: string }[] }).rows ?? (tables as unknown as { table_name: string }[])) {
    const rows = await db().execute(sql.raw(`SELECT xmin::text AS xmin, ctid::text AS ctid, row_to_json(t)::text AS row FROM "${table_name}" t`));
    for (const r of ((rows as unknown as { rows: Dumped[] }).rows ?? (rows as unknown as Dumped[]))) out.push({ table: table_name, xmin: r.xmin, ctid: r.ctid, row: r.row });
  }
  return out;
}

const CHOICE_OF = (member: number, item: number) => ((member * 7 + item * 3) % 4 === 0 ? "disagree" : "agree");

beforeAll(async () => {
  t = await startTestApp({ log: { info: (m) => logLines.push(m), error: (m) => logLines.push(m) } });
  dir = mkdtempSync(path.join(tmpdir(), "thidua-secrecy-"));
  k = await makeCouncil(t, 9);
  // The ward publishes receipts with their choices: the setting that gives a reader the most to join.
  await db().insert(catalogueEntries).values({ kind: "council_rule", code: "council", validFrom: "2024-01-01", value: { recuseOwnOrganisation: false, recusedCount: "excluded", writtenOpinions: "count", receipts: "with_choices" }, citation: "Quy chế hoạt động của Hội đồng TĐKT phường", scopeUnitId: k.ward.id });
  const session = await createSession(k.secretary.actor, { unitId: k.ward.id, title: "Phiên họp thử bí mật", meetsOn: "20/12/2024", meetsAt: "14:00" }, db());
  sessionId = session.id;
  const nominations = [];
  for (const name of ["Trần Văn Một", "Lê Thị Hai", "Phạm Văn Ba"]) nominations.push(await k.accepted(await k.person(name), name, "LDTT"));
  await addAgendaItems(k.secretary.actor, sessionId, { nominationIds: nominations }, db());
  await inviteMembers(k.secretary.actor, sessionId, db(), { baseUrl: "http://thidua.test" });
  await recordAttendance(k.secretary.actor, sessionId, { attendance: Object.fromEntries(k.seats.map((s) => [s.memberId, "present"])) }, db());
  await openVoting(k.seats[0]!.actor, sessionId, db());
  itemIds = (await db().select({ id: councilItems.id }).from(councilItems).where(sql`${councilItems.sessionId} = ${sessionId}`).orderBy(councilItems.position)).map((r) => r.id);
}, 60_000);
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a secret ballot", () => {
  let auditBefore: number;

  it("is cast from the plain HTML form by every member, each given a receipt per ballot", async () => {
    auditBefore = (await db().select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
    for (const [member, s] of k.seats.entries()) {
      const sheet = await s.client.get(`/council/sessions/${sessionId}/ballot`);
      expect(sheet.status).toBe(200);
      const token = /name="token" value="([^"]+)"/.exec(sheet.text)![1]!;
      const form: Record<string, string> = { token };
      for (const itemId of itemIds) form[`choice.${itemId}`] = CHOICE_OF(member, itemId);
      const res = await s.client.post(`/council/sessions/${sessionId}/ballot`, form);
      expect(res.status).toBe(200);
      const codes = [...res.text.matchAll(/<code>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<\/code>/g)].map((m) => m[1]!);
      expect(codes).toHaveLength(itemIds.length);
      itemIds.forEach((itemId, i) => cast.push({ member, order: member, itemId, choice: CHOICE_OF(member, itemId), receipt: codes[i]! }));
    }
  });

  it("writes nothing to the audit log while ballots are cast", async () => {
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n).toBe(auditBefore);
  });

  it("keeps, while the vote is open, no choice and no receipt in the clear, and ballots of one length", async () => {
    // What the session's page and API give (the same use case) holds not even the sealed key.
    expect(JSON.stringify(await getSession(k.secretary.actor, sessionId, db()))).not.toMatch(/ballotKey|ballot_key/);
    const rows = await dumpEverything();
    const all = rows.map((r) => r.row).join("\n");
    for (const c of cast) expect(all).not.toContain(c.receipt);
    const box = rows.filter((r) => r.table === "ballot_box");
    expect(box).toHaveLength(cast.length);
    for (const b of box) expect(b.row).not.toMatch(/agree|disagree/);
    expect(new Set(box.map((b) => (JSON.parse(b.row) as { sealed: string }).sealed.length)).size).toBe(1);
    const backup = path.join(dir, "during.jsonl.gz");
    await backupDatabase(t.deps.database, backup);
    const text = gunzipSync(readFileSync(backup)).toString("utf8");
    for (const c of cast) expect(text).not.toContain(c.receipt);
  });

  it("after closing, cannot be joined to its voter by any column, xmin, ctid, the audit log, the logs or a backup", async () => {
    await closeVoting(k.seats[0]!.actor, sessionId, db());
    const rows = await dumpEverything();
    const receipts = rows.filter((r) => r.table === "ballot_receipts");
    const voters = rows.filter((r) => r.table === "ballot_voters");
    expect(receipts).toHaveLength(cast.length);
    expect(voters).toHaveLength(cast.length);
    expect(rows.filter((r) => r.table === "ballot_box")).toEqual([]);
    // Each receipt shows its choice (the ward's setting) and nothing else.
    for (const c of cast) expect(receipts.some((r) => r.row === JSON.stringify({ item_id: c.itemId, code: c.receipt, choice: c.choice }))).toBe(true);
    // PostgreSQL's own columns: one transaction wrote every receipt and every "has voted" row.
    expect(new Set(receipts.map((r) => r.xmin)).size).toBe(1);
    expect(new Set(voters.map((r) => r.xmin))).toEqual(new Set(receipts.map((r) => r.xmin)));
    // Physical order: not the order the ballots were cast in.
    const physical = [...receipts].sort((a, b) => ctidOrder(a.ctid) - ctidOrder(b.ctid)).map((r) => (JSON.parse(r.row) as { code: string }).code);
    const castOrder = [...cast].sort((a, b) => a.itemId - b.itemId || a.order - b.order).map((c) => c.receipt);
    expect(physical).not.toEqual(castOrder);
    expect(physical).not.toEqual([...cast].map((c) => c.receipt));
    const voterOrder = [...voters].sort((a, b) => ctidOrder(a.ctid) - ctidOrder(b.ctid)).map((r) => (JSON.parse(r.row) as { member_id: number }).member_id);
    expect(voterOrder).not.toEqual([...cast].map((c) => k.seats[c.member]!.memberId));
    // No column of any other table holds a receipt; the voters' rows hold nothing but item and member.
    for (const r of rows.filter((x) => x.table !== "ballot_receipts")) for (const c of cast) expect(r.row, r.table).not.toContain(c.receipt);
    for (const v of voters) expect(Object.keys(JSON.parse(v.row) as object).sort()).toEqual(["item_id", "member_id", "receipt_sealed"]);
    for (const v of voters) expect((JSON.parse(v.row) as { receipt_sealed: unknown }).receipt_sealed).toBeNull();
    // No time, sequence or id a ballot could share with its voter.
    const columns = await db().execute<{ table_name: string; column_name: string; data_type: string; column_default: string | null }>(
      sql`SELECT table_name, column_name, data_type, column_default FROM information_schema.columns WHERE table_name IN ('ballot_voters', 'ballot_box', 'ballot_receipts')`,
    );
    const list = (columns as unknown as { rows: { data_type: string; column_default: string | null }[] }).rows ?? (columns as unknown as { data_type: string; column_default: string | null }[]);
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) {
      expect(c.data_type).not.toMatch(/time|date|serial/);
      expect(c.column_default ?? "").not.toMatch(/nextval|now\(\)/);
    }
    // The audit log: the session's steps, never a receipt or a member's choice.
    const audit = rows.filter((r) => r.table === "audit_log").map((r) => r.row).join("\n");
    for (const c of cast) expect(audit).not.toContain(c.receipt);
    expect(audit).not.toMatch(/"choice"/);
    // The server's log.
    const log = logLines.join("\n");
    for (const c of cast) expect(log).not.toContain(c.receipt);
    // A backup holds the receipts only in their own table, in code order, and no sealed receipt.
    const backup = path.join(dir, "after.jsonl.gz");
    await backupDatabase(t.deps.database, backup);
    const lines = gunzipSync(readFileSync(backup)).toString("utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { table?: string; rows?: Record<string, unknown>[] });
    for (const line of lines.filter((l) => l.table && l.table !== "ballot_receipts")) for (const c of cast) expect(JSON.stringify(line.rows)).not.toContain(c.receipt);
    const backedUp = lines.filter((l) => l.table === "ballot_receipts").flatMap((l) => l.rows!.map((r) => `${r.item_id} ${r.code as string}`));
    expect(backedUp).toHaveLength(cast.length);
    expect(backedUp).toEqual([...backedUp].sort((a, b) => Number(a.split(" ")[0]) - Number(b.split(" ")[0]) || (a < b ? -1 : 1)));
    expect(lines.filter((l) => l.table === "ballot_voters").flatMap((l) => l.rows!).every((r) => r.receipt_sealed === null)).toBe(true);
    // The session forgot its key.
    const session = rows.find((r) => r.table === "council_sessions" && (JSON.parse(r.row) as { id: number }).id === sessionId)!;
    expect((JSON.parse(session.row) as { ballot_key: unknown }).ballot_key).toBeNull();
  });

  it("leaves no old row version of the box or the voters in the pages (PostgreSQL with pageinspect)", async () => {
    if (t.deps.database.kind !== "postgres") return;
    try {
      await db().execute(sql`CREATE EXTENSION IF NOT EXISTS pageinspect`);
    } catch {
      return; // the server has no pageinspect: the xmin test above still holds
    }
    for (const table of ["ballot_box", "ballot_voters", "ballot_receipts"]) {
      const pages = await db().execute<{ n: number }>(sql.raw(`SELECT (pg_relation_size('${table}') / current_setting('block_size')::int)::int AS n`));
      const n = ((pages as unknown as { rows: { n: number }[] }).rows ?? (pages as unknown as { n: number }[]))[0]!.n;
      const xmins = new Set<string>();
      for (let p = 0; p < n; p++) {
        const items = await db().execute<{ t_xmin: string | null; t_data: string | null }>(sql.raw(`SELECT t_xmin::text, t_data::text FROM heap_page_items(get_raw_page('${table}', ${p})) WHERE lp_flags = 1`));
        for (const i of (items as unknown as { rows: { t_xmin: string | null }[] }).rows ?? (items as unknown as { t_xmin: string | null }[])) if (i.t_xmin) xmins.add(i.t_xmin);
      }
      expect(xmins.size, table).toBeLessThanOrEqual(1);
    }
  });
});

/** "(page,item)" as one sortable number. */
function ctidOrder(ctid: string): number {
  const [page, item] = ctid.slice(1, -1).split(",").map(Number);
  return page! * 100_000 + item!;
}
