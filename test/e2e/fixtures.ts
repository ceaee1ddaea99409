// Playwright fixtures: the REAL app as a child process (`node bin/thidua.js serve`) on a
// free port with a fresh data folder, sending mail through a local SMTP server that the
// tests read. PGlite by default; TEST_DATABASE=postgres runs it on a throw-away cluster.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import pg from "pg";
import { freePort, startPgCluster, type PgCluster } from "../support/pg-cluster";
import { startMailbox, type Mailbox } from "../support/smtp";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SETUP_LINE = /\(dùng một lần\): (http:\/\/\S+\/setup\/\S+)/;

export interface RunningApp {
  /** http://localhost:PORT, also the BASE_URL used in e-mails. */
  origin: string;
  /** The one-time set-up link printed on the console, or null if none was printed. */
  setupLink: string | null;
  /** Everything the process printed so far. */
  output: string[];
  stop(): Promise<void>;
}

export interface Admin {
  fullName: string;
  email: string;
  password: string;
}

/** An app that has been set up: a ward and its administrator. */
export interface SeededApp extends RunningApp {
  admin: Admin;
  unitName: string;
  unitId: number;
}

let databases = 0;

async function freshDatabaseUrl(cluster: PgCluster): Promise<string> {
  const name = `thidua_e2e_${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Runs a `thidua` command (not `serve`) to its end with the given environment; rejects if it fails. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/thidua.js", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`thidua ${args.join(" ")} exited (${code}):\n${stdout}\n${stderr}`))));
  });
}

export interface StartOptions {
  smtpUrl: string;
  cluster: PgCluster | null;
  /**
   * Runs before the server starts, with the environment it will have (DATA_DIR, DATABASE_URL…),
   * e.g. to load the demo ward with `runCli`. An app prepared this way already has accounts:
   * it prints no set-up link, so it is ready once it says it is running.
   */
  prepare?: (env: NodeJS.ProcessEnv) => Promise<void>;
}

const RUNNING_LINE = /Thi Đua đang chạy tại /;

/** Starts `node bin/thidua.js serve` and waits for its set-up link on stdout (or, if prepared, for it to run). */
export async function startApp(opts: StartOptions): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-e2e-"));
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.SESSION_SECRET;
  Object.assign(env, {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    BASE_URL: origin,
    SMTP_URL: opts.smtpUrl,
    LOG_LEVEL: "info",
  });
  if (opts.cluster) env.DATABASE_URL = await freshDatabaseUrl(opts.cluster);
  if (opts.prepare) {
    try {
      await opts.prepare({ ...env });
    } catch (err) {
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
  }

  const child = spawn(process.execPath, ["bin/thidua.js", "serve"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const setupLink = await new Promise<string | null>((resolve, reject) => {
    let buffered = "";
    const waitingFor = opts.prepare ? "its start" : "a set-up link";
    const timer = setTimeout(() => reject(new Error(`the app printed no ${waitingFor} within 30 s:\n${output.join("\n")}`)), 30_000);
    const onLine = (line: string) => {
      output.push(line);
      const m = SETUP_LINE.exec(line);
      if (m || (opts.prepare && RUNNING_LINE.test(line))) {
        clearTimeout(timer);
        resolve(m ? m[1]! : null);
      }
    };
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      lines.forEach(onLine);
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => output.push(...chunk.split("\n").filter(Boolean)));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (${code}) before it was ready:\n${output.join("\n")}`));
    });
  });

  return {
    origin,
    setupLink,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        if (!(await waitForExit(child, 10_000))) {
          child.kill("SIGKILL");
          await waitForExit(child, 5_000);
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The hidden CSRF field of the first form on a page. */
export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error("no CSRF field on the page");
  return m[1]!;
}

/** Signs a browser context in through the sign-in form's HTTP interface (shares the context's cookies). */
export async function signInContext(context: BrowserContext, origin: string, admin: Pick<Admin, "email" | "password">) {
  const form = await context.request.get(`${origin}/sign-in`);
  const res = await context.request.post(`${origin}/sign-in?next=%2F`, {
    form: { _csrf: csrfOf(await form.text()), email: admin.email, password: admin.password },
    maxRedirects: 0,
  });
  expect(res.status(), "sign-in answers with a redirect").toBe(303);
}

/** Sets an app up over HTTP with its console link, as the first-run page would. */
async function seed(app: RunningApp, browser: Browser): Promise<SeededApp> {
  const admin: Admin = { fullName: "Nguyễn Văn An", email: "quantri@camphu.gov.vn", password: "mat-khau-quan-tri-2024" };
  const unitName = "Phường Cam Phú";
  const context = await browser.newContext();
  try {
    const setupPath = new URL(app.setupLink!).pathname;
    const page = await context.request.get(`${app.origin}${setupPath}`);
    expect(page.status()).toBe(200);
    const done = await context.request.post(`${app.origin}${setupPath}`, {
      form: {
        _csrf: csrfOf(await page.text()),
        unitKind: "ward",
        unitName,
        fullName: admin.fullName,
        email: admin.email,
        password: admin.password,
        passwordConfirm: admin.password,
      },
    });
    expect(done.status()).toBe(200);
    const home = await done.text();
    const unitId = Number(/href="\/units\/(\d+)"/.exec(home)?.[1]);
    expect(unitId).toBeGreaterThan(0);
    return { ...app, admin, unitName, unitId };
  } finally {
    await context.close();
  }
}

export interface MailLink {
  subject: string;
  text: string;
  link: string;
}

/** Waits for a message to `to` and returns the first link in it that matches `pathPrefix`. */
export async function mailLink(mailbox: Mailbox, to: string, subject: RegExp, pathPrefix: string): Promise<MailLink> {
  const mail = await mailbox.waitFor(to, subject, 15_000);
  const text = mail.text ?? "";
  const link = text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`no ${pathPrefix} link in the mail "${mail.subject}":\n${text}`);
  return { subject: mail.subject ?? "", text, link };
}

