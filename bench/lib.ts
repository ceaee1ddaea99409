// Shared helpers for the benchmark: figures, percentiles, child processes, HTTP
// polling, resident memory and a bounded autocannon run. Localhost only.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

export type DatabaseKind = "pglite" | "postgres" | "none";

/** One measured figure, as written to bench/results.json. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  database: DatabaseKind;
}

/** Collects figures in the order they were measured and prints each as it arrives. */
export class Figures {
  readonly all: Figure[] = [];

  add(name: string, value: number, unit: string, database: DatabaseKind): void {
    const rounded = round(value, unit === "ratio" || Math.abs(value) < 10 ? 3 : value >= 100 ? 0 : 2);
    this.all.push({ name, value: rounded, unit, database });
    console.log(`  ${name} [${database}] = ${rounded} ${unit}`);
  }
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** A child process with its output kept (the tail is shown when something fails). */
export interface Child {
  proc: ChildProcess;
  pid: number;
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<number | string>;
}

/** The repository's root: children run there, as `npm start` would. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Starts `node ARGS` in the repository's root. */
export function spawnChild(args: string[], env: Record<string, string | undefined>, opts: { onLine?: (line: string) => void } = {}): Child {
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let pending = "";
  const keep = (chunk: Buffer, isStdout: boolean) => {
    const text = chunk.toString("utf8");
    out = (out + text).slice(-20_000);
    if (!isStdout || !opts.onLine) return;
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      opts.onLine(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
  };
  proc.stdout!.on("data", (c: Buffer) => keep(c, true));
  proc.stderr!.on("data", (c: Buffer) => keep(c, false));
  const exited = new Promise<number | string>((resolve) => proc.once("exit", (code, signal) => resolve(code ?? signal ?? "?")));
  if (proc.pid === undefined) throw new Error(`could not start ${args.join(" ")}`);
  return {
    proc,
    pid: proc.pid,
    output: () => out,
    exited,
    async stop(graceMs = 15_000) {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill("SIGTERM");
        const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      }
      return exited;
    },
  };
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. Bounded by `timeoutMs`. */
export async function waitForOk(url: string, child: Child, since: number, timeoutMs = 60_000): Promise<number> {
  const deadline = since + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (performance.now() < deadline) {
    if (exited) throw new Error(`process ended before ${url} answered:\n${child.output().slice(-3000)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${child.output().slice(-3000)}`);
}

/** Waits for the first stdout line starting with `prefix`; returns the rest of it. Bounded. */
export function waitForLine(child: Child, lines: AsyncLines, prefix: string, timeoutMs = 90_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${prefix}" within ${timeoutMs} ms:\n${child.output().slice(-3000)}`)), timeoutMs);
    void child.exited.then(() => reject(new Error(`process ended before "${prefix}":\n${child.output().slice(-3000)}`)));
    lines.wait((line) => {
      if (!line.startsWith(prefix)) return false;
      clearTimeout(timer);
      resolve(line.slice(prefix.length).trim());
      return true;
    });
  });
}

/** Stdout lines of a child, handed to whoever waits for them. */
export class AsyncLines {
  private waiters: ((line: string) => boolean)[] = [];
  private seen: string[] = [];

  readonly push = (line: string): void => {
    this.seen.push(line);
    this.waiters = this.waiters.filter((w) => !w(line));
  };

  wait(waiter: (line: string) => boolean): void {
    if (!this.seen.some((line) => waiter(line))) this.waiters.push(waiter);
  }
}

/** Resident memory of a process in MB, from /proc/PID/status (VmRSS). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc/PID/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start at its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / CLOCK_TICKS;
}
/** USER_HZ: 100 on Linux for every common architecture. */
const CLOCK_TICKS = 100;

/**
 * Resident memory once a process is idle: sampled every second after `minMs` until two
 * samples differ by less than 2 MB (V8 gives memory back some seconds after load), at most `maxMs`.
 */
export async function idleRssMb(pid: number, minMs = 2000, maxMs = 10_000): Promise<number> {
  await sleep(minMs);
  let last = rssMb(pid);
  for (let waited = minMs; waited < maxMs; waited += 1000) {
    await sleep(1000);
    const now = rssMb(pid);
    if (Math.abs(now - last) < 2) return now;
    last = now;
  }
  return last;
}

export interface LoadResult {
  /** CPU milliseconds the server process spent per answered request (when its pid was given). */
  cpuMsPerRequest: number;
  /** 2xx answers per second. */
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** What the above are computed from, so that runs can be combined. */
  raw: { latencies: number[]; ok: number; seconds: number; cpuMs: number };
}

function summarise(raw: LoadResult["raw"], non2xx: number, errors: number): LoadResult {
  return {
    cpuMsPerRequest: raw.cpuMs / Math.max(1, raw.latencies.length),
    rps: raw.ok / raw.seconds,
    p50Ms: percentile(raw.latencies, 50),
    p95Ms: percentile(raw.latencies, 95),
    p99Ms: percentile(raw.latencies, 99),
    requests: raw.latencies.length,
    non2xx,
    errors,
    raw,
  };
}

/** Several runs against one target as if they were one. */
export function combine(runs: readonly LoadResult[]): LoadResult {
  return summarise(
    {
      latencies: runs.flatMap((r) => r.raw.latencies),
      ok: runs.reduce((n, r) => n + r.raw.ok, 0),
      seconds: runs.reduce((n, r) => n + r.raw.seconds, 0),
      cpuMs: runs.reduce((n, r) => n + r.raw.cpuMs, 0),
    },
    runs.reduce((n, r) => n + r.non2xx, 0),
    runs.reduce((n, r) => n + r.errors, 0),
  );
}

/**
 * A closed-loop load run: `connections` keep one request each in flight for `seconds`.
 * Latency percentiles come from every response's own time (autocannon's summary has no p95).
 */
export async function load(
  url: string,
  opts: { connections?: number; seconds?: number; headers?: Record<string, string>; serverPid?: number } = {},
): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = opts.serverPid ? cpuMs(opts.serverPid) : 0;
  let ok = 0;
  const instance = autocannon({
    url,
    connections: opts.connections ?? 20,
    duration: opts.seconds ?? 5,
    headers: opts.headers ?? {},
    timeout: 10,
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode >= 200 && statusCode < 300) ok++;
  });
  const result = await instance;
  const cpu = opts.serverPid ? cpuMs(opts.serverPid) - cpuBefore : Number.NaN;
  return summarise({ latencies, ok, seconds: result.duration, cpuMs: cpu }, result.non2xx, result.errors + result.timeouts);
}

/** Prints figures as an aligned table. */
export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [f.name, f.database, String(f.value), f.unit]);
  const head = ["figure", "database", "value", "unit"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
