// A restart during the secret ballot loses no acknowledged ballot, and a retried request counts
// once (issue #14). The real app runs in a child process; nine members send their ballots over
// the API at once (six one ballot per request, three their whole sheet in one), and the app is
// killed with SIGKILL in the middle of the burst. Restarted on the same database (and the same
// audit key, under which the session's ballot key is sealed), every request that got no answer
// is sent again with the same token — it counts now, or answers "repeated" with its receipts if
// it had been written before the kill — and a few answered ones are sent again too. Closed, each
// item counts each member's ballot exactly once, as sent, and every receipt handed out is
// published. Runs on PGlite (a data folder the killed process leaves to recover) and PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { apiTokens, ballotVoters, councilItems } from "../../src/db/schema";
import { newApiToken } from "../../src/features/accounts/api-tokens";
import { createSession } from "../../src/features/council/create-session";
import { inviteMembers } from "../../src/features/council/invite-members";
import { openVoting } from "../../src/features/council/open-voting";
import { recordAttendance } from "../../src/features/council/record-attendance";
import { addAgendaItems } from "../../src/features/council/set-agenda";
import { openRuntime } from "../../src/server";
import { createApp } from "../../src/web/app";
import { makeCouncil } from "../support/council";
import { freePort } from "../support/pg-cluster";
import { startServerProcess, type ServerProcess } from "../support/processes";
import { freshPgDatabase, onPostgres, TEST_AUDIT_KEY, type TestApp } from "../support/test-app";
import { WebClient } from "../support/web-client";

const MEMBERS = 9;
const ITEMS = 6;
/** Members who send their whole sheet in one request; the others send one request per ballot. */
const SHEETS = new Set([6, 7, 8]);
/** The app is killed when this many requests have been answered. */
const KILL_AFTER = 12;

type Choice = "agree" | "disagree";
const choiceOf = (m: number, i: number): Choice => ((m + 2 * i) % 3 === 0 ? "disagree" : "agree");

interface Sent {
  member: number;
  apiToken: string;
  /** The request's one-time token: the same on every retry. */
  token: string;
  choices: Record<string, Choice>;
  /** The answer, once one came (200 with its receipts). */
  answer?: { receipts: Record<string, string>; repeated: boolean };
  /** Any other outcome: a status, or the network error of a killed server. */
  failure?: string;
}

async function send(base: string, sessionId: number, r: Sent): Promise<{ status: number; body: { receipts: Record<string, string>; repeated: boolean } }> {
  const res = await fetch(`${base}/api/v1/council-sessions/${sessionId}/ballots`, {
    method: "POST",
    headers: { authorization: `Bearer ${r.apiToken}`, "content-type": "application/json" },
    body: JSON.stringify({ token: r.token, choices: r.choices }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, body: await res.json() };
}

/** Sends the request whole, then drops the connection: the server counts it, its answer is lost on the way. */
function sendAndHangUp(base: string, sessionId: number, r: Sent): Promise<void> {
  const body = JSON.stringify({ token: r.token, choices: r.choices });
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/v1/council-sessions/${sessionId}/ballots`, {
      method: "POST",
      headers: { authorization: `Bearer ${r.apiToken}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    req.on("error", () => {}); // the socket we destroy
    req.on("finish", () => {
      req.destroy();
      resolve();
    });
    req.on("response", () => reject(new Error("an answer came before the hang-up")));
    req.end(body);
  });
}

