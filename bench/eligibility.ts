// Eligibility figures on PostgreSQL: the national dataset (about 1,000,000 people) with ten
// years of awards (about 1.5 million, bench/generate-national.ts --awards 10), a year's
// assessments for one province's candidates, and 10,000 nominations of that province checked
// at once (checkCandidates: the records gathered in a handful of queries, then the pure rules).
import { loadConfig } from "../src/config";
import { checkCandidates, type NominationToCheck } from "../src/features/eligibility/check-candidates";
import { openRuntime } from "../src/server";
import { generate, LAST_AWARD_YEAR } from "./generate-national";
import { type Figures, percentile } from "./lib";
import { type PlatformOptions, createDatabase, tempDir } from "./platform";

/** Thành phố Hà Nội: 126 communes and wards. */
const PROVINCE_CODE = "01";
const NOMINATIONS = 10_000;
const RUNS = 3;
/** A decision under Decree 98 for the last generated year, and one under Decree 152. */
const DECISION_DATES = ["2025-01-15", "2025-12-20"];
const FORMS = ["LDTT", "CSTDCS", "GK_XA", "CSTD_TINH"];

export async function postgres(figures: Figures, opts: PlatformOptions, clusterUrl: string): Promise<void> {
  const url = await createDatabase(clusterUrl, "bench_eligibility");
  const runtime = await openRuntime(loadConfig({ DATA_DIR: tempDir(opts, "eligibility-pg"), DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" }), {
    info() {},
    error: (m) => console.error(`  ${m}`),
  });
  try {
    const database = runtime.deps.database;
    const result = await generate(database, { databaseUrl: url, peoplePerCommune: 300, awardYears: 10 });
    figures.add("generator_awards", result.awards, "awards", "postgres");
    console.log(`  ${result.people} people, ${result.awards} awards over 10 years (written in ${Math.round(result.awardsMs)} ms)`);

    const candidates = await database.query<{ id: number; unit_id: number }>(
      `SELECT p.id, p.unit_id FROM people p JOIN units u ON u.id = p.unit_id
        WHERE u.path LIKE (SELECT path FROM units WHERE code = $1) || '%' ORDER BY p.id LIMIT $2`,
      [PROVINCE_CODE, NOMINATIONS],
    );
    // The year's assessments of the candidates (most good or better), a few on hold.
    await database.query(
      `INSERT INTO yearly_assessments (person_id, year, rating)
       SELECT id, $2::int, (ARRAY['excellent', 'good', 'good', 'good', 'completed'])[1 + id % 5] FROM unnest($1::int[]) AS id`,
      [`{${candidates.map((c) => c.id).join(",")}}`, LAST_AWARD_YEAR],
    );
    await database.query(
      `INSERT INTO award_holds (person_id, reason, starts_on) SELECT id, 'complaint', '2024-11-01' FROM unnest($1::int[]) AS id WHERE id % 97 = 0`,
      [`{${candidates.map((c) => c.id).join(",")}}`],
    );
    await database.query("ANALYZE yearly_assessments");

    const nominations: NominationToCheck[] = candidates.map((c, i) => ({
      candidate: { kind: "person", id: Number(c.id) },
      formCode: FORMS[i % FORMS.length]!,
      year: LAST_AWARD_YEAR,
      commendationKind: "cong_trang",
      achievement: "",
      decisionDate: DECISION_DATES[i % 2]!,
      unitId: Number(c.unit_id),
    }));
    const times: number[] = [];
    let verdicts: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      const checked = await checkCandidates(database.db, nominations, { checkedOn: "2025-01-10" });
      times.push(performance.now() - t);
      verdicts = {};
      for (const c of checked) verdicts[c.report?.verdict ?? "missing"] = (verdicts[c.report?.verdict ?? "missing"] ?? 0) + 1;
    }
    const median = percentile(times, 50);
    figures.add("eligibility_10k_nominations", median, "ms", "postgres");
    console.log(`  ${nominations.length} nominations checked in ${times.map((t) => Math.round(t)).join(" / ")} ms (median ${Math.round(median)}); ${JSON.stringify(verdicts)}`);
  } finally {
    await runtime.close();
  }
}
