// An app instance for integration tests, on PGlite (from a migrated image) or on a
// fresh database of the throw-away PostgreSQL cluster (TEST_DATABASE=postgres).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config";
import { openDatabase } from "../../src/db/client";
import { openRuntime, type Runtime } from "../../src/server";
import { createApp } from "../../src/web/app";
import type { AppDeps, Logger } from "../../src/web/context";
import { startMailbox, type Mailbox } from "./smtp";
import { WebClient } from "./web-client";

let image: Promise<Blob> | undefined;

/** One migrated PGlite image per worker; each test app starts from a copy of it. */
function pgliteImage(): Promise<Blob> {
  image ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-img-"));
    const db = await openDatabase({ dataDir: dir, pgliteImage: undefined });
    await db.migrate();
    const blob = await db.image!();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    return blob;
  })();
  return image;
}

export const onPostgres = () => !!inject("pgUrl");

export const TEST_AUDIT_KEY = "khoa-nhat-ky-dung-cho-kiem-thu-0123456789";

/** A new empty database on the test cluster; its URL. */
export async function freshPgDatabase(): Promise<string> {
  const base = inject("pgUrl")!;
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return base.replace(/\/[^/]*$/, `/${name}`);
}

export interface TestApp {
  config: Config;
  deps: AppDeps;
  runtime: Runtime;
  mailbox: Mailbox | undefined;
  app: ReturnType<typeof createApp>;
  client(): WebClient;
  close(): Promise<void>;
}

export async function startTestApp(opts: { mail?: boolean; env?: Record<string, string>; log?: Logger } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-test-"));
  const mailbox = opts.mail ? await startMailbox() : undefined;
  const databaseUrl = onPostgres() ? await freshPgDatabase() : undefined;
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: "3000",
    BASE_URL: "http://thidua.test",
    LOG_LEVEL: "error",
    TRUST_PROXY: "1",
    // One audit key for every app of a test file: use cases sign with the process's key.
    AUDIT_KEY: TEST_AUDIT_KEY,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(mailbox ? { SMTP_URL: mailbox.url } : {}),
    ...opts.env,
  });
  const runtime = await openRuntime(config, opts.log, databaseUrl ? {} : { pgliteImage: await pgliteImage() });
  const app = createApp(runtime.deps);
  return {
    config,
    deps: runtime.deps,
    runtime,
    mailbox,
    app,
    client: () => new WebClient(app),
    async close() {
      await runtime.close();
      await mailbox?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
