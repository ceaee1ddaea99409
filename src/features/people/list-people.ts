import { personPolicy } from "./policy";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { selectRows, type DbOrTx } from "../../db/client";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";

export const PEOPLE_PAGE_SIZE = 50;
/** The whole list (no search) is counted up to this many; beyond it the list says "more than 50,000". */
export const MATCH_CAP = 50_000;
/** A name search is counted up to this many; beyond it the list says "more than 1,000" (type more). */
export const SEARCH_CAP = 1_000;

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
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** One word of a search: a whole word of the name, or (`prefix`) the beginning of one. */
export interface SearchTerm {
  text: string;
  prefix: boolean;
}

/**
 * What a search asks for, folded like people.search_text (no tones, lower case). Every
 * word must be a word of the name, in any order, and the last one may be unfinished
 * (the beginning of a word: "nguyen van t" finds Nguyễn Văn Thành), as people type.
 * A query of a single one- or two-letter word matches whole words only: "le" finds
 * Lê and Lệ, not Lệnh. Words are never matched inside other words.
 */
export function searchTerms(q: string): SearchTerm[] {
  const words = foldForSearch(q).split(" ").filter((w) => w !== "");
  return words.map((text, i) => ({ text, prefix: i === words.length - 1 && !(words.length === 1 && text.length <= 2) }));
}

/**
 * The term as a condition on a folded name (`column`), for the words that do not drive the
 * search: anywhere in the name first (cheap), then at the start of a word, or as a whole word.
 */
function termMatches(column: SQL, term: SearchTerm): SQL {
  const w = escapeLike(term.text);
  const word = term.prefix ? sql`(' ' || ${column}) LIKE ${`% ${w}%`}` : sql`(' ' || ${column} || ' ') LIKE ${`% ${w} %`}`;
  return sql`(${column} LIKE ${`%${w}%`} AND ${word})`;
}

/** Units under these paths; null for the whole country ("/"). */
function scopeUnits(paths: string[]): SQL | null {
  if (paths.includes("/")) return null;
  if (paths.length === 0) return sql`SELECT NULL::int WHERE false`;
  const under = sql.join(paths.map((p) => sql`u.path LIKE ${`${escapeLike(p)}%`}`), sql` OR `);
  return sql`SELECT u.id FROM units u WHERE ${under}`;
}

/** People of the units under these paths; no condition at all for the whole country ("/"). */
function inUnits(paths: string[]): SQL {
  const units = scopeUnits(paths);
  return units ? sql`p.unit_id IN (${units})` : sql`true`;
}

// --- How common a word is: the planner's statistics on person_words ---------------------------

interface WordStats {
  /** Rows of the most common words. */
  common: Map<string, number>;
  /** Rows of any other word. */
  other: number;
}

const STATS_TTL_MS = 5 * 60_000;
const statsCache = new WeakMap<object, { at: number; stats: WordStats | null; bytes: number }>();

/** The planner's statistics on person_words and the table's size, kept a few minutes per handle. */
async function wordStats(db: DbOrTx): Promise<{ stats: WordStats | null; bytes: number }> {
  const cached = statsCache.get(db);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached;
  const [row] = await selectRows<{ vals: string[] | null; freqs: number[] | null; distinct: number | null; rows: number; bytes: number }>(
    db,
    sql`SELECT to_json(s.most_common_vals::text::text[]) AS vals, to_json(s.most_common_freqs) AS freqs, s.n_distinct AS distinct, c.reltuples AS rows,
               pg_relation_size(c.oid)::float8 AS bytes
          FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'person_words' AND s.attname = 'word'
         WHERE c.oid = 'person_words'::regclass`,
  );
  let stats: WordStats | null = null;
  const rows = Number(row?.rows ?? 0);
  if (row?.vals && row.freqs && rows > 0) {
    const common = new Map<string, number>();
    let sum = 0;
    row.vals.forEach((v, i) => {
      const f = Number(row.freqs![i] ?? 0);
      common.set(v, f * rows);
      sum += f;
    });
    const distinct = Number(row.distinct ?? 0);
    const words = distinct < 0 ? -distinct * rows : distinct;
    stats = { common, other: Math.max(1, ((1 - sum) * rows) / Math.max(1, words - common.size)) };
  }
  const found = { at: Date.now(), stats, bytes: Number(row?.bytes ?? 0) };
  statsCache.set(db, found);
  return found;
}

