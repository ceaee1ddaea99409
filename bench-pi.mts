// Scratch: the people import figures alone on both databases (not committed).
import { peopleImport } from "./bench/people-import.ts";
import { Figures } from "./bench/lib.ts";
import { startPgCluster } from "./test/support/pg-cluster.ts";
import { loadavg } from "node:os";
const f = new Figures();
console.log("load", loadavg()[0]);
await peopleImport(f);
const cluster = await startPgCluster();
try { await peopleImport(f, cluster.url); } finally { await cluster.stop(); }
console.log("load", loadavg()[0]);