describe("a restart during the secret ballot", () => {
  it("counts every acknowledged ballot exactly once when the app is killed mid-burst, restarted and the requests retried", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-council-crash-"));
    const databaseUrl = onPostgres() ? await freshPgDatabase() : undefined;
    // The same audit key for this process and both runs of the app: the ballot key is sealed under it.
    const env: Record<string, string> = { DATA_DIR: dataDir, BASE_URL: "http://thidua.test", LOG_LEVEL: "error", AUDIT_KEY: TEST_AUDIT_KEY, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };

    // The council and its session, voting, prepared with the app closed (PGlite is one process at a time).
    const runtime = await openRuntime(loadConfig(env));
    let sessionId: number;
    let itemIds: number[];
    const apiTokenOf: string[] = [];
    let chairToken: string;
    try {
      const app = createApp(runtime.deps);
      const t: TestApp = { config: runtime.deps.config, deps: runtime.deps, runtime, mailbox: undefined, app, client: () => new WebClient(app), close: () => runtime.close() };
      const db = runtime.deps.database.db;
      const c = await makeCouncil(t, MEMBERS);
      const nominationIds: number[] = [];
      for (let i = 0; i < ITEMS; i++) nominationIds.push(await c.accepted(await c.person(`Ứng Viên Số ${i + 1}`), `Ứng Viên Số ${i + 1}`));
      const s = await createSession(c.secretary.actor, { unitId: c.ward.id, title: "Phiên họp xét khen thưởng", meetsOn: "2024-12-10", meetsAt: "08:00", place: "Hội trường" }, db);
      sessionId = s.id;
      await addAgendaItems(c.secretary.actor, sessionId, { nominationIds }, db);
      await inviteMembers(c.secretary.actor, sessionId, db, { baseUrl: "http://thidua.test" });
      await recordAttendance(c.secretary.actor, sessionId, { attendance: Object.fromEntries(c.seats.map((m) => [m.memberId, "present"])) }, db);
      await openVoting(c.seats.find((m) => m.post === "chair")!.actor, sessionId, db);
      itemIds = (await db.select({ id: councilItems.id }).from(councilItems).where(eq(councilItems.sessionId, sessionId)).orderBy(councilItems.id)).map((i) => i.id);
      for (const seat of c.seats) {
        const { token, tokenHash } = newApiToken();
        await db.insert(apiTokens).values({ userId: seat.userId, name: "Điện thoại", tokenHash });
        apiTokenOf.push(token);
      }
      chairToken = apiTokenOf[c.seats.findIndex((m) => m.post === "chair")]!;
    } finally {
      await runtime.close();
    }

    // Each member's requests, in the order they send them.
    let n = 0;
    const requestToken = (m: number) => `crash-${m}-${(++n).toString().padStart(4, "0")}-${Math.random().toString(36).slice(2, 10)}`;
    const plans: Sent[][] = Array.from({ length: MEMBERS }, (_, m) =>
      SHEETS.has(m)
        ? [{ member: m, apiToken: apiTokenOf[m]!, token: requestToken(m), choices: Object.fromEntries(itemIds.map((id, i) => [String(id), choiceOf(m, i)])) }]
        : itemIds.map((id, i) => ({ member: m, apiToken: apiTokenOf[m]!, token: requestToken(m), choices: { [String(id)]: choiceOf(m, i) } })),
    );
    const all = plans.flat();

    const port = String(await freePort());
    let app: ServerProcess | undefined;
    try {
      app = await startServerProcess({ ...env, PORT: port });
      const first = app;
      const session = (base: string) => fetch(`${base}/api/v1/council-sessions/${sessionId}`, { headers: { authorization: `Bearer ${chairToken}` } }).then((r) => r.json());
      // Member 0's first ballot goes in but its answer never arrives (the connection drops).
      const lost = plans[0]!.shift()!;
      await sendAndHangUp(first.url, sessionId, lost);
      lost.failure = "answer lost";
      for (let waited = 0; (await session(first.url)).items.find((i: { id: number }) => i.id === itemIds[0]).votedCount !== 1; waited += 50) {
        if (waited > 10_000) throw new Error("the ballot whose answer was lost was never counted");
        await new Promise((r) => setTimeout(r, 50));
      }
      let answered = 0;
      // The burst: every member at once, each sending their requests one after the other.
      await Promise.all(
        plans.map(async (requests) => {
          for (const r of requests) {
            try {
              const res = await send(first.url, sessionId, r);
              if (res.status === 200) {
                r.answer = res.body;
                if (++answered === KILL_AFTER) first.child.kill("SIGKILL");
              } else r.failure = `HTTP ${res.status}: ${JSON.stringify(res.body)}`;
            } catch (err) {
              r.failure = String((err as Error).cause ?? err);
            }
          }
        }),
      );
      await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once("exit", resolve)));
      expect(first.child.signalCode).toBe("SIGKILL");
      expect(lost.answer).toBeUndefined();
      const acknowledged = all.filter((r) => r.answer);
      const unanswered = all.filter((r) => !r.answer);
      // Killed in the middle: some answered, some not; nothing refused for a reason of its own.
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(unanswered.length).toBeGreaterThan(0);
      expect(unanswered.filter((r) => r.failure?.startsWith("HTTP"))).toEqual([]);
      expect(acknowledged.every((r) => !r.answer!.repeated && Object.keys(r.answer!.receipts).length === Object.keys(r.choices).length)).toBe(true);

      // Restarted on the same database: the unanswered requests are sent again with the same token.
      app = await startServerProcess({ ...env, PORT: port });
      let countedNow = 0;
      let writtenBeforeKill = 0;
      for (const r of unanswered) {
        const res = await send(app.url, sessionId, r);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(Object.keys(res.body.receipts).sort()).toEqual(Object.keys(r.choices).sort());
        if (res.body.repeated) writtenBeforeKill++;
        else countedNow++;
        r.answer = res.body;
      }
      expect(countedNow + writtenBeforeKill).toBe(unanswered.length);
      // At least the ballot whose answer was lost was written before: it answers "repeated".
      expect(writtenBeforeKill).toBeGreaterThanOrEqual(1);
      expect(lost.answer!.repeated).toBe(true);
      // Answered ones sent again: "repeated", the same receipts, nothing counted twice.
      const again = [acknowledged[0]!, acknowledged[Math.floor(acknowledged.length / 2)]!, acknowledged.at(-1)!];
      for (const r of again) {
        const res = await send(app.url, sessionId, r);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ receipts: r.answer!.receipts, repeated: true });
      }
      // Another ballot with a fresh token from a member who has voted is refused.
      const twice = await send(app.url, sessionId, { ...again[0]!, token: requestToken(again[0]!.member) });
      expect(twice.status).toBe(422);

      // Every member has voted on every item, once: "9/9" while voting.
      const during = await session(app.url);
      expect(during.items.map((i: { votedCount: number }) => i.votedCount)).toEqual(itemIds.map(() => MEMBERS));

      const close = await fetch(`${app.url}/api/v1/council-sessions/${sessionId}/voting/close`, { method: "POST", headers: { authorization: `Bearer ${chairToken}`, "content-type": "application/json" }, body: "{}" });
      expect(close.status, await close.clone().text()).toBe(200);
      const after = await session(app.url);
      expect(after.session.status).toBe("closed");
      for (const [i, id] of itemIds.entries()) {
        const item = after.items.find((x: { id: number }) => x.id === id);
        const sent = all.filter((r) => r.choices[String(id)]);
        // One ballot per member on each item, counted as each member chose.
        expect(new Set(sent.map((r) => r.member)).size).toBe(MEMBERS);
        const agree = Array.from({ length: MEMBERS }, (_, m) => choiceOf(m, i)).filter((ch) => ch === "agree").length;
        expect({ agree: item.result.agree, disagree: item.result.disagree }).toEqual({ agree, disagree: MEMBERS - agree });
        expect(item.result.agree + item.result.disagree).toBeLessThanOrEqual(MEMBERS);
        // Every receipt handed out (before the kill or on a retry) is published, and nothing else.
        const handed = sent.map((r) => r.answer!.receipts[String(id)]).sort();
        expect(item.receipts.map((x: { code: string }) => x.code).sort()).toEqual(handed);
      }
      await app.stop();
      app = undefined;

      // In the database: one "has voted" row per member and item, none with its receipt left.
      const check = await openRuntime(loadConfig(env));
      try {
        const rows = await check.deps.database.db
          .select({ itemId: ballotVoters.itemId, n: sql<number>`count(*)::int`, sealed: sql<number>`count(receipt_sealed)::int` })
          .from(ballotVoters)
          .where(inArray(ballotVoters.itemId, itemIds))
          .groupBy(ballotVoters.itemId);
        expect(rows.map((r) => [r.n, r.sealed])).toEqual(itemIds.map(() => [MEMBERS, 0]));
      } finally {
        await check.close();
      }
      console.log(`council crash: ${all.length} requests, ${acknowledged.length} answered before SIGKILL, ${writtenBeforeKill} written but unanswered (retried: repeated), ${countedNow} counted on retry`);
    } finally {
      if (app && app.child.exitCode === null && app.child.signalCode === null) await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
