// The server under load, in its own process so that the load generator does not share
// its event loop. It starts the app as `thidua serve` does (openRuntime + createApp +
// serve), seeds a ward of ~200 units with its administrator through the real set-up
// page, and starts beside it a bare node:http server on another port that shares the
// same Database object:
//   GET /hello  hello-world, for reference;
//   GET /units  the SQL statements the /units page runs, through the plain driver
//               (database.query), with no framework, ORM, session code or rendering.
// Prints one line "BENCH_READY {json}" with the ports and the session cookie.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { loadConfig } from "../src/config";
import type { Database, Tx } from "../src/db/client";
import { users } from "../src/db/schema";
import { scopesFor, type Assignment } from "../src/domain/access/roles";
import { purgeExpiredSessions, startSession } from "../src/features/accounts/sessions";
import { hasAdministrator, issueSetupLink } from "../src/features/setup/setup-link";
import { insertUnit } from "../src/features/units/insert-unit";
import { UNITS_PAGE_SIZE } from "../src/features/units/list-units";
import { hashToken } from "../src/platform/secrets";
import { idleCollector } from "../src/platform/idle-collect";
import { openRuntime } from "../src/server";
import { createApp } from "../src/web/app";

// --- SQL trace: which statements does one request send to the driver? ----------------

let trace: string[] | null = null;
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

function traceMethod(proto: object, name: string): void {
  let owner: object | null = proto;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner);
  if (!owner) throw new Error(`no method ${name} to trace`);
  const original = (owner as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
  (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    if (trace) {
      const q = args[0] as string | { text: string };
      trace.push(normalise(typeof q === "string" ? q : q.text));
    }
    return original.apply(this, args);
  };
}
traceMethod(PGlite.prototype, "query");
// The server driver only on a server, as the app loads it (src/db/client.ts): on PGlite it would weigh on the memory figures.
if (process.env.DATABASE_URL) traceMethod((await import("pg")).default.Pool.prototype, "query");

async function traced(fn: () => Promise<unknown>): Promise<string[]> {
  trace = [];
  try {
    await fn();
    return trace;
  } finally {
    trace = null;
  }
}

// --- The /units page's statements, written out for the plain driver -----------------
// Kept identical to what Drizzle sends for the page (checked at start: see sqlMatch).

const SESSION_SQL =
  'select "token_hash", "user_id", "created_at", "last_seen_at", "expires_at", "user_agent", "ip" from "sessions" where ("sessions"."token_hash" = $1 and "sessions"."expires_at" > $2)';
const TOUCH_SQL = 'update "sessions" set "last_seen_at" = $1, "expires_at" = $2 where "sessions"."token_hash" = $3';
const USER_SQL =
  'select "id", "email", "full_name", "password_hash", "lang", "disabled_at", "created_at", exists (select 1 from "national_administrators" where "user_id" = "id") from "users" where "users"."id" = $1';
const ROLES_SQL =
  'select "role_assignments"."role", "role_assignments"."unit_id", "units"."path" from "role_assignments" inner join "units" on "units"."id" = "role_assignments"."unit_id" where "role_assignments"."user_id" = $1';
const scopeSql = (n: number) => (n === 1 ? '"units"."path" like $1' : `(${Array.from({ length: n }, (_, i) => `"units"."path" like $${i + 1}`).join(" or ")})`);
// The page's list is a prepared statement with the limit and the offset as parameters.
const LIST_SQL = (n: number) => `select "id", "name", "kind", "code", "path" from "units" where ${scopeSql(n)} order by "units"."path" asc limit $${n + 1} offset $${n + 2}`;
const COUNT_SQL = (n: number) => `select count(*) from "units" where ${scopeSql(n)}`;

const TOUCH_AFTER_MS = 5 * 60 * 1000;
const SESSION_DAYS = 14;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eqAt = part.indexOf("=");
    if (eqAt > 0 && part.slice(0, eqAt).trim() === name) return part.slice(eqAt + 1).trim();
  }
  return undefined;
}

interface SessionRow {
  user_id: number;
  last_seen_at: Date | string;
}

/** The /units page's reads through the plain driver; null when not signed in. */
async function rawUnits(database: Database, cookie: string | undefined, page = 1) {
  const token = cookieValue(cookie, "thidua_session");
  if (!token) return null;
  const tokenHash = hashToken(token);
  const now = new Date();
  const [session] = await database.query<SessionRow>(SESSION_SQL, [tokenHash, now.toISOString()]);
  if (!session) return null;
  if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await database.query(TOUCH_SQL, [now.toISOString(), new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(), tokenHash]);
  }
  const [user] = await database.query<{ id: number; disabled_at: unknown }>(USER_SQL, [session.user_id]);
  if (!user || user.disabled_at) return null;
  const roles = await database.query<{ role: Assignment["role"]; unit_id: number; path: string }>(ROLES_SQL, [user.id]);
  const scopes = scopesFor(
    roles.map((r) => ({ role: r.role, unitId: r.unit_id, unitPath: r.path })),
    "unit.view",
  );
  if (scopes.length === 0) return { units: [], total: 0 };
  const patterns = scopes.map((s) => `${s}%`);
  const offset = (page - 1) * UNITS_PAGE_SIZE;
  const [rows, [total]] = await Promise.all([
    database.query<{ id: number; name: string; kind: string; code: string | null; path: string }>(LIST_SQL(patterns.length), [...patterns, UNITS_PAGE_SIZE, offset]),
    database.query<{ count: number | string }>(COUNT_SQL(patterns.length), patterns),
  ]);
  const depthOf = (path: string) => path.split("/").length - 3;
  const minDepth = Math.min(...rows.map((r) => depthOf(r.path)));
  return { units: rows.map((r) => ({ ...r, depth: depthOf(r.path) - minDepth })), total: Number(total?.count ?? 0) };
}

