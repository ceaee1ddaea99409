// A person's facts as those who may see them read them: the yearly assessments, discipline,
// holds (the ones lasting today marked), initiatives and the history of changes.
import { and, asc, desc, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { auditLog, awardHolds, disciplines, initiatives, yearlyAssessments } from "../../db/schema";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { Forbidden } from "../../platform/errors";
import { FACT_ENTITY, findFactPerson } from "./find-fact-person";
import { eligibilityPolicy } from "./policy";

export interface FactsOptions {
  /** Only the assessments of the last `years` years (the person page shows 10). */
  years?: number;
}

export async function getFacts(actor: Actor, db: DbOrTx, personId: number, options: FactsOptions = {}) {
  const person = await findFactPerson(actor, db, personId, "view");
  const today = todayInVietnam();
  const since = options.years ? Number(today.slice(0, 4)) - options.years + 1 : 0;
  const [assessments, disciplineRows, holdRows, initiativeRows, history] = await Promise.all([
    db
      .select({ id: yearlyAssessments.id, year: yearlyAssessments.year, rating: yearlyAssessments.rating, note: yearlyAssessments.note })
      .from(yearlyAssessments)
      .where(and(eq(yearlyAssessments.personId, person.id), gte(yearlyAssessments.year, since)))
      .orderBy(desc(yearlyAssessments.year)),
    db
      .select({ id: disciplines.id, form: disciplines.form, decision: disciplines.decision, decidedOn: disciplines.decidedOn, endsOn: disciplines.endsOn, note: disciplines.note })
      .from(disciplines)
      .where(eq(disciplines.personId, person.id))
      .orderBy(desc(disciplines.decidedOn), desc(disciplines.id)),
    db
      .select({ id: awardHolds.id, reason: awardHolds.reason, startsOn: awardHolds.startsOn, endsOn: awardHolds.endsOn, note: awardHolds.note })
      .from(awardHolds)
      .where(eq(awardHolds.personId, person.id))
      .orderBy(desc(awardHolds.startsOn), desc(awardHolds.id)),
    db
      .select({ id: initiatives.id, title: initiatives.title, scope: initiatives.scope, recognisedOn: initiatives.recognisedOn, recognisedBy: initiatives.recognisedBy, note: initiatives.note })
      .from(initiatives)
      .where(eq(initiatives.personId, person.id))
      .orderBy(desc(initiatives.recognisedOn), asc(initiatives.id)),
    db
      .select({ seq: auditLog.seq, at: auditLog.at, actorLabel: auditLog.actorLabel, action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, FACT_ENTITY), eq(auditLog.entityId, String(person.id))))
      .orderBy(desc(auditLog.seq))
      .limit(200),
  ]);
  return {
    person: { id: person.id, fullName: person.fullName, unitId: person.unitId, unitName: person.unitName },
    assessments,
    disciplines: disciplineRows,
    holds: holdRows.map((h) => ({ ...h, current: h.startsOn <= today && (h.endsOn === null || h.endsOn >= today) })),
    initiatives: initiativeRows,
    history: history.map((h) => ({ ...h, actorLabel: h.actorLabel.replace(/\s*<[^>]*>$/, ""), before: h.before as FactValues | null, after: h.after as FactValues | null })),
    canManage: eligibilityPolicy.manage(actor, { unitPath: person.unit.path }),
  };
}

export type Facts = Awaited<ReturnType<typeof getFacts>>;
/** A fact as its audit entry keeps it (see factOf, disciplineFact, holdFact, initiativeFact). */
export type FactValues = Record<string, string | number | boolean | null | undefined>;

/** For the person page: the facts when the actor may see them, otherwise nothing at all. */
export async function factsForPersonPage(actor: Actor, db: DbOrTx, personId: number): Promise<Facts | null> {
  try {
    return await getFacts(actor, db, personId, { years: 10 });
  } catch (err) {
    if (err instanceof Forbidden) return null;
    throw err;
  }
}
