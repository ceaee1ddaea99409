// What anyone reads, with no sign-in: a government's lists that have started (nothing of a
// candidate is public before), each with its candidates as the law makes them public, its period,
// and the comments published by the standing member with their answers (never a sender's contact).
import { and, desc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { disclosures, units } from "../../db/schema";
import { disclosureState } from "../../domain/nominations/disclosure";
import { todayInVietnam } from "../../domain/text/dates";
import { NotFound } from "../../platform/errors";
import { aboutOf, candidatesOf, commentsOf } from "./disclosure-contents";

async function publicUnit(db: DbOrTx, unitId: number) {
  const [unit] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, unitId));
  if (!unit) throw new NotFound("unit");
  return unit;
}

export async function listPublicDisclosures(db: DbOrTx, unitId: number, today = todayInVietnam()) {
  const unit = await publicUnit(db, unitId);
  const rows = await db
    .select({ id: disclosures.id, title: disclosures.title, startsOn: disclosures.startsOn, endsOn: disclosures.endsOn, workingDays: disclosures.workingDays })
    .from(disclosures)
    .where(and(eq(disclosures.unitId, unitId), lte(disclosures.startsOn, today)))
    .orderBy(desc(disclosures.startsOn), desc(disclosures.id))
    .limit(200);
  return { unit, disclosures: rows.map((r) => ({ ...r, state: disclosureState(r, today) })) };
}

/** A list that has started, of this government; NotFound before its first day, as if it did not exist. */
export async function findStartedDisclosure(db: DbOrTx, unitId: number, id: number, today: string) {
  const [row] = await db
    .select({ disclosure: disclosures, unitName: units.name })
    .from(disclosures)
    .innerJoin(units, eq(units.id, disclosures.unitId))
    .where(and(eq(disclosures.id, id), eq(disclosures.unitId, unitId), lte(disclosures.startsOn, today)));
  if (!row) throw new NotFound("disclosure");
  return row;
}

export async function getPublicDisclosure(db: DbOrTx, unitId: number, id: number, today = todayInVietnam()) {
  const { disclosure: d, unitName } = await findStartedDisclosure(db, unitId, id, today);
  const candidates = await candidatesOf(db, id);
  const about = aboutOf(candidates);
  const comments = (await commentsOf(db, id, { publishedOnly: true })).map((c) => ({
    id: c.id,
    authorName: c.authorName,
    body: c.body,
    answer: c.answer,
    createdAt: c.createdAt,
    about: about(c.nominationId),
  }));
  return {
    unit: { id: unitId, name: unitName },
    disclosure: { id: d.id, title: d.title, startsOn: d.startsOn, endsOn: d.endsOn, workingDays: d.workingDays, citation: d.citation },
    state: disclosureState(d, today),
    candidates,
    comments,
  };
}
