// The database sorts people the Vietnamese way (given name, then the middle name word by word,
// then the family name), on PGlite and on PostgreSQL alike, by the stored key compared byte by
// byte; keys stored before migration 0012 are rebuilt when the database is migrated.
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appState, people } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { generatedNames, referenceOrder } from "../support/vietnamese-names";
import { addUnit } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
let unitId: number;

beforeAll(async () => {
  t = await startTestApp();
  ({ id: unitId } = await addUnit(t, null, "Phường Thứ Tự"));
});
afterAll(() => t.close());

const storedOrder = async () =>
  (await t.deps.database.db.select({ fullName: people.fullName }).from(people).where(eq(people.unitId, unitId)).orderBy(sql`${people.sortKey} COLLATE "C"`, asc(people.id))).map((p) => p.fullName);

describe("people in Vietnamese order in the database", () => {
  it("orders 3,000 generated names as ICU's Vietnamese collation does, field by field", async () => {
    const names = generatedNames(3000, 11);
    for (let i = 0; i < names.length; i += 1000) {
      await t.deps.database.db.insert(people).values(names.slice(i, i + 1000).map((fullName) => ({ fullName, ...personKeys(fullName), unitId })));
    }
    expect(await storedOrder()).toEqual(referenceOrder(names));
  });

  it("rebuilds keys stored the old way when the database is migrated", async () => {
    await t.deps.database.db.update(people).set({ sortKey: "stale" }).where(eq(people.unitId, unitId));
    await t.deps.database.db.delete(appState).where(eq(appState.key, "data_migration:0012_person_sort_keys"));
    await t.deps.database.migrate();
    const names = (await t.deps.database.db.select({ fullName: people.fullName }).from(people).where(eq(people.unitId, unitId)).orderBy(asc(people.id))).map((p) => p.fullName);
    expect(await storedOrder()).toEqual(referenceOrder(names));
    // Once done, it is not run again at the next start.
    await t.deps.database.db.update(people).set({ sortKey: "kept" }).where(eq(people.fullName, names[0]!));
    await t.deps.database.migrate();
    const [first] = await t.deps.database.db.select({ sortKey: people.sortKey }).from(people).where(eq(people.fullName, names[0]!)).limit(1);
    expect(first!.sortKey).toBe("kept");
  });
});
