// The person whose facts are read or written, as the actor may see them: a person the actor
// cannot see answers 404 (as if there were none); a person seen but whose facts are not the
// actor's to see or keep answers 403, with nothing of the facts in it.
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { findVisiblePerson } from "../people/find-visible-person";
import { eligibilityPolicy } from "./policy";

export async function findFactPerson(actor: Actor, db: DbOrTx, personId: number, need: "view" | "manage") {
  const row = await findVisiblePerson(actor, db, personId);
  const person = { unitPath: row.unitPath };
  authorize(need === "view" ? eligibilityPolicy.view(actor, person) : eligibilityPolicy.manage(actor, person), `eligibility_fact.${need}`);
  return { id: row.person.id, fullName: row.person.fullName, unitId: row.person.unitId, unitName: row.unitName, unit: { id: row.person.unitId, path: row.unitPath } };
}

/** How every fact's audit entry is filed: under the person, so that their history is one query. */
export const FACT_ENTITY = "eligibility_fact";
