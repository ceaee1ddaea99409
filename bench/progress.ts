// Progress figures: a province's dashboard on PostgreSQL. One parent movement run by every
// commune of a generated province as its own movement (100 communes), 50 participants each,
// 20 criteria, 12 check-ins per participant per criterion (1,200,000 check-ins), loaded with
// generate_series; then GET /movements/:id/progress through the app in this process, timed.
import { loadConfig } from "../src/config";
import { roleAssignments, users } from "../src/db/schema";
import { startSession } from "../src/features/accounts/sessions";
import { openRuntime, type Runtime } from "../src/server";
import { createApp } from "../src/web/app";
import { type Figures, percentile } from "./lib";
import { type PlatformOptions, createDatabase, tempDir } from "./platform";

export const COMMUNES = 100;
export const PARTICIPANTS = 50;
export const CRITERIA = 20;
export const CHECKINS_PER_CELL = 12;
const REQUESTS = 20;
const BUDGET_MS = 60_000;

const ms = (from: number) => performance.now() - from;

/** The province, its communes and their residential groups; the movements, criteria, registrations and check-ins. */
async function load(runtime: Runtime): Promise<{ provinceId: number; parentId: number; childId: number; checkins: number }> {
  return runtime.deps.database.rawTransaction(async (q) => {
    const [province] = await q<{ id: number }>(`INSERT INTO units (path, name, kind, sort_key) VALUES ('/', 'Tỉnh Đo Đạc', 'province', 'tinh') RETURNING id`);
    const p = province!.id;
    await q(`UPDATE units SET path = '/' || id || '/' WHERE id = $1`, [p]);
    await q(
      `INSERT INTO units (parent_id, path, name, kind, sort_key)
       SELECT $1::int, '/' || $1::int || '/', 'Xã Số ' || lpad(g::text, 3, '0'), 'commune', lpad(g::text, 3, '0') FROM generate_series(1, $2) g`,
      [p, COMMUNES],
    );
    await q(`UPDATE units SET path = path || id || '/' WHERE parent_id = $1`, [p]);
    await q(
      `INSERT INTO units (parent_id, path, name, kind, sort_key)
       SELECT c.id, c.path, 'Tổ dân phố ' || g || ' – ' || c.name, 'residential_group', lpad(g::text, 3, '0')
       FROM units c, generate_series(1, $2) g WHERE c.parent_id = $1`,
      [p, PARTICIPANTS],
    );
    await q(`UPDATE units SET path = path || id || '/' WHERE parent_id IN (SELECT id FROM units WHERE parent_id = $1)`, [p]);
    const [parent] = await q<{ id: number }>(
      `INSERT INTO movements (unit_id, name, kind, starts_on, ends_on, status, launched_at)
       VALUES ($1, 'Phong trào thi đua "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2024', 'regular', '2024-01-01', '2024-12-31', 'launched', now()) RETURNING id`,
      [p],
    );
    await q(
      `INSERT INTO movements (unit_id, parent_id, name, kind, starts_on, ends_on, status, launched_at)
       SELECT id, $2, 'Phong trào thi đua năm 2024 – ' || name, 'regular', '2024-01-01', '2024-12-31', 'launched', now() FROM units WHERE parent_id = $1`,
      [p, parent!.id],
    );
    await q(`INSERT INTO movement_participants (movement_id, unit_id) SELECT m.id, u.id FROM movements m JOIN units u ON u.parent_id = m.unit_id WHERE m.parent_id = $1`, [parent!.id]);
    // Twenty criteria in four groups, the three measures in turn; every other one scores points.
    await q(
      `INSERT INTO criteria (movement_id, group_name, position, name, measure, target, unit_label, max_points, bonus_points)
       SELECT m.id, 'Nhóm ' || (1 + (k - 1) / 5), k, 'Tiêu chí ' || k,
         (ARRAY['number', 'percent', 'boolean'])[1 + k % 3],
         CASE k % 3 WHEN 0 THEN 40 WHEN 1 THEN 90 ELSE NULL END,
         CASE k % 3 WHEN 0 THEN 'hộ' ELSE NULL END,
         CASE WHEN k % 2 = 0 THEN 5 ELSE NULL END, CASE WHEN k % 2 = 0 THEN 1 ELSE NULL END
       FROM movements m, generate_series(1, $2) k WHERE m.parent_id = $1`,
      [parent!.id, CRITERIA],
    );
    // Every participant registered, with its own target on the first five criteria.
    await q(`INSERT INTO registrations (movement_id, unit_id, status) SELECT movement_id, unit_id, 'accepted' FROM movement_participants WHERE movement_id IN (SELECT id FROM movements WHERE parent_id = $1)`, [parent!.id]);
    await q(
      `INSERT INTO registration_targets (registration_id, criterion_id, target)
       SELECT r.id, c.id, 30 + r.id % 20 FROM registrations r JOIN criteria c ON c.movement_id = r.movement_id AND c.position <= 5 AND c.measure <> 'boolean'
       WHERE r.movement_id IN (SELECT id FROM movements WHERE parent_id = $1)`,
      [parent!.id],
    );
    // A check-in a month; values rise through the year, statuses vary.
    await q(
      `INSERT INTO checkins (movement_id, unit_id, criterion_id, reported_on, status, value, narrative)
       SELECT mp.movement_id, mp.unit_id, c.id, date '2024-01-20' + (k - 1) * 30,
         (ARRAY['on_track', 'on_track', 'late', 'at_risk'])[1 + (mp.unit_id / 7 + c.position * 3 + k) % 4],
         CASE c.measure WHEN 'boolean' THEN (k > 6 AND (mp.unit_id + c.id) % 3 > 0)::int
                        WHEN 'percent' THEN least(100, k * 8 + (mp.unit_id % 7))
                        ELSE k * 3 + (mp.unit_id + c.id) % 9 END,
         ''
       FROM movement_participants mp
       JOIN criteria c ON c.movement_id = mp.movement_id
       CROSS JOIN generate_series(1, $2) k
       WHERE mp.movement_id IN (SELECT id FROM movements WHERE parent_id = $1)`,
      [parent!.id, CHECKINS_PER_CELL],
    );
    const [child] = await q<{ id: number }>(`SELECT min(id) AS id FROM movements WHERE parent_id = $1`, [parent!.id]);
    const [n] = await q<{ n: string }>(`SELECT count(*) AS n FROM checkins`);
    return { provinceId: p, parentId: parent!.id, childId: child!.id, checkins: Number(n!.n) };
  });
}

