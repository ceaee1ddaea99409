// What a nomination is checked against when it is written: the catalogue of its planned decision
// date (the form exists then and is given to this kind of nominee, the kind of commendation
// exists), the nominee belongs to the nominating unit, the movement is one it takes part in.
// Every problem at once, by field.
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { movementParticipants, movements } from "../../db/schema";
import type { EntryValues } from "../../domain/catalogue/entries";
import type { Catalogue } from "../../domain/catalogue/in-force";
import { formatShortDate } from "../../domain/text/dates";
import { ValidationError, type FieldErrors } from "../../platform/errors";
import { loadCatalogue } from "../catalogue/load-catalogue";
import type { NominationValues } from "./nomination-input";
import { belongsTo, findNominee, type Nominee } from "./nominee";

export interface CheckedNomination {
  nominee: Nominee;
  catalogue: Catalogue;
  form: EntryValues["form"];
}

export async function checkNomination(tx: Tx, unit: { id: number; path: string; name: string }, values: NominationValues): Promise<CheckedNomination> {
  const errors: FieldErrors = {};
  const date = formatShortDate(values.decisionDate);
  if (Number(values.decisionDate.slice(0, 4)) < values.year) errors.decisionDate = { key: "errors.nomination_decision_before_year", params: { year: values.year, date } };
  const catalogue = await loadCatalogue(tx, values.decisionDate, unit.path);
  const form = catalogue.get("form", values.formCode)?.value;
  const nominee = await findNominee(tx, values.nomineeKind, values.nomineeId);
  if (!form) errors.formCode = { key: "errors.nomination_form_unknown", params: { form: values.formCode, date } };
  else if (!form.recipients.includes(values.nomineeKind)) errors.formCode = { key: "errors.nomination_form_recipient", params: { form: form.name } };
  if (!catalogue.get("commendation_kind", values.commendationKind)) errors.commendationKind = { key: "errors.nomination_kind_unknown", params: { kind: values.commendationKind, date } };
  if (!nominee) errors.nomineeId = { key: "errors.nomination_nominee_unknown" };
  else if (!(await belongsTo(tx, nominee, unit, values.year))) errors.nomineeId = { key: "errors.nomination_not_member", params: { nominee: nominee.name, unit: unit.name } };
  if (values.movementId) {
    const [movement] = await tx.select({ unitId: movements.unitId, status: movements.status }).from(movements).where(eq(movements.id, values.movementId));
    const participants = movement ? await tx.select({ unitId: movementParticipants.unitId }).from(movementParticipants).where(eq(movementParticipants.movementId, values.movementId)) : [];
    const takesPart = movement && movement.status !== "draft" && (movement.unitId === unit.id || participants.some((p) => p.unitId === unit.id));
    if (!takesPart) errors.movementId = { key: "errors.nomination_movement" };
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { nominee: nominee!, catalogue, form: form! };
}
