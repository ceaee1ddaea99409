// The fairness view of a unit for a year: the people nominated (submitted or accepted) and the
// people awarded, by gender, ethnicity, age group, frontline workers, leaders and sub-unit, beside
// the same shares among everyone of the unit, with the law's priority warnings
// (src/domain/fairness). Counted in SQL by group, so a province's figures cost no more rows than a
// ward's.
import { asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { selectRows, type DbOrTx } from "../../db/client";
import { memberships, units } from "../../db/schema";
import { fairnessView, isLeadingPost, type Subject } from "../../domain/fairness/fairness";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { fairnessPolicy } from "./policy";

export const FairnessInput = z.object({
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  year: z.coerce.number({ error: "errors.nomination_year" }).int("errors.nomination_year").min(1945, "errors.nomination_year").max(2200, "errors.nomination_year").optional(),
});

interface Row {
  gender: string | null;
  ethnicity: string | null;
  birth_year: number | null;
  frontline: boolean;
  leader: boolean;
  grp: string;
  n: number;
}

const subjects = (rows: Row[], groups: Map<string, string>, own: string): Subject[] =>
  rows.map((r) => ({
    gender: r.gender,
    ethnicity: r.ethnicity,
    birthYear: r.birth_year === null ? null : Number(r.birth_year),
    frontline: r.frontline,
    leader: r.leader,
    group: r.grp === "" ? own : (groups.get(r.grp) ?? r.grp),
    weight: Number(r.n),
  }));

export async function getFairness(actor: Actor, db: DbOrTx, input: unknown = {}) {
  const q = parseInput(FairnessInput, input);
  const year = q.year ?? Number(todayInVietnam().slice(0, 4)) - 1;
  // Another unit answers 404 as if it did not exist; one's own without the right, 403.
  if (q.unit === undefined) authorize(fairnessPolicy.viewSomewhere(actor), "fairness.view");
  const unit = await findVisibleUnit(actor, db, q.unit ?? (await firstUnit(actor, db)));
  authorize(fairnessPolicy.view(actor, unit), "fairness.view");
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // Leading posts of the year: the positions held in the unit, judged by their words (any spelling).
  const positions = await db
    .selectDistinct({ position: memberships.position })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(sql`${units.path} LIKE ${unit.path} || '%' AND ${memberships.position} IS NOT NULL`);
  const leading = `{${positions.map((p) => p.position!).filter(isLeadingPost).map((p) => `"${p.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  const grouped = (from: ReturnType<typeof sql>) => sql`
    SELECT p.gender, p.ethnicity, p.birth_year, p.frontline,
           EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.position = ANY(${leading}::text[])
                    AND (m.valid_from IS NULL OR m.valid_from <= ${last}::date) AND (m.valid_to IS NULL OR m.valid_to >= ${first}::date)) AS leader,
           split_part(substr(u.path, length(${unit.path}) + 1), '/', 1) AS grp,
           count(*)::int AS n
      FROM ${from}
      JOIN units u ON u.id = p.unit_id
     WHERE u.path LIKE ${unit.path} || '%'
     GROUP BY 1, 2, 3, 4, 5, 6`;
  const [base, nominated, awarded, children] = await Promise.all([
    selectRows<Row>(db, grouped(sql`people p`)),
    selectRows<Row>(
      db,
      grouped(sql`(SELECT DISTINCT p.* FROM people p JOIN nominations n ON n.person_id = p.id JOIN units nu ON nu.id = n.unit_id
                    WHERE n.year = ${year} AND n.status IN ('submitted', 'accepted') AND nu.path LIKE ${unit.path} || '%') p`),
    ),
    selectRows<Row>(
      db,
      grouped(sql`(SELECT DISTINCT p.* FROM people p JOIN awards a ON a.person_id = p.id
                    WHERE coalesce(a.year, EXTRACT(YEAR FROM a.decision_date)::int) = ${year}) p`),
    ),
    db.select({ id: units.id, name: units.name }).from(units).where(eq(units.parentId, unit.id)).orderBy(asc(units.sortKey)),
  ]);
  const names = new Map(children.map((c) => [String(c.id), c.name]));
  const all = subjects(base, names, unit.name);
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    people: all.reduce((n, s) => n + (s.weight ?? 1), 0),
    nominated: fairnessView(subjects(nominated, names, unit.name), all, year),
    awarded: fairnessView(subjects(awarded, names, unit.name), all, year),
  };
}

/** The actor's first unit where it may see the view. */
async function firstUnit(actor: Actor, db: DbOrTx): Promise<number> {
  const ids = actor.assignments.map((a) => a.unitId);
  const rows = ids.length ? await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, ids)).orderBy(sql`length(${units.path})`) : [];
  const unit = rows.find((u) => fairnessPolicy.view(actor, u));
  return unit?.id ?? 0;
}