type WorkerFixtures = {
  mailbox: Mailbox;
  cluster: PgCluster | null;
  app: SeededApp;
};

type TestFixtures = {
  /** A new app that has not been set up yet (its set-up link unused). */
  freshApp: RunningApp;
  /** Opens a browser context on the seeded app, signed in as its administrator. */
  adminContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A page signed in as the administrator of the seeded app. */
  adminPage: Page;
};

/**
 * The administrator invites a person by e-mail with a role on a unit; the person accepts
 * in their own browser context and is returned signed in.
 */
export async function inviteAndAccept(
  admin: Page,
  browser: Browser,
  mailbox: Mailbox,
  app: SeededApp,
  who: { name: string; email: string; role: string; unit?: string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  await admin.goto("/users");
  await admin.getByRole("link", { name: "Mời người dùng" }).click();
  await admin.getByLabel("Họ và tên").fill(who.name);
  await admin.getByLabel("Địa chỉ email").fill(who.email);
  await admin.getByLabel("Đơn vị", { exact: true }).selectOption({ label: who.unit ?? app.unitName });
  await admin.getByLabel("Vai trò").selectOption({ label: who.role });
  await admin.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(admin.getByRole("status")).toContainText(`Đã gửi lời mời tới ${who.email}.`);
  const mail = await mailLink(mailbox, who.email, /Lời mời tham gia Thi Đua/, "/invitations/");
  const context = await browser.newContext({ baseURL: app.origin, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", ...options });
  const page = await context.newPage();
  await page.goto(mail.link);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-thu-nghiem-2024");
  await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-thu-nghiem-2024");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page).toHaveURL(`${app.origin}/`);
  return page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  mailbox: [
    async ({}, use) => {
      const mailbox = await startMailbox();
      await use(mailbox);
      await mailbox.close();
    },
    { scope: "worker" },
  ],
  cluster: [
    async ({}, use) => {
      const cluster = process.env.TEST_DATABASE === "postgres" ? await startPgCluster() : null;
      try {
        await use(cluster);
      } finally {
        cluster?.stop();
      }
    },
    { scope: "worker" },
  ],
  app: [
    async ({ mailbox, cluster, browser }, use) => {
      const app = await startApp({ smtpUrl: mailbox.url, cluster });
      try {
        await use(await seed(app, browser));
      } finally {
        await app.stop();
      }
    },
    { scope: "worker", timeout: 60_000 },
  ],
  baseURL: async ({ app }, use) => {
    await use(app.origin);
  },
  freshApp: async ({ mailbox, cluster }, use) => {
    const app = await startApp({ smtpUrl: mailbox.url, cluster });
    try {
      await use(app);
    } finally {
      await app.stop();
    }
  },
  adminContext: async ({ browser, app, locale, timezoneId }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ locale, timezoneId, baseURL: app.origin, ...options });
      contexts.push(context);
      await signInContext(context, app.origin, app.admin);
      return context;
    });
    for (const context of contexts) await context.close();
  },
  adminPage: async ({ adminContext }, use) => {
    const context = await adminContext();
    await use(await context.newPage());
  },
});

export { expect };
