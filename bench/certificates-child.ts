// One process that prints a decision's certificates into one PDF and reports how long it took
// and the process's peak memory (its own RSS high-water mark): `bench/certificates.ts` runs it
// with DATABASE_URL and the decision's id, so that the figure is this work's alone.
import { openDatabase } from "../src/db/client";
import { printDecisionCertificates } from "../src/features/certificates/print-decision-certificates";
import { Actor } from "../src/platform/actor";

const decisionId = Number(process.argv[2]);
const database = await openDatabase({ dataDir: "", databaseUrl: process.env.DATABASE_URL! });
const baseline = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const file = await printDecisionCertificates(Actor.consoleAs(["chairman"]), decisionId, database.db, "https://thidua.example.vn");
const ms = performance.now() - started;
await database.close();
console.log(JSON.stringify({ ms, count: file.count, bytes: file.bytes.length, peakRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb: baseline }));
