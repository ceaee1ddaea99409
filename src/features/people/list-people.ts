import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { selectRows, type DbOrTx } from "../../db/client";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";

export const PEOPLE_PAGE_SIZE = 50;
/** Matches are counted up to this many; beyond it the list says "more than 50,000". */
export const MATCH_CAP = 50_000;

export const ListPeopleInput = z.object({
  q: z.string().trim().max(100, "errors.too_long").optional(),
  unit: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(MATCH_CAP / PEOPLE_PAGE_SIZE).default(1).catch(1),
});

interface Row {
  id: number;
  fullName: string;
  gender: string | null;
  unitId: number;
  unitName: string;
  total?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/**
 * Which names match: anywhere in the name through the trigram index; a one- or
 * two-letter query ("le", "vu") matches whole words, which the index can serve too.
 */
function nameMatches(folded: string): SQL {
  if (folded.length >= 3) return sql`p.search_text LIKE ${`%${escapeLike(folded)}%`}`;
  const w = escapeLike(folded);
  return sql`(p.search_text = ${folded} OR p.search_text LIKE ${`${w} %`} OR p.search_text LIKE ${`% ${w} %`} OR p.search_text LIKE ${`% ${w}`})`;
}

/** People of the units under these paths; no condition at all for the whole country ("/"). */
function inUnits(paths: string[]): SQL {
  if (paths.includes("/")) return sql`true`;
  if (paths.length === 0) return sql`false`;
  const under = sql.join(paths.map((p) => sql`u.path LIKE ${`${escapeLike(p)}%`}`), sql` OR `);
  return sql`p.unit_id IN (SELECT u.id FROM units u WHERE ${under})`;
}

/**
 * People the actor may see, in Vietnamese order (given name, then middle and family
 * name), searched with or without tones; ordering and paging happen in the database.
 * Matches are gathered through the trigram index, then counted and ordered among
 * themselves, so a common name costs no more than its matches.
 */
export async function listPeople(actor: Actor, db: DbOrTx, input: unknown) {
  const { q, unit: unitId, page } = parseInput(ListPeopleInput, input);
  let paths = actor.scopes("person.view");
  let unit: { id: number; name: string; path: string } | null = null;
  if (unitId) {
    unit = await findVisibleUnit(actor, db, unitId);
    paths = [unit.path];
  }
  const folded = q ? foldForSearch(q) : "";
  const where = sql`${inUnits(paths)} AND ${folded ? nameMatches(folded) : sql`true`}`;
  const offset = (page - 1) * PEOPLE_PAGE_SIZE;

  const rows = await selectRows<Row>(
    db,
    sql`WITH m AS MATERIALIZED (SELECT p.id, p.sort_key FROM people p WHERE ${where} LIMIT ${MATCH_CAP + 1}),
             top AS (SELECT id, sort_key FROM m ORDER BY sort_key, id LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${offset})
        SELECT (SELECT count(*) FROM m)::int AS total, p.id, p.full_name AS "fullName", p.gender, u.id AS "unitId", u.name AS "unitName"
          FROM top JOIN people p ON p.id = top.id JOIN units u ON u.id = p.unit_id
         ORDER BY top.sort_key, top.id`,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const [counted] = await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM people p WHERE ${where} LIMIT ${MATCH_CAP + 1}) m`);
    total = counted?.n ?? 0;
  }
  let people = rows.map(({ total: _t, ...r }) => r);
  if (total > MATCH_CAP) {
    // Very common names are spread evenly through the order, so walking the sort index is quick.
    people = await selectRows<Row>(
      db,
      sql`SELECT p.id, p.full_name AS "fullName", p.gender, u.id AS "unitId", u.name AS "unitName"
            FROM people p JOIN units u ON u.id = p.unit_id
           WHERE ${where} ORDER BY p.sort_key, p.id LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${offset}`,
    );
  }
  return { people, total: Math.min(total, MATCH_CAP), totalCapped: total > MATCH_CAP, page, pageSize: PEOPLE_PAGE_SIZE, q: q ?? "", unit };
}
