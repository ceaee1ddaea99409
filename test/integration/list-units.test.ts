// The units list (page and API): what an actor may see, in tree order, paged, with the
// total; the same whether the actor's roles sit on one unit, on several, or on many (the
// statements are prepared for up to eight scopes), and nothing without a role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "../../src/db/client";
import type { Assignment } from "../../src/domain/access/roles";
import { insertUnit } from "../../src/features/units/insert-unit";
import { listUnits, UNITS_PAGE_SIZE } from "../../src/features/units/list-units";
import { Actor } from "../../src/platform/actor";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
type Unit = { id: number; path: string };
const wards: { ward: Unit; groups: Unit[] }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  await t.deps.database.db.transaction(async (tx: Tx) => {
    for (const [w, size] of [60, 3, 5, 1, 1, 1, 1, 1, 1, 2].entries()) {
      const ward = await insertUnit(tx, { parent: null, name: `Phường Thử ${w + 1}`, kind: "ward" });
      const groups: Unit[] = [];
      for (let g = 0; g < size; g++) groups.push(await insertUnit(tx, { parent: ward, name: `Tổ dân phố ${g + 1}`, kind: "residential_group" }));
      wards.push({ ward, groups });
    }
  });
});
afterAll(() => t.close());

const adminOf = (...units: Unit[]) =>
  Actor.user(
    { id: 1, email: "a@thidua.test", fullName: "A", lang: "vi" },
    units.map((u): Assignment => ({ role: "admin", unitId: u.id, unitPath: u.path })),
  );
const ids = (list: Awaited<ReturnType<typeof listUnits>>) => list.units.map((u) => u.id);
const within = (...w: number[]) => w.flatMap((i) => [wards[i]!.ward.id, ...wards[i]!.groups.map((g) => g.id)]);

describe("listUnits", () => {
  it("pages one ward's units in tree order with the total", async () => {
    const actor = adminOf(wards[0]!.ward);
    const first = await listUnits(actor, t.deps.database.db, 1);
    const second = await listUnits(actor, t.deps.database.db, 2);
    expect(first.total).toBe(61);
    expect(first.units).toHaveLength(UNITS_PAGE_SIZE);
    expect(first.units[0]).toMatchObject({ id: wards[0]!.ward.id, depth: 0 });
    expect(second.units).toHaveLength(11);
    expect([...ids(first), ...ids(second)].sort((a, b) => a - b)).toEqual(within(0).sort((a, b) => a - b));
  });

  it("joins the units of roles on several wards, and leaves out the others", async () => {
    const list = await listUnits(adminOf(wards[1]!.ward, wards[2]!.ward), t.deps.database.db);
    expect(list.total).toBe(10);
    expect(ids(list).sort((a, b) => a - b)).toEqual(within(1, 2).sort((a, b) => a - b));
  });

  it("gives the same answer for more scopes than are prepared", async () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => wards[i]!.ward);
    const list = await listUnits(adminOf(...nine), t.deps.database.db);
    expect(list.total).toBe(9 + 3 + 5 + 6 + 2);
    expect(ids(list).sort((a, b) => a - b)).toEqual(within(1, 2, 3, 4, 5, 6, 7, 8, 9).sort((a, b) => a - b));
  });

  it("shows nothing to an actor without a role, and everything to the console", async () => {
    const none = await listUnits(adminOf(), t.deps.database.db);
    expect(none).toMatchObject({ units: [], total: 0 });
    expect((await listUnits(Actor.system(), t.deps.database.db)).total).toBe(within(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).length);
  });
});
