// PostgreSQL set-up as the README writes it: a role of its own for the app, owning its
// database (`createdb -O thidua thidua`), is all the app needs to migrate, start, back up
// and restore. A start that fails prints the database's own reason (permission denied,
// a missing database or role), not only the statement drizzle was running.
// Runs on the throw-away cluster (TEST_DATABASE=postgres); there is no server with PGlite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config";
import { DatabaseStartError } from "../../src/db/start-error";
import { openRuntime } from "../../src/server";
import { runCli } from "../support/processes";
import { onPostgres, TEST_AUDIT_KEY } from "../support/test-app";

describe.skipIf(!onPostgres())("the app on a PostgreSQL server", () => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const names = { owner: `thidua_${suffix}`, guest: `khach_${suffix}`, db: `thidua_${suffix}`, restored: `khoiphuc_${suffix}`, foreign: `khac_${suffix}` };
  let dir: string;

  /** The cluster's address as another role, to another database. */
  const urlAs = (role: string, database: string) => {
    const url = new URL(inject("pgUrl")!);
    url.username = role;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const env = (databaseUrl: string, folder = "data") => ({ DATA_DIR: path.join(dir, folder), AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "error", DATABASE_URL: databaseUrl });

  async function asSuperuser(...statements: string[]) {
    const client = new pg.Client({ connectionString: inject("pgUrl")! });
    await client.connect();
    try {
      for (const s of statements) await client.query(s);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "thidua-pgsetup-"));
    // As the README: createuser thidua; createdb -O thidua thidua. The guest role can connect
    // to a database it does not own, and has no CREATE right on it.
    await asSuperuser(
      `CREATE ROLE ${names.owner} LOGIN`,
      `CREATE DATABASE ${names.db} OWNER ${names.owner}`,
      `CREATE DATABASE ${names.restored} OWNER ${names.owner}`,
      `CREATE ROLE ${names.guest} LOGIN`,
      `CREATE DATABASE ${names.foreign}`,
    );
  });

  afterAll(async () => {
    await asSuperuser(
      ...[names.db, names.restored, names.foreign].map((d) => `DROP DATABASE IF EXISTS ${d} WITH (FORCE)`),
      `DROP ROLE IF EXISTS ${names.owner}`,
      `DROP ROLE IF EXISTS ${names.guest}`,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it("migrates, backs up and restores as the role that owns the database, without a superuser", async () => {
    const own = env(urlAs(names.owner, names.db));
    const migrated = await runCli(["migrate"], own);
    expect(migrated.stderr).toBe("");
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain("Database is up to date");

    const file = path.join(dir, "sao-luu.jsonl.gz");
    expect((await runCli(["backup", file], own)).code).toBe(0);
    const restored = await runCli(["restore", file], env(urlAs(names.owner, names.restored), "restored"));
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
  }, 120_000);

  it("says why a role without the right to create in the database cannot start", async () => {
    const guest = env(urlAs(names.guest, names.foreign));
    const { code, stderr } = await runCli(["migrate"], guest);
    expect(code).toBe(1);
    expect(stderr).toContain(`permission denied for database ${names.foreign}`);
    expect(stderr).toContain("createdb -O");

    const failed = await openRuntime(loadConfig({ ...guest, PORT: "3000" })).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(DatabaseStartError);
    expect((failed as DatabaseStartError).reason).toBe(`permission denied for database ${names.foreign}`);
    expect((failed as DatabaseStartError).code).toBe("42501");
  }, 60_000);

  it("says that the database does not exist, or the role", async () => {
    const missing = await runCli(["migrate"], env(urlAs(names.owner, `khongco_${suffix}`)));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`database "khongco_${suffix}" does not exist`);
    expect(missing.stderr).toContain("createdb -O thidua thidua");

    const nobody = await runCli(["migrate"], env(urlAs(`khongai_${suffix}`, names.db)));
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain(`role "khongai_${suffix}" does not exist`);
  }, 60_000);
});
