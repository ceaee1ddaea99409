// The migration that seeds the editable calendar table (0008) holds exactly the shipped
// adjustments: same dates, kinds, names and sources, none more, none less. (The integration
// test test/integration/tasks.test.ts reads them back from a migrated database too.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OFFICIAL_ADJUSTMENTS } from "../../domain/calendar/adjustments-data";

const SQL = readFileSync(new URL("../../db/migrations/0008_calendar_seed.sql", import.meta.url), "utf8");

/** The VALUES rows: ('date', 'kind', 'name', 'name_en' or NULL, 'source'), '' escaping a quote. */
function seededRows() {
  const text = "'((?:[^']|'')*)'";
  const row = new RegExp(`^\\s*\\(${text}, ${text}, ${text}, (?:${text}|NULL), ${text}\\),?$`, "gm");
  const unquote = (s: string | undefined) => s?.replace(/''/g, "'");
  return [...SQL.matchAll(row)].map((m) => ({ date: m[1], kind: m[2], name: unquote(m[3]), nameEn: unquote(m[4]), source: unquote(m[5]) }));
}

describe("the calendar seed migration", () => {
  it("inserts exactly the shipped OFFICIAL_ADJUSTMENTS", () => {
    expect(seededRows()).toEqual(OFFICIAL_ADJUSTMENTS.map((a) => ({ date: a.date, kind: a.kind, name: a.name, nameEn: a.nameEn, source: a.source })));
    expect(SQL).toMatch(/ON CONFLICT \("date"\) DO NOTHING;\s*$/);
  });
});