/** The province's chairman, signed in: the session cookie and the CSRF cookie a browser would hold. */
async function chairmanCookie(runtime: Runtime, app: ReturnType<typeof createApp>, unitId: number): Promise<string> {
  const { db } = runtime.deps.database;
  const [user] = await db.insert(users).values({ email: `bench-progress-${unitId}@thidua.test`, fullName: "Chủ tịch Đo đạc", passwordHash: null }).returning({ id: users.id });
  await db.insert(roleAssignments).values({ userId: user!.id, unitId, role: "chairman" });
  const jar = [`thidua_session=${await startSession(db, user!.id, { ip: "127.0.0.1" })}`];
  for (const line of (await app.request("/sign-in")).headers.getSetCookie()) {
    const pair = line.split(";")[0]!;
    if (pair.startsWith("thidua_csrf=")) jar.push(pair);
  }
  return jar.join("; ");
}

/** Median and p95 of REQUESTS page loads after 3 warm-ups; checks the page shows what it should. */
async function timePage(app: ReturnType<typeof createApp>, cookie: string, path: string, expectRows: RegExp, rows: number) {
  const get = async () => {
    const res = await app.request(path, { headers: { cookie } });
    const html = await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${html.slice(0, 300)}`);
    return html;
  };
  const html = await get();
  const shown = (html.match(expectRows) ?? []).length;
  if (shown < rows) throw new Error(`${path} shows ${shown} of ${rows} rows`);
  for (let i = 0; i < 2; i++) await get();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < REQUESTS && ms(started) < BUDGET_MS; i++) {
    const t = performance.now();
    await get();
    times.push(ms(t));
  }
  return { times, bytes: html.length };
}

export async function postgres(figures: Figures, opts: PlatformOptions, clusterUrl: string): Promise<void> {
  const url = await createDatabase(clusterUrl, "bench_progress");
  const runtime = await openRuntime(loadConfig({ DATA_DIR: tempDir(opts, "progress-pg"), DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" }), { info() {}, error: (m) => console.error(`  ${m}`) });
  try {
    const t0 = performance.now();
    const { provinceId, parentId, childId, checkins } = await load(runtime);
    const loadMs = ms(t0);
    await runtime.deps.database.query("ANALYZE");
    console.log(`  ${COMMUNES} communes × ${PARTICIPANTS} participants × ${CRITERIA} criteria, ${checkins.toLocaleString("en")} check-ins loaded in ${Math.round(loadMs)} ms (+ ANALYZE)`);
    figures.add("progress_generate_checkins_per_second", checkins / (loadMs / 1000), "rows/s", "postgres");
    const app = createApp(runtime.deps);
    const cookie = await chairmanCookie(runtime, app, provinceId);
    const province = await timePage(app, cookie, `/movements/${parentId}/progress`, /<a href="\/movements\/\d+\/progress">Xã Số/g, COMMUNES);
    console.log(`  province dashboard: ${province.bytes} bytes of HTML, ${province.times.length} requests`);
    figures.add("progress_dashboard_province_median", percentile(province.times, 50), "ms", "postgres");
    figures.add("progress_dashboard_province", percentile(province.times, 95), "ms", "postgres");
    const commune = await timePage(app, cookie, `/movements/${childId}/progress`, /<a href="\/movements\/\d+\/checkins\/\d+">/g, PARTICIPANTS);
    console.log(`  one commune's dashboard: ${commune.bytes} bytes of HTML, ${commune.times.length} requests`);
    figures.add("progress_dashboard_commune_median", percentile(commune.times, 50), "ms", "postgres");
    figures.add("progress_dashboard_commune_p95", percentile(commune.times, 95), "ms", "postgres");
  } finally {
    await runtime.close();
  }
}