// --- Seed: a ward with its administrator (through the set-up page) and ~200 units -------

const ADMIN = { email: "quantri@camphu.gov.vn", password: "mat-khau-rat-dai-2024", fullName: "Nguyễn Văn Quản" };

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
  }
}

async function seed(app: ReturnType<typeof createApp>, database: Database, baseUrl: string, unitCount: number): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const { db } = database;
  if (!(await hasAdministrator(db))) {
    const link = await issueSetupLink(db, baseUrl);
    const path = new URL(link!).pathname;
    const form = await app.request(path);
    cookiesOf(form, jar);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
    if (form.status !== 200 || !csrf) throw new Error(`set-up page answered ${form.status}`);
    const done = await app.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
      body: new URLSearchParams({
        _csrf: csrf,
        unitKind: "ward",
        unitName: "Phường Cam Phú",
        fullName: ADMIN.fullName,
        email: ADMIN.email,
        password: ADMIN.password,
        passwordConfirm: ADMIN.password,
      }),
    });
    cookiesOf(done, jar);
    if (done.status !== 303 || !jar.get("thidua_session")) throw new Error(`set-up answered ${done.status}: ${(await done.text()).slice(0, 300)}`);
  } else {
    // Already set up (a second run on the same data): sign the administrator in directly.
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, ADMIN.email));
    jar.set("thidua_session", await startSession(db, admin!.id, { ip: "127.0.0.1" }));
  }
  const [ward] = await database.query<{ id: number; path: string; n: string }>(
    `select u.id, u.path, (select count(*) from units) as n from units u join role_assignments r on r.unit_id = u.id where r.role = 'admin' order by u.id limit 1`,
  );
  // The ward, 40 sub-units under it, and sub-units under those: ~200 in all.
  const kinds = ["residential_group", "school", "agency", "mass_organisation"] as const;
  const labels: Record<(typeof kinds)[number], string> = {
    residential_group: "Tổ dân phố",
    school: "Trường Tiểu học",
    agency: "Cơ quan",
    mass_organisation: "Hội",
  };
  let missing = unitCount - Number(ward!.n);
  if (missing > 0) {
    await db.transaction(async (tx: Tx) => {
      const parents: { id: number; path: string }[] = [];
      for (let i = 0; i < 40 && missing > 0; i++, missing--) {
        const kind = kinds[i % kinds.length]!;
        parents.push(await insertUnit(tx, { parent: ward!, name: `${labels[kind]} số ${i + 1}`, kind }));
      }
      for (let i = 0; missing > 0; i++, missing--) {
        const parent = parents[i % parents.length]!;
        await insertUnit(tx, { parent, name: `Chi hội ${Math.floor(i / parents.length) + 1} – đơn vị ${parent.id}`, kind: "branch" });
      }
    });
  }
  // A browser keeps the CSRF cookie too; without it every page would mint a new one.
  if (!jar.has("thidua_csrf")) cookiesOf(await app.request("/sign-in"), jar);
  return cookieHeader();
}

// --- Start ------------------------------------------------------------------------------

const listen = (server: ReturnType<typeof createServer>) =>
  new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));

async function main() {
  const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" });
  const runtime = await openRuntime(config);
  const { deps } = runtime;
  deps.jobs.start();
  await purgeExpiredSessions(deps.database.db);
  const app = createApp(deps);
  const cookie = await seed(app, deps.database, config.baseUrl, Number(process.env.BENCH_UNITS ?? 200));

  // The statements of one page request and of one raw request must be the same.
  const pageSql = await traced(async () => {
    const res = await app.request("/units", { headers: { cookie } });
    if (res.status !== 200) throw new Error(`/units answered ${res.status}`);
    await res.text();
  });
  const rawSql = await traced(() => rawUnits(deps.database, cookie));
  const sqlMatch = JSON.stringify([...pageSql].sort()) === JSON.stringify([...rawSql].sort());

  // As thidua serve does, the process collects its garbage after a busy spell (of either server).
  const idle = idleCollector();
  const appServer = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: idle.wrap(app.fetch), port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const appPort = (appServer.address() as AddressInfo).port;

  const raw = createServer(idle.wrap((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === "/hello") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("Hello, world!");
      return;
    }
    if (req.url === "/units") {
      rawUnits(deps.database, req.headers.cookie).then(
        (body) => {
          res.writeHead(body ? 200 : 401, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        },
        (err: Error) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(err.message);
        },
      );
      return;
    }
    res.writeHead(404);
    res.end();
  }));
  raw.keepAliveTimeout = 60_000;
  const rawPort = await listen(raw);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    raw.closeAllConnections();
    await new Promise<void>((resolve) => raw.close(() => resolve()));
    await new Promise<void>((resolve) => {
      appServer.close(() => resolve());
      (appServer as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());

  console.log(`BENCH_READY ${JSON.stringify({ appPort, rawPort, cookie, kind: deps.database.kind, pageSql, rawSql, sqlMatch })}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
