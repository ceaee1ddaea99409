// Reminder digests at scale: 100,000 open tasks across 2,000 communes of a province, each
// commune with a council secretary and two reporters (6,001 people with roles). Timed: the
// digest building of one date as the daily job does it (the queries, the grouping into one
// digest per person, the texts in each person's language), not the sending. Target ≤ 10 s.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { loadConfig } from "../src/config";
import { selectRows } from "../src/db/client";
import { buildDailyDigests } from "../src/features/reminders/build-digests";
import { openRuntime } from "../src/server";
import type { Figures } from "./lib";

const TASKS = Number(process.env.BENCH_REMINDER_TASKS ?? 100_000);
const COMMUNES = 2_000;
const DATE = "2024-11-20";
const RUNS = 3;

export async function reminders(figures: Figures, databaseUrl: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-bench-reminders-"));
  const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: "0", LOG_LEVEL: "error" }), { info() {}, error: (m) => console.error(`  ${m}`) });
  try {
    const { db } = runtime.deps.database;
    const seeded = performance.now();
    await db.transaction(async (tx) => {
      const [province] = await selectRows<{ id: number }>(tx, sql`INSERT INTO units (path, name, kind) VALUES ('/', 'Tỉnh Đo Tải', 'province') RETURNING id`);
      const p = province!.id;
      await tx.execute(sql`UPDATE units SET path = '/' || id || '/' WHERE id = ${p}`);
      await tx.execute(sql`INSERT INTO units (parent_id, path, name, kind) SELECT ${p}, '/', 'Xã số ' || g, 'commune' FROM generate_series(1, ${COMMUNES}) g`);
      await tx.execute(sql`UPDATE units SET path = '/' || ${p} || '/' || id || '/' WHERE parent_id = ${p}`);
      // The communes were inserted by one statement into a fresh database: consecutive ids.
      const [first] = await selectRows<{ id: number }>(tx, sql`SELECT min(id)::int AS id FROM units WHERE parent_id = ${p}`);
      const c0 = first!.id;
      // Per commune: its council secretary and two reporters; the province's secretary (n = 0) follows overdue tasks.
      await tx.execute(sql`INSERT INTO users (email, full_name) SELECT 'nguoi' || g || '@do-tai.vn', 'Người Đo Tải ' || g FROM generate_series(0, ${COMMUNES * 3}) g`);
      await tx.execute(sql`
        INSERT INTO role_assignments (user_id, unit_id, role)
        SELECT u.id, CASE WHEN u.n = 0 THEN ${p} ELSE ${c0} + (u.n - 1) / 3 END, CASE WHEN u.n % 3 = 1 OR u.n = 0 THEN 'council_secretary' ELSE 'reporter' END
          FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM users WHERE email LIKE '%@do-tai.vn') u`);
      // Open tasks assigned by the province, due from 30 days before the date to 60 days after.
      await tx.execute(sql`
        INSERT INTO tasks (unit_id, responsible_unit_id, responsible_label, title, due_on)
        SELECT ${p}, ${c0} + g % ${COMMUNES}, 'Xã số ' || (g % ${COMMUNES} + 1), 'Nhiệm vụ số ' || g, ${DATE}::date + ((g % 91) - 30)
          FROM generate_series(1, ${TASKS}) g`);
    });
    await db.execute(sql`ANALYZE`);
    console.log(`  ${TASKS} open tasks, ${COMMUNES} communes, ${COMMUNES * 3 + 1} people seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    const times: number[] = [];
    let digests = 0;
    let items = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const built = await buildDailyDigests(db, DATE, "http://localhost");
      times.push(performance.now() - started);
      digests = built.length;
      items = built.reduce((n, d) => n + (d.notification?.body ?? d.email?.text ?? "").split("\n").filter((l) => l.startsWith("- ")).length, 0);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    console.log(`  ${digests} digests (${items} reminder lines) for ${DATE}; runs ${times.map((t) => `${Math.round(t)} ms`).join(", ")}; load average ${loadavg()[0]!.toFixed(2)}`);
    figures.add("reminder_digests_100k_tasks", median, "ms", "postgres");
    figures.add("reminder_digests_count", digests, "digests", "postgres");
  } finally {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