/**
 * While person_words is smaller than this (16 MB, some 60,000 people), the words that begin with
 * an unfinished word are looked up in the search's own statement (one round trip less, which
 * counts on PGlite); above it, in a statement of their own (see matches). Tests set it to run
 * both ways.
 */
export const searchTuning = { sameStatementBelowBytes: 16 * 1024 * 1024 };

/** Estimated rows of person_words for a term; without statistics, exact and longer words first. */
function estimate(stats: WordStats | null, term: SearchTerm): number {
  if (!stats) return (term.prefix ? 2 : 1) / (1 + term.text.length);
  if (!term.prefix) return stats.common.get(term.text) ?? stats.other;
  let n = stats.other; // at least the word itself or one more, unknown
  for (const [word, rows] of stats.common) if (word.startsWith(term.text)) n += rows;
  return n;
}

/** The body of a recursive `words(word)`: the distinct words that begin with `prefix`, one index descent each. */
function wordsBeginning(prefix: string): SQL {
  const end = `${prefix}\u{10FFFF}`;
  return sql`SELECT w FROM (SELECT min(word) AS w FROM person_words WHERE word >= ${prefix} AND word < ${end}) f WHERE w IS NOT NULL
             UNION ALL
             SELECT (SELECT min(word) FROM person_words WHERE word > words.word AND word < ${end}) FROM words WHERE words.word IS NOT NULL`;
}

async function wordsStartingWith(db: DbOrTx, prefix: string): Promise<string[]> {
  const rows = await selectRows<{ word: string }>(db, sql`WITH RECURSIVE words(word) AS (${wordsBeginning(prefix)}) SELECT word FROM words WHERE word IS NOT NULL`);
  return rows.map((r) => r.word);
}

