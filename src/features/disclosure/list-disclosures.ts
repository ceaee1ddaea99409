// The lists a standing member's governments have published, newest first, with the comments
// waiting for moderation.
import { desc, eq, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { disclosures, units } from "../../db/schema";
import { disclosureState } from "../../domain/nominations/disclosure";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { disclosurePolicy } from "./policy";

export const PAGE_SIZE = 50;

export const ListDisclosuresInput = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export async function listDisclosures(actor: Actor, db: DbOrTx, input: unknown = {}, today = todayInVietnam()) {
  authorize(disclosurePolicy.manageSomewhere(actor), "disclosure.manage");
  const q = parseInput(ListDisclosuresInput, input);
  const scopes = disclosurePolicy.manageScopes(actor);
  const rows = await db
    .select({
      id: disclosures.id,
      title: disclosures.title,
      unitId: disclosures.unitId,
      unitName: units.name,
      startsOn: disclosures.startsOn,
      endsOn: disclosures.endsOn,
      workingDays: disclosures.workingDays,
      candidates: sql<number>`(SELECT count(*)::int FROM disclosure_items i WHERE i.disclosure_id = ${disclosures.id})`,
      pending: sql<number>`(SELECT count(*)::int FROM disclosure_comments m WHERE m.disclosure_id = ${disclosures.id} AND m.status = 'pending')`,
      total: sql<number>`count(*) OVER ()`,
    })
    .from(disclosures)
    .innerJoin(units, eq(units.id, disclosures.unitId))
    .where(or(...scopes.map((p) => sql`${units.path} LIKE ${p} || '%'`)))
    .orderBy(desc(disclosures.startsOn), desc(disclosures.id))
    .limit(PAGE_SIZE)
    .offset((q.page - 1) * PAGE_SIZE);
  return {
    query: q,
    rows: rows.map(({ total: _t, ...r }) => ({ ...r, candidates: Number(r.candidates), pending: Number(r.pending), state: disclosureState(r, today) })),
    total: Number(rows[0]?.total ?? 0),
  };
}
