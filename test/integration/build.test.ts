// The build (scripts/build.ts) as an installation runs it: made into a copy of the
// package's layout (its own bin/, dist/ and node_modules/.cache with the install-time
// PGlite image; the real src/ and packages linked in), then `node bin/thidua.js` from
// there. The built app must find its migrations, static files, fonts and seed data, load
// the heavy libraries only when first needed, and give way to the sources (through tsx,
// saying so) once they are newer than the build.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, buildIsCurrent, bundle, type BuildResult } from "../../scripts/build";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { installedImage, migrationHashes, openDatabase } from "../../src/db/client";
import { freePort } from "../support/pg-cluster";
import { HttpSession, ROOT, runCli, startServerProcess } from "../support/processes";
import { freshPgDatabase, onPostgres } from "../support/test-app";

/** Libraries that must not load before the app answers (README, Benchmarks). */
const HEAVY = ["pdfmake", "docx", "exceljs", "sharp", "nodemailer", "@node-rs/argon2", "pg"];

let dir: string;
let pkg: string;
let bin: string;
let built: BuildResult;
const env = async (): Promise<Record<string, string>> => ({
  DATA_DIR: mkdtempSync(path.join(dir, "data-")),
  LOG_LEVEL: "error",
  ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}),
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-build-"));
  pkg = path.join(dir, "package");
  mkdirSync(path.join(pkg, "bin"), { recursive: true });
  mkdirSync(path.join(pkg, "node_modules"));
  cpSync(path.join(ROOT, "bin/thidua.js"), path.join(pkg, "bin/thidua.js"));
  for (const file of ["package.json", "package-lock.json"]) cpSync(path.join(ROOT, file), path.join(pkg, file));
  symlinkSync(path.join(ROOT, "src"), path.join(pkg, "src"));
  // Every package linked in, but a .cache of its own: the image made here stays here.
  for (const name of readdirSync(path.join(ROOT, "node_modules"))) {
    if (name !== ".cache") symlinkSync(path.join(ROOT, "node_modules", name), path.join(pkg, "node_modules", name));
  }
  built = await build(path.join(pkg, "dist"));
  bin = path.join(pkg, "bin/thidua.js");
  if (!onPostgres()) {
    // What `npm install` runs after the build: the image of a new, migrated database.
    const script = await bundle("scripts/build-pglite-image.ts", path.join(pkg, "dist/tools"));
    execFileSync(process.execPath, [script], { cwd: pkg, stdio: "pipe" });
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the build", () => {
  it("is one file, up to date, and loads the heavy libraries only when first needed", () => {
    expect(existsSync(built.outFile)).toBe(true);
    expect(buildIsCurrent(path.dirname(built.outFile))).toBe(true);
    expect(built.inputs).toContain("src/cli.ts");
    expect(built.packagesAtStart).toEqual(expect.arrayContaining(["hono", "drizzle-orm", "@electric-sql/pglite"]));
    for (const name of HEAVY) {
      expect(built.packagesAtStart).not.toContain(name);
      expect(built.packagesOnDemand).toContain(name);
    }
  });

  it("runs `thidua --help` from the build, with nothing said about tsx", async () => {
    const { code, stdout, stderr } = await runCli(["--help"], { LOG_LEVEL: "error" }, bin);
    expect(code).toBe(0);
    expect(stdout).toContain("Cách dùng / Usage: npx thidua");
    expect(stderr).toBe("");
  });

  it("serves /healthz, pages, static files and fonts, searches the shipped unit list, and sets up the first administrator", async () => {
    const port = await freePort();
    const server = await startServerProcess({ ...(await env()), PORT: String(port), BASE_URL: `http://127.0.0.1:${port}` }, bin);
    try {
      expect(server.output()).not.toContain("tsx");
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      const browser = new HttpSession(server.url);
      const signIn = await browser.request("/sign-in");
      expect(signIn.status).toBe(200);
      expect(signIn.text).toContain('href="/static/app.css');
      expect((await fetch(`${server.url}/static/app.css`)).status).toBe(200);
      expect((await fetch(`${server.url}/static/app.js`)).status).toBe(200);
      const font = await fetch(`${server.url}/static/fonts/be-vietnam-pro-vietnamese-400-normal.woff2`);
      expect(font.status).toBe(200);
      expect(font.headers.get("content-type")).toBe("font/woff2");

      // The set-up page searches the official list in src/db/seed; creating the account loads argon2.
      expect(server.setupLink).toBeTruthy();
      const search = await browser.request(`${server.setupLink!}?q=${encodeURIComponent("xa nam nen")}`);
      expect(search.status).toBe(200);
      const code = /name="officialCode" value="(\d+)"[^>]*>\s*<label[^>]*>Xã Nậm Nèn/.exec(search.text)?.[1];
      expect(code).toBeTruthy();
      const done = await browser.post(server.setupLink!, {
        q: "xa nam nen",
        officialCode: code!,
        fullName: "Nguyễn Văn Quản",
        email: "quantri@namnen.gov.vn",
        password: "mat-khau-rat-dai-2024",
        passwordConfirm: "mat-khau-rat-dai-2024",
      });
      expect(done.status).toBe(303);
      const home = await browser.request("/");
      expect(home.status).toBe(200);
      expect(home.text).toContain("Xã Nậm Nèn");
    } finally {
      await server.stop();
    }
  });

  it("loads the demo (photos through sharp, the plan issued as .docx and .pdf) and exports the plan", async () => {
    const e = await env();
    const demo = await runCli(["demo"], e, bin);
    expect(demo.stderr).toBe("");
    expect(demo.code).toBe(0);
    for (const [format, magic] of [
      ["pdf", "%PDF"],
      ["docx", "PK"],
    ] as const) {
      const out = path.join(dir, `ke-hoach.${format}`);
      const exported = await runCli(["documents", "export", "01/KH-UBND", "--year", "2024", "--format", format, "--out", out], e, bin);
      expect(exported.stderr).toBe("");
      expect(exported.code).toBe(0);
      expect(readFileSync(out).subarray(0, magic.length).toString("latin1")).toBe(magic);
    }
  }, 120_000);

  it("gives way to the sources through tsx, saying so on one line, once a source is newer than the build", async () => {
    const manifest = path.join(path.dirname(built.outFile), "build.json");
    const fresh = readFileSync(manifest, "utf8");
    try {
      writeFileSync(manifest, JSON.stringify({ ...JSON.parse(fresh), builtAt: 0 }));
      expect(buildIsCurrent(path.dirname(built.outFile))).toBe(false);
      const { code, stdout, stderr } = await runCli(["--help"], { LOG_LEVEL: "error" }, bin);
      expect(code).toBe(0);
      expect(stdout).toContain("Cách dùng / Usage: npx thidua");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toContain("npm run build");
    } finally {
      writeFileSync(manifest, fresh);
    }
  });
});

