import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { units } from "../../db/schema";
import { parseOfficialUnits, type RowProblem } from "../../domain/registry/official-units";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { unitPolicy } from "./policy";
import { authorize } from "../../platform/errors";
import { nameKeys } from "./insert-unit";

export class ImportRejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`${problems.length} problems`);
  }
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

const LEVEL_KINDS = ["province", "commune", "ward", "special_zone"];

/** New rows get their path from their own id once inserted: one statement for all of them. */
async function fillPaths(tx: Tx) {
  await tx.execute(sql`UPDATE units u SET path = COALESCE(p.path, '/') || u.id || '/'
                        FROM units u2 LEFT JOIN units p ON p.id = u2.parent_id
                       WHERE u.id = u2.id AND u.path = '/'`);
}

/**
 * Imports the official list of provinces and communes (or a later file with the same
 * columns). Units are matched by official code: new ones are created, renamed or
 * re-classified ones updated, the rest left alone, so importing twice changes nothing.
 * A malformed file is rejected as a whole before anything is written.
 */
export async function importOfficialUnits(actor: Actor, csvText: string, db: Db) {
  authorize(unitPolicy.manageOfficial(actor), "units.import");
  const list = parseOfficialUnits(csvText);
  if (!list.ok) throw new ImportRejected(list.problems);
  const provinces: Tally = { created: 0, updated: 0, unchanged: 0 };
  const communes: Tally = { created: 0, updated: 0, unchanged: 0 };
  const changes: { code: string; before: unknown; after: unknown }[] = [];

  await db.transaction(async (tx) => {
    const existing = await tx.select().from(units).where(inArray(units.kind, LEVEL_KINDS));
    const byCode = new Map(existing.filter((u) => u.code).map((u) => [u.code!, u]));

    const newProvinces = list.provinces.filter((p) => !byCode.has(p.code));
    if (newProvinces.length) {
      await tx.insert(units).values(newProvinces.map((p) => ({ parentId: null, path: "/", name: p.name, kind: "province", code: p.code, ...nameKeys(p.name) })));
      provinces.created = newProvinces.length;
    }
    for (const p of list.provinces) {
      const unit = byCode.get(p.code);
      if (!unit) continue;
      if (unit.name === p.name) provinces.unchanged++;
      else {
        await tx.update(units).set({ name: p.name, ...nameKeys(p.name) }).where(sql`${units.id} = ${unit.id}`);
        changes.push({ code: p.code, before: { name: unit.name }, after: { name: p.name } });
        provinces.updated++;
      }
    }
    await fillPaths(tx);

    const provinceIds = new Map(
      (await tx.select({ id: units.id, code: units.code }).from(units).where(sql`${units.kind} = 'province'`)).map((p) => [p.code!, p.id]),
    );
    const newCommunes = list.communes.filter((c) => !byCode.has(c.code));
    for (let i = 0; i < newCommunes.length; i += 1000) {
      await tx.insert(units).values(
        newCommunes.slice(i, i + 1000).map((c) => ({ parentId: provinceIds.get(c.provinceCode)!, path: "/", name: c.name, kind: c.kind, code: c.code, ...nameKeys(c.name) })),
      );
    }
    communes.created = newCommunes.length;
    for (const c of list.communes) {
      const unit = byCode.get(c.code);
      if (!unit) continue;
      const parentId = provinceIds.get(c.provinceCode)!;
      if (unit.name === c.name && unit.kind === c.kind && unit.parentId === parentId) {
        communes.unchanged++;
        continue;
      }
      await tx.update(units).set({ name: c.name, kind: c.kind, parentId, ...nameKeys(c.name) }).where(sql`${units.id} = ${unit.id}`);
      if (unit.parentId !== parentId) {
        // Moved to another province: the commune and everything under it take the new path.
        const [parent] = await tx.select({ path: units.path }).from(units).where(sql`${units.id} = ${parentId}`);
        const newPath = `${parent!.path}${unit.id}/`;
        await tx.execute(sql`UPDATE units SET path = ${newPath} || substr(path, ${unit.path.length + 1}) WHERE path LIKE ${unit.path + "%"}`);
      }
      changes.push({ code: c.code, before: { name: unit.name, kind: unit.kind, parentId: unit.parentId }, after: { name: c.name, kind: c.kind, parentId } });
      communes.updated++;
    }
    await fillPaths(tx);

    if (provinces.created + provinces.updated + communes.created + communes.updated > 0) {
      await audit(tx, actor, {
        action: "units.imported",
        entityType: "unit",
        after: { source: createHash("sha256").update(csvText).digest("hex"), provinces, communes, changes },
      });
    }
  });
  return { provinces, communes };
}
