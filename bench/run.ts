// `npm run bench`: one run on this machine. Measures each group of figures in turn,
// prints them as a table and writes them to bench/results.json (overwritten), as
// [{ name, value, unit, database }]. Localhost only; every wait and load is bounded.
//
//   BENCH_SECONDS       measured seconds of load per route (default 5)
//   BENCH_CONNECTIONS   concurrent connections (default 20)
//   BENCH_SKIP_POSTGRES 1 to measure PGlite only
//   BENCH_ONLY          "platform", "registry", "documents", "movements", "awards", "eligibility", "council", "decisions", "proposals" or "certificates": one group of figures only
//   BENCH_COUNCIL_POOL  connections of the council group's casting pool (default 50)
//   BENCH_COUNCIL_RATE  sheets a second in the council group's paced round (default 100)
//   BENCH_PEOPLE_PER_COMMUNE  people per commune of the national dataset (default 300)
import { rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { ensureBuild } from "../scripts/build";
import { startPgCluster, type PgCluster } from "../test/support/pg-cluster";
import { documents } from "./documents";
import { issuing } from "./issuing";
import { awardsImport } from "./awards-import";
import * as council from "./council";
import * as certificates from "./certificates";
import * as decisions from "./decisions";
import * as proposals from "./proposals";
import * as eligibility from "./eligibility";
import { Figures, printTable, round } from "./lib";
import * as platform from "./platform";
import * as progress from "./progress";
import { reminders } from "./reminders";
import * as registry from "./registry";

const RESULTS = new URL("./results.json", import.meta.url);

/** Orientation targets, checked after the run (reported, never adjusted). */
const TARGETS: { name: string; ok: (v: number) => boolean; text: string }[] = [
  { name: "cold_start", ok: (v) => v <= 3000, text: "≤ 3000 ms" }, // PGlite; PostgreSQL is faster
  { name: "warm_start", ok: (v) => v <= 1000, text: "≤ 1000 ms" },
  { name: "page_to_raw_sql_ratio", ok: (v) => v >= 0.6, text: "≥ 0.6" },
  { name: "idle_rss_above_bare_pglite", ok: (v) => v <= 100, text: "≤ 100 MB" },
  { name: "official_list_import", ok: (v) => v <= 2000, text: "≤ 2000 ms" },
  { name: "generator_people_per_second", ok: (v) => v >= 50_000, text: "≥ 50,000 people/s" },
  { name: "people_search_p95", ok: (v) => v <= 50, text: "≤ 50 ms" },
  { name: "unit_tree_page_p95", ok: (v) => v <= 100, text: "≤ 100 ms" },
  { name: "people_import_10k_preview", ok: (v) => v <= 5000, text: "≤ 5000 ms" },
  { name: "people_import_10k_rows", ok: (v) => v <= 5000, text: "≤ 5000 ms" },
  { name: "awards_import_10k_preview", ok: (v) => v <= 5000, text: "≤ 5000 ms" },
  { name: "awards_import_10k_rows", ok: (v) => v <= 5000, text: "≤ 5000 ms" },
  { name: "eligibility_10k_nominations", ok: (v) => v <= 5000, text: "≤ 5000 ms" },
  { name: "document_render_docx_median", ok: (v) => v <= 150, text: "≤ 150 ms" },
  { name: "document_render_pdf_median", ok: (v) => v <= 500, text: "≤ 500 ms" },
  { name: "document_render_30_pages_docx", ok: (v) => v <= 2000, text: "≤ 2000 ms" },
  { name: "document_render_30_pages_pdf", ok: (v) => v <= 2000, text: "≤ 2000 ms" },
  { name: "progress_dashboard_province", ok: (v) => v <= 300, text: "≤ 300 ms (p95)" },
  { name: "reminder_digests_100k_tasks", ok: (v) => v <= 10_000, text: "≤ 10 s" },
  { name: "council_sheet_p99_ms", ok: (v) => v <= 200, text: "≤ 200 ms" },
  { name: "council_ballot_p99_ms", ok: (v) => v <= 200, text: "≤ 200 ms" },
  { name: "council_paced_sheet_p99_ms", ok: (v) => v <= 200, text: "≤ 200 ms" },
  { name: "council_none_lost_or_twice", ok: (v) => v === 1, text: "every ballot counted once" },
  { name: "decision_500_docx_ms", ok: (v) => v <= 1000, text: "≤ 1 s" },
  { name: "decision_500_pdf_ms", ok: (v) => v <= 3000, text: "≤ 3 s" },
  { name: "certificates_500_pdf_ms", ok: (v) => v <= 10_000, text: "≤ 10 s" },
  { name: "certificates_500_pdf_peak_rss", ok: (v) => v <= 500, text: "≤ 500 MB" },
  { name: "verification_page_rps", ok: (v) => v >= 2000, text: "≥ 2,000 requests/s" },
];

async function main() {
  const started = performance.now();
  const figures = new Figures();
  const opts: platform.PlatformOptions = {
    seconds: Math.min(30, Math.max(1, Number(process.env.BENCH_SECONDS ?? 5))),
    connections: Math.min(200, Math.max(1, Number(process.env.BENCH_CONNECTIONS ?? 20))),
    temp: [],
  };
  const only = process.env.BENCH_ONLY;
  if (only && !["platform", "registry", "documents", "movements", "awards", "eligibility", "council", "decisions", "proposals", "certificates"].includes(only)) throw new Error(`BENCH_ONLY="${only}": use platform, registry, documents, movements, awards, eligibility, council, decisions, proposals or certificates`);
  const runPlatform = !only || only === "platform";
  const runRegistry = !only || only === "registry";
  const runDocuments = !only || only === "documents";
  const runMovements = !only || only === "movements";
  const runAwards = !only || only === "awards";
  const runEligibility = !only || only === "eligibility";
  const runCouncil = !only || only === "council";
  const runCertificates = !only || only === "certificates";
  const runDecisions = !only || only === "decisions";
  const runProposals = !only || only === "proposals";
  // Other work on the machine skews every figure; say so beside them.
  const busy = () => {
    const [load1] = loadavg();
    if (load1! > availableParallelism() * 0.5) console.warn(`  NOTE: machine load average ${load1!.toFixed(1)} on ${availableParallelism()} cores: other work is running, figures will be low and noisy.`);
    return load1!;
  };
  figures.add("machine_load_1m_at_start", busy(), "load", "none");
  let cluster: PgCluster | undefined;
  try {
    if (runDocuments) {
      console.log("Documents (.docx and .pdf, no database)");
      await documents(figures);
      console.log("PGlite register (1,000 documents issued by 20 clients)");
      await issuing(figures, { DATA_DIR: platform.tempDir(opts, "issuing"), DATABASE_URL: "" }, "pglite");
    }
    if (runDecisions) {
      console.log("Decisions (500 awardees as .docx and .pdf, no database)");
      await decisions.render(figures);
    }
    if (runPlatform) {
      // `thidua serve` runs the build when it is current (bin/thidua.js): measure that, as `npm start` runs.
      await ensureBuild();
      console.log("PGlite (embedded, DATA_DIR)");
      await platform.pglite(figures, opts);
    }
    if (runRegistry) {
      console.log("PGlite registry (official list and one ward)");
      await registry.pglite(figures, opts);
    }
    if (runAwards) {
      console.log("PGlite award import (10,000 rows)");
      await awardsImport(figures);
    }

    if (runPlatform || runRegistry || runDocuments || runMovements || runAwards || runEligibility || runCouncil || runCertificates || runDecisions || runProposals) {
      if (process.env.BENCH_SKIP_POSTGRES === "1") {
        console.log("PostgreSQL: skipped (BENCH_SKIP_POSTGRES=1)");
      } else {
        try {
          cluster = await startPgCluster();
        } catch (err) {
          console.warn(`PostgreSQL: skipped, no throw-away cluster (${(err as Error).message.split("\n")[0]})`);
        }
        if (cluster) {
          console.log("PostgreSQL (throw-away cluster, DATABASE_URL)");
          if (runPlatform) await platform.postgres(figures, opts, cluster.url);
          if (runDocuments) {
            console.log("PostgreSQL register (1,000 documents issued by 20 clients)");
            await issuing(figures, { DATA_DIR: platform.tempDir(opts, "issuing-pg"), DATABASE_URL: await platform.createDatabase(cluster.url, "bench_issuing") }, "postgres");
          }
          if (runRegistry) {
            console.log("PostgreSQL registry (official list and the whole country)");
            await registry.postgres(figures, opts, cluster.url);
          }
          if (runMovements) {
            console.log("PostgreSQL progress (a province's dashboard: 100 communes, 1,200,000 check-ins)");
            await progress.postgres(figures, opts, cluster.url);
            console.log("PostgreSQL reminders (digests for 100,000 open tasks)");
            await reminders(figures, await platform.createDatabase(cluster.url, "bench_reminders"));
          }
          if (runAwards) {
            console.log("PostgreSQL award import (10,000 rows)");
            await awardsImport(figures, cluster.url);
          }
          if (runEligibility) {
            console.log("PostgreSQL eligibility (10,000 nominations of a province against ten years of awards)");
            await eligibility.postgres(figures, opts, cluster.url);
          }
          if (runCouncil) {
            console.log("PostgreSQL council (100 sessions × 15 members × 20 items voting at once)");
            await council.postgres(figures, opts, cluster.url);
          }
          if (runDecisions) {
            console.log("PostgreSQL decision (500 awardees drafted and issued through the use cases)");
            await decisions.postgres(figures, cluster.url);
          }
          if (runProposals) {
            console.log("PostgreSQL proposal (50 nominations up to the city: tờ trình issued, package built)");
            await proposals.postgres(figures, cluster.url);
          }
          if (runCertificates) {
            console.log("PostgreSQL certificates (500 in one PDF; the verification page over HTTP)");
            await certificates.postgres(figures, opts, cluster.url);
          }
        }
      }
    }
  } finally {
    cluster?.stop();
    for (const dir of opts.temp) rmSync(dir, { recursive: true, force: true });
  }

  figures.add("machine_load_1m_at_end", busy(), "load", "none");
  writeFileSync(RESULTS, JSON.stringify(figures.all, null, 2) + "\n");
  console.log("");
  printTable(figures.all);
  console.log("\nTargets (orientation):");
  for (const t of TARGETS) {
    for (const f of figures.all.filter((x) => x.name === t.name)) {
      console.log(`  ${t.ok(f.value) ? "met   " : "MISSED"}  ${f.name} [${f.database}] = ${f.value} ${f.unit} (target ${t.text})`);
    }
  }
  console.log(`\nWrote ${figures.all.length} figures to bench/results.json in ${round((performance.now() - started) / 1000, 1)} s.`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
