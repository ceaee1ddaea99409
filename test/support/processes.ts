// Running the real `thidua` command as a separate process, as an operator would.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configVariables } from "../../src/config";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/thidua.js");

/** The parent's environment without the app's variables (vitest itself sets BASE_URL). */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const [name] of configVariables) delete env[name];
  return env;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/thidua.js` (or another copy of it, `bin`) to its end. */
export function runCli(args: string[], env: Record<string, string>, bin = BIN): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...baseEnv(), ...env }, cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** The one-time set-up link printed at start, if any. */
  setupLink: string | undefined;
  stop(): Promise<void>;
}

/** Starts `thidua serve` (from `bin/thidua.js`, or another copy of it, `bin`) and waits until /healthz answers. */
export async function startServerProcess(env: Record<string, string>, bin = BIN): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, "serve"], { env: { ...baseEnv(), LOG_LEVEL: "info", ...env }, cwd: ROOT });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 100)); // the set-up line follows the listen line
  return {
    child,
    url,
    output: () => out,
    setupLink: /\/setup\/(\S+)/.exec(out)?.[0],
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A minimal cookie-keeping fetch for a server in another process. */
export class HttpSession {
  cookies = new Map<string, string>();
  csrf: string | undefined;
  constructor(readonly base: string) {}

  async request(pathname: string, init: RequestInit = {}): Promise<{ status: number; text: string; location: string | null }> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(this.base + pathname, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, text, location: res.headers.get("location") };
  }

  post(pathname: string, form: Record<string, string>) {
    return this.request(pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: this.csrf ?? "", ...form }),
    });
  }
}