describe("the install-time PGlite image", () => {
  it.skipIf(onPostgres())("holds the migrations and lists them beside it", () => {
    const cache = path.join(pkg, "node_modules/.cache/thidua");
    const image = readdirSync(cache).find((name) => name.endsWith(".tar.gz"))!;
    const info = JSON.parse(readFileSync(path.join(cache, image.replace(/\.tar\.gz$/, ".json")), "utf8")) as { migrations: string[] };
    expect(info.migrations).toEqual(migrationHashes());
  });

  it("is used only when every migration it holds is one of the sources' own", () => {
    const file = path.join(dir, "image/pglite-0.0.0.tar.gz");
    const info = file.replace(/\.tar\.gz$/, ".json");
    mkdirSync(path.dirname(file), { recursive: true });
    expect(installedImage(file)).toBeUndefined();
    writeFileSync(file, "image");
    expect(installedImage(file)).toBeInstanceOf(Blob); // an older image: an empty cluster, no list
    writeFileSync(info, JSON.stringify({ migrations: migrationHashes().slice(0, 3) }));
    expect(installedImage(file)).toBeInstanceOf(Blob); // newer migrations are applied at start
    writeFileSync(info, JSON.stringify({ migrations: [...migrationHashes(), "a-migration-these-sources-do-not-have"] }));
    expect(installedImage(file)).toBeUndefined();
  });
});

describe("a database made by older sources", () => {
  it.skipIf(onPostgres())("gets the newer migrations at start", async () => {
    // The first three migrations only, as an image made before the others existed would hold.
    const older = path.join(dir, "older-migrations");
    cpSync(path.join(ROOT, "src/db/migrations"), older, { recursive: true });
    const journalFile = path.join(older, "meta/_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    const all = journal.entries.length;
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 3) }));
    const cluster = await PGlite.create({ extensions: { pg_trgm } });
    await migrate(drizzle(cluster), { migrationsFolder: older });
    const image = await cluster.dumpDataDir("none");
    await cluster.close();

    const database = await openDatabase({ dataDir: dir, pgliteImage: image });
    try {
      const count = async () => Number((await database.query<{ n: number }>(`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]!.n);
      expect(await count()).toBe(3);
      await database.migrate();
      expect(await count()).toBe(all);
      await database.migrate(); // up to date: nothing more
      expect(await count()).toBe(all);
    } finally {
      await database.close();
    }
  });
});
