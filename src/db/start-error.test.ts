import { describe, expect, it } from "vitest";
import { DatabaseStartError } from "./start-error";

/** What node-postgres throws: the server's message with its SQLSTATE. */
function pgError(message: string, code: string, extra: Record<string, string> = {}) {
  return Object.assign(new Error(message), { code, severity: "ERROR", ...extra });
}

const where = { databaseUrl: "postgres://thidua:bi-mat@dbhost:5432/thidua", dataDir: "/srv/thidua" };

describe("a database that will not open", () => {
  it("is explained by the database's own reason, not only drizzle's failed statement", () => {
    const wrapped = Object.assign(new Error('Failed query: CREATE SCHEMA IF NOT EXISTS "drizzle"\nparams: ', { cause: pgError("permission denied for database thidua", "42501") }), {
      query: 'CREATE SCHEMA IF NOT EXISTS "drizzle"',
    });
    const err = DatabaseStartError.from(wrapped, where);
    expect(err.reason).toBe("permission denied for database thidua");
    expect(err.code).toBe("42501");
    expect(err.message).toContain("could not open the database (postgres://thidua@dbhost:5432/thidua): permission denied for database thidua [42501]");
    expect(err.message).toContain('statement: CREATE SCHEMA IF NOT EXISTS "drizzle"');
    expect(err.message).toContain("createdb -O thidua thidua");
    expect(err.message).not.toContain("bi-mat");
  });

  it("reads a connection refused on every address of localhost", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const err = DatabaseStartError.from(new AggregateError([refused, refused]), where);
    expect(err.reason).toBe("connect ECONNREFUSED 127.0.0.1:5432");
    expect(err.message).toContain("no PostgreSQL server listens at this address");
  });

  it("passes on the server's detail and hint", () => {
    const err = DatabaseStartError.from(pgError("extension \"pg_trgm\" is not available", "0A000", { detail: "Could not open extension control file.", hint: "Install the contrib package." }), where);
    expect(err.message).toContain("  Could not open extension control file.");
    expect(err.message).toContain("hint: Install the contrib package.");
  });

  it("names the data folder for the embedded database", () => {
    expect(DatabaseStartError.from(new Error("disk full"), { databaseUrl: undefined, dataDir: "/srv/thidua" }).message).toContain("(PGlite, /srv/thidua): disk full");
  });
});
