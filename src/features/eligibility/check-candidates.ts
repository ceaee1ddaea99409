// Checks many nominations at once: the catalogue read once, the records gathered in a handful of
// queries (candidate-records.ts), the units' chains read once per nominating unit, then the pure
// rules. What the use cases call after their permission checks; the benchmark calls it directly.
import { sql } from "drizzle-orm";
import { inSequence, selectRows, type DbOrTx } from "../../db/client";
import type { UnitOnDate } from "../../domain/catalogue/authority";
import { catalogueOn } from "../../domain/catalogue/in-force";
import { checkEligibility, type EligibilityReport } from "../../domain/eligibility/check";
import type { QuotaFacts } from "../../domain/eligibility/types";
import { loadCatalogueEntries } from "../catalogue/load-catalogue";
import { candidateKey, loadCandidateRecords, type CandidateRef } from "./candidate-records";

export interface NominationToCheck {
  candidate: CandidateRef;
  formCode: string;
  year: number;
  commendationKind: string;
  achievement: string;
  decisionDate: string;
  /** The nominating unit: its government decides, or proposes upward. */
  unitId: number;
}

/** Each unit with its ancestors, nearest first, as they were kept (with their dates). */
export async function unitChains(db: DbOrTx, unitIds: readonly number[]): Promise<Map<number, { path: string; chain: UnitOnDate[] }>> {
  const ids = [...new Set(unitIds)];
  const out = new Map<number, { path: string; chain: UnitOnDate[] }>();
  if (!ids.length) return out;
  const rows = await selectRows<{ id: number; path: string; ancestor_id: number; name: string; kind: string; valid_from: string | null; valid_to: string | null }>(
    db,
    sql`SELECT u.id, u.path, a.id AS ancestor_id, a.name, a.kind, a.valid_from::text AS valid_from, a.valid_to::text AS valid_to
        FROM units u JOIN units a ON u.path LIKE a.path || '%'
        WHERE u.id = ANY(${`{${ids.join(",")}}`}::int[])
        ORDER BY u.id, length(a.path) DESC`,
  );
  for (const r of rows) {
    const entry = out.get(Number(r.id)) ?? { path: r.path, chain: [] };
    entry.chain.push({ id: Number(r.ancestor_id), name: r.name, kind: r.kind, validFrom: r.valid_from, validTo: r.valid_to });
    out.set(Number(r.id), entry);
  }
  return out;
}

export interface CheckedNomination {
  nomination: NominationToCheck;
  /** Null when the candidate no longer exists. */
  report: EligibilityReport | null;
}

export async function checkCandidates(
  db: DbOrTx,
  nominations: readonly NominationToCheck[],
  opts: { checkedOn: string; quota?: (n: NominationToCheck) => QuotaFacts | undefined; memberTitleHolders?: ReadonlySet<number> },
): Promise<CheckedNomination[]> {
  const [entries, chains] = await inSequence([() => loadCatalogueEntries(db), () => unitChains(db, nominations.map((n) => n.unitId))]);
  // Records are per year of work: one gathering per year in the batch (a campaign has one).
  const years = [...new Set(nominations.map((n) => n.year))];
  const records = new Map<string, Awaited<ReturnType<typeof loadCandidateRecords>>>();
  for (const year of years) {
    const batch = nominations.filter((n) => n.year === year).map((n) => n.candidate);
    records.set(String(year), await loadCandidateRecords(db, batch, year, { memberTitle: "LDTT", ...(opts.memberTitleHolders ? { memberTitleHolders: opts.memberTitleHolders } : {}) }));
  }
  // One catalogue per decision date and nominating unit's path.
  const catalogues = new Map<string, ReturnType<typeof catalogueOn>>();
  return nominations.map((nomination) => {
    const record = records.get(String(nomination.year))!.get(candidateKey(nomination.candidate));
    const unit = chains.get(nomination.unitId);
    if (!record || !unit) return { nomination, report: null };
    const key = `${nomination.decisionDate}|${unit.path}`;
    let catalogue = catalogues.get(key);
    if (!catalogue) catalogues.set(key, (catalogue = catalogueOn(entries, nomination.decisionDate, unit.path)));
    const quota = opts.quota?.(nomination);
    const report = checkEligibility({
      nomination: { ...nomination, checkedOn: opts.checkedOn, unitChain: unit.chain },
      record,
      catalogue,
      ...(quota ? { quota } : {}),
    });
    return { nomination, report };
  });
}
