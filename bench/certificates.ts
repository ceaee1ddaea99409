// Certificates on PostgreSQL (issue #15's targets): a decision of 500 awardees printed as one
// PDF in a process of its own (time and that process's peak RSS), and the public verification
// page under load over HTTP (`thidua serve`, TRUST_PROXY=1): each request a random one of the
// 500 codes from an address of its own (X-Forwarded-For), so every request is counted by the
// rate limit (one upsert) and answered by one lookup, as for many visitors scanning QR codes.
import autocannon from "autocannon";
import { loadConfig } from "../src/config";
import { formatCertificateCode } from "../src/domain/certificates/code";
import { insertUnit } from "../src/features/units/insert-unit";
import { openRuntime } from "../src/server";
import { makeDecidedAwards } from "../test/support/decided-awards";
import { cpuMs, freePort, percentile, spawnChild, waitForOk, type Figures } from "./lib";
import { createDatabase, tempDir, type PlatformOptions } from "./platform";

const AWARDEES = 500;

export async function postgres(figures: Figures, opts: PlatformOptions, clusterUrl: string): Promise<void> {
  const url = await createDatabase(clusterUrl, "bench_certificates");
  const config = loadConfig({ DATA_DIR: tempDir(opts, "certificates-pg"), DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" });
  const runtime = await openRuntime(config, { info() {}, error: (m) => console.error(`  ${m}`) });
  let codes: string[];
  let decisionId: number;
  try {
    const db = runtime.deps.database.db;
    const ward = await db.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Cam Phú", kind: "ward" }));
    const decided = await makeDecidedAwards(db, { unitId: ward.id, count: AWARDEES, formCodes: ["CSTDCS", "GK_XA", "LDTT"], issuedOn: "2024-12-20" });
    codes = decided.awards.map((a) => formatCertificateCode(a.code));
    decisionId = decided.decision.id;
  } finally {
    await runtime.close();
  }

  // 500 certificates in one PDF, in a process of its own.
  const child = spawnChild(["--import", "tsx", "bench/certificates-child.ts", String(decisionId)], { DATABASE_URL: url });
  const code = await child.exited;
  const line = child.output().trim().split("\n").pop() ?? "";
  if (code !== 0) throw new Error(`certificates child failed (${code}):\n${child.output().slice(-2000)}`);
  const pdf = JSON.parse(line) as { ms: number; count: number; bytes: number; peakRssMb: number; baselineRssMb: number };
  figures.add("certificates_500_pdf_ms", pdf.ms, "ms", "postgres");
  figures.add("certificates_500_pdf_peak_rss", pdf.peakRssMb, "MB", "postgres");
  console.log(`  500 certificates: ${Math.round(pdf.ms)} ms, ${(pdf.bytes / 1e6).toFixed(1)} MB PDF, peak RSS ${Math.round(pdf.peakRssMb)} MB (${Math.round(pdf.baselineRssMb)} MB before rendering)`);

  // The verification page over HTTP: one app process, then two sharing the database (as a
  // province runs them behind a load balancer; README "On a PostgreSQL server").
  for (const processes of [1, 2]) {
    const measured = await verificationLoad(opts, url, codes, processes);
    if (measured.non2xx || measured.errors) console.warn(`  verification: ${measured.non2xx} answers not 200, ${measured.errors} errors`);
    const suffix = processes === 1 ? "" : `_${processes}_processes`;
    console.log(`  verification page, ${processes} process${processes > 1 ? "es" : ""}: ${Math.round(measured.rps)} req/s, p95 ${measured.p95.toFixed(1)} ms, ${measured.cpu.toFixed(3)} ms of app CPU a request`);
    figures.add(`verification_page_rps${suffix}`, measured.rps, "req/s", "postgres");
    figures.add(`verification_page_p95${suffix}`, measured.p95, "ms", "postgres");
    if (processes === 1) figures.add("verification_page_cpu_per_request", measured.cpu, "ms", "postgres");
  }
}

/** `processes` app servers on the database, each loaded by its own share of the connections; answers 200 counted. */
async function verificationLoad(opts: PlatformOptions, url: string, codes: string[], processes: number) {
  // BENCH_CPU_PROF=DIR: each server writes a V8 CPU profile there when it stops (to see where a request goes).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const servers: { port: number; child: ReturnType<typeof spawnChild> }[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const port = await freePort();
      const child = spawnChild([...profile, "bin/thidua.js", "serve"], { DATABASE_URL: url, DATA_DIR: tempDir(opts, `certificates-serve-${i}`), PORT: String(port), HOST: "127.0.0.1", TRUST_PROXY: "1", LOG_LEVEL: "error", BASE_URL: `http://127.0.0.1:${port}` });
      servers.push({ port, child });
      await waitForOk(`http://127.0.0.1:${port}/healthz`, child, performance.now(), 90_000);
    }
    let n = 0;
    const run = async (seconds: number) => {
      const latencies: number[] = [];
      let ok = 0;
      const cpuBefore = servers.map((s) => cpuMs(s.child.pid));
      const results = await Promise.all(
        servers.map((server) => {
          const instance = autocannon({
            url: `http://127.0.0.1:${server.port}`,
            connections: Math.max(1, Math.round(opts.connections / processes)),
            duration: seconds,
            timeout: 10,
            requests: [
              {
                method: "GET",
                setupRequest: (req) => {
                  n++;
                  req.path = `/verify/${codes[n % codes.length]}`;
                  req.headers = { ...(req.headers ?? {}), "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
                  return req;
                },
              },
            ],
          });
          instance.on("response", (_c: unknown, status: number, _b: number, ms: number) => {
            latencies.push(ms);
            if (status === 200) ok++;
          });
          return instance;
        }),
      );
      const cpu = servers.reduce((sum, s, i) => sum + cpuMs(s.child.pid) - cpuBefore[i]!, 0) / Math.max(1, latencies.length);
      const duration = Math.max(...results.map((r) => r.duration));
      return { rps: ok / duration, p95: percentile(latencies, 95), cpu, non2xx: results.reduce((a, r) => a + r.non2xx, 0), errors: results.reduce((a, r) => a + r.errors + r.timeouts, 0) };
    };
    await run(1); // warm-up
    return await run(opts.seconds);
  } finally {
    for (const s of servers) await s.child.stop();
  }
}