/** How many people the units hold, counted up to `limit`. */
async function peopleInScope(db: DbOrTx, units: SQL, limit: number): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM people p WHERE p.unit_id IN (${units}) LIMIT ${limit}) x`);
  return Number(row?.n ?? 0);
}

/**
 * The matches of a search in Vietnamese order, at most `limit` of them, as (sort_key, person_id).
 * Usually driven by the rarest word through person_words: each of its words (one, or those
 * that begin with an unfinished word) is read from the index already in order, merged, and the
 * other words are checked on the folded name stored beside it, so the work stops after `limit`
 * matches. A small scope (a ward) is read whole instead, when it holds fewer people than the
 * rarest word has.
 */
async function matches(db: DbOrTx, terms: SearchTerm[], paths: string[], limit: number): Promise<SQL | null> {
  const { stats, bytes } = await wordStats(db);
  const ranked = terms.map((term, i) => ({ term, i, rows: estimate(stats, term) })).sort((a, b) => a.rows - b.rows || a.i - b.i);
  const driver = ranked[0]!;
  const others = terms.filter((_, i) => i !== driver.i);
  const units = scopeUnits(paths);

  if (units && (await peopleInScope(db, units, Math.ceil(driver.rows) + 1)) <= driver.rows) {
    const all = sql.join(terms.map((t) => termMatches(sql`p.search_text`, t)), sql` AND `);
    return sql`SELECT p.sort_key, p.id AS person_id FROM people p
                WHERE p.unit_id IN (${units}) AND ${all}
                ORDER BY p.sort_key, p.id LIMIT ${limit}`;
  }

  const filters = [...others.map((t) => termMatches(sql`w.search_text`, t)), ...(units ? [sql`w.unit_id IN (${units})`] : [])];
  const first = (word: SQL) =>
    sql`SELECT w.sort_key, w.person_id FROM person_words w WHERE ${sql.join([sql`w.word = ${word}`, ...filters], sql` AND `)} ORDER BY w.sort_key, w.person_id LIMIT ${limit}`;
  if (!driver.term.prefix) return first(sql`${driver.term.text}`);
  // An unfinished word: the words that begin with it, the first `limit` matches of each, then the
  // first `limit` people of them all. A person with two of the words ("hoang thi hoa" for "hoa")
  // comes twice: DISTINCT. Whoever is among the first `limit` people overall is among the first
  // `limit` of each of their words, so nobody is missed.
  if (bytes < searchTuning.sameStatementBelowBytes) {
    return sql`WITH RECURSIVE words(word) AS (${wordsBeginning(driver.term.text)})
               SELECT DISTINCT d.sort_key, d.person_id FROM words x CROSS JOIN LATERAL (${first(sql`x.word`)}) d
                ORDER BY d.sort_key, d.person_id LIMIT ${limit}`;
  }
  // On a large table the words are looked up first: as constants they keep the plan's estimated
  // cost low, below where JIT compilation would start (and cost more than the query).
  const words = await wordsStartingWith(db, driver.term.text);
  if (words.length === 0) return null;
  if (words.length === 1) return first(sql`${words[0]}`);
  const branches = sql.join(words.map((word) => sql`(${first(sql`${word}`)})`), sql` UNION ALL `);
  return sql`SELECT DISTINCT d.sort_key, d.person_id FROM (${branches}) d ORDER BY d.sort_key, d.person_id LIMIT ${limit}`;
}

/**
 * The statement behind a page of the people list: the matches (`found`, at most `limit`), their
 * count and the page's people with their units. Null when nothing can match. Exported so that the
 * benchmark can show its plan.
 */
export async function peopleListStatement(actor: Actor, db: DbOrTx, input: unknown) {
  const { q, unit: unitId, page } = parseInput(ListPeopleInput, input);
  let paths = personPolicy.viewScopes(actor);
  let unit: { id: number; name: string; path: string } | null = null;
  if (unitId) {
    unit = await findVisibleUnit(actor, db, unitId);
    paths = [unit.path];
  }
  const offset = (page - 1) * PEOPLE_PAGE_SIZE;
  const terms = q ? searchTerms(q) : [];
  const cap = terms.length ? SEARCH_CAP : MATCH_CAP;
  const limit = Math.max(cap + 1, offset + PEOPLE_PAGE_SIZE);
  const found = terms.length
    ? await matches(db, terms, paths, limit)
    : sql`SELECT p.sort_key, p.id AS person_id FROM people p WHERE ${inUnits(paths)} ORDER BY p.sort_key, p.id LIMIT ${limit}`;
  const statement =
    found &&
    sql`WITH m AS MATERIALIZED (${found}),
             top AS (SELECT sort_key, person_id FROM m ORDER BY sort_key, person_id LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${offset})
        SELECT c.total, p.id, p.full_name AS "fullName", p.gender, u.id AS "unitId", u.name AS "unitName"
          FROM (SELECT count(*)::int AS total FROM m) c
          LEFT JOIN (top JOIN people p ON p.id = top.person_id JOIN units u ON u.id = p.unit_id) ON true
         ORDER BY top.sort_key, top.person_id`;
  return { statement, cap, page, q: q ?? "", unit };
}

/**
 * People the actor may see, in Vietnamese order (given name, then middle and family
 * name), searched by the words of their names with or without tones (see searchTerms);
 * ordering and paging happen in the database. A search is counted up to SEARCH_CAP,
 * the whole list up to MATCH_CAP.
 */
export async function listPeople(actor: Actor, db: DbOrTx, input: unknown) {
  const { statement, cap, page, q, unit } = await peopleListStatement(actor, db, input);
  const rows = statement ? await selectRows<Row & { total: number }>(db, statement) : [];
  const total = Number(rows[0]?.total ?? 0);
  const people: Row[] = rows.filter((r) => r.id != null).map(({ total: _t, ...r }) => r);
  return { people, total: Math.min(total, cap), totalCapped: total > cap, page, pageSize: PEOPLE_PAGE_SIZE, q, unit };
}
