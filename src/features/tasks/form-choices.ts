import { taskPolicy } from "./policy";
import { unitPolicy } from "../units/policy";
import { movementPolicy } from "../movements/policy";
import { asc, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import { withinScopes } from "../../db/scope";
import type { Actor } from "../../platform/actor";

const LIMIT = 500;

export interface UnitChoice {
  id: number;
  name: string;
}

async function unitsWithin(db: DbOrTx, scopes: string[]): Promise<UnitChoice[]> {
  if (scopes.length === 0) return [];
  return db.select({ id: units.id, name: units.name }).from(units).where(withinScopes(units.path, scopes)).orderBy(sql`${units.sortKey} COLLATE "C"`, asc(units.id)).limit(LIMIT);
}

/** The units the actor assigns tasks for, and those a task may go to. */
export async function taskFormChoices(actor: Actor, db: DbOrTx) {
  const [assigning, all] = await Promise.all([unitsWithin(db, movementPolicy.manageScopes(actor)), unitsWithin(db, unitPolicy.viewScopes(actor))]);
  return { assigning, units: all };
}

/** The units the board can be narrowed to: those the actor works in. */
export async function boardUnits(actor: Actor, db: DbOrTx): Promise<UnitChoice[]> {
  return unitsWithin(db, taskPolicy.viewScopes(actor));
}
