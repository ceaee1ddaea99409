// What a fact form starts from: the person (for those who keep their facts), and the fact a
// removal or a change is about. Another person's fact, or none, answers 404.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { awardHolds, disciplines, initiatives, yearlyAssessments } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { FACT_KINDS, type FactKind } from "./fact-input";
import { findFactPerson } from "./find-fact-person";
import type { FactValues } from "./get-facts";
import { factOf } from "./record-assessment";
import { disciplineFact } from "./record-discipline";
import { holdFact } from "./record-hold";
import { initiativeFact } from "./record-initiative";

/** The person whose facts the actor keeps, for a form's title. */
export async function factFormPerson(actor: Actor, db: DbOrTx, personId: number) {
  const person = await findFactPerson(actor, db, personId, "manage");
  return { id: person.id, fullName: person.fullName };
}

/** The rating recorded for a year, for the form that changes it. */
export async function assessmentForEditing(actor: Actor, db: DbOrTx, personId: number, year: string | undefined) {
  const person = await factFormPerson(actor, db, personId);
  const wanted = Number(year);
  if (!year || !Number.isInteger(wanted)) return { person, values: {} as Record<string, string> };
  const [row] = await db.select().from(yearlyAssessments).where(and(eq(yearlyAssessments.personId, person.id), eq(yearlyAssessments.year, wanted)));
  const values: Record<string, string> = row ? { year: String(row.year), rating: row.rating, note: row.note } : { year: String(wanted) };
  return { person, values };
}

/** A fact of this person, by kind and id, as the removal page shows it. */
export async function factToRemove(actor: Actor, db: DbOrTx, personId: number, kind: string | undefined, factId: string | undefined) {
  const person = await factFormPerson(actor, db, personId);
  const id = Number(factId);
  if (!FACT_KINDS.includes(kind as FactKind) || !Number.isSafeInteger(id) || id <= 0) throw new NotFound("fact");
  const fact = await readFact(db, person.id, kind as FactKind, id);
  if (!fact) throw new NotFound("fact");
  return { person, fact, values: { kind: kind!, factId: String(id) } };
}

async function readFact(db: DbOrTx, personId: number, kind: FactKind, id: number): Promise<FactValues | null> {
  switch (kind) {
    case "assessment": {
      const [r] = await db.select().from(yearlyAssessments).where(and(eq(yearlyAssessments.id, id), eq(yearlyAssessments.personId, personId)));
      return r ? factOf(r) : null;
    }
    case "discipline": {
      const [r] = await db.select().from(disciplines).where(and(eq(disciplines.id, id), eq(disciplines.personId, personId)));
      return r ? disciplineFact(r) : null;
    }
    case "hold": {
      const [r] = await db.select().from(awardHolds).where(and(eq(awardHolds.id, id), eq(awardHolds.personId, personId)));
      return r ? holdFact(r) : null;
    }
    case "initiative": {
      const [r] = await db.select().from(initiatives).where(and(eq(initiatives.id, id), eq(initiatives.personId, personId)));
      return r ? initiativeFact(r) : null;
    }
  }
}

/** A hold of this person that still lasts, for the form that ends it. */
export async function holdToEnd(actor: Actor, db: DbOrTx, personId: number, holdId: string | undefined) {
  const person = await factFormPerson(actor, db, personId);
  const id = Number(holdId);
  const [hold] = Number.isSafeInteger(id) && id > 0 ? await db.select().from(awardHolds).where(and(eq(awardHolds.id, id), eq(awardHolds.personId, person.id))) : [];
  if (!hold) throw new NotFound("hold");
  return { person, values: { holdId: String(hold.id) } };
}
