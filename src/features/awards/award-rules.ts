// The checks an award passes against the catalogue in force on its decision's date, shared by
// the form, the API and the import; and the keys it is searched and sorted by.
import type { z } from "zod";
import { matchCommendationKind, matchForm, formAccepts } from "../../domain/awards/forms";
import type { RecipientKind } from "../../domain/catalogue/entries";
import type { Catalogue } from "../../domain/catalogue/in-force";
import { formatShortDate, todayInVietnam } from "../../domain/text/dates";
import { foldForSearch, personSortKey, sortKey } from "../../domain/text/vietnamese";
import { ValidationError, type FieldErrors } from "../../platform/errors";
import type { AwardFields } from "./award-input";

export const RECIPIENT_LABEL: Record<RecipientKind, string> = { person: "cá nhân", household: "hộ gia đình", collective: "tập thể", unit: "đơn vị" };

export interface CheckedAward {
  formCode: string;
  formName: string;
  commendationKind: string;
}

/**
 * The form exists on the decision's date and is given to this kind of recipient; the kind of
 * commendation exists then; a yearly title names its year; the decision is not dated in the
 * future. Every problem at once, by field.
 */
export function checkAward(catalogue: Catalogue, values: z.output<typeof AwardFields>, kind: RecipientKind): CheckedAward {
  const errors: FieldErrors = {};
  const date = formatShortDate(values.decisionDate);
  if (values.decisionDate > todayInVietnam()) errors.decisionDate = { key: "errors.award_decision_future", params: { date } };
  const form = matchForm(catalogue, values.formCode);
  if (!form.ok) {
    errors.formCode =
      form.reason === "ambiguous"
        ? { key: "errors.award_form_ambiguous", params: { form: values.formCode, forms: form.candidates.join("; ") } }
        : { key: "errors.award_form_unknown", params: { form: values.formCode, date } };
  } else {
    if (!formAccepts(form.entry, kind)) errors.formCode = { key: "errors.award_form_recipient", params: { form: form.entry.value.name, recipient: RECIPIENT_LABEL[kind] } };
    if (form.entry.value.yearly && values.year === null) errors.year = { key: "errors.award_year_required", params: { form: form.entry.value.name } };
  }
  if (values.year !== null && values.year > Number(values.decisionDate.slice(0, 4))) errors.year ??= { key: "errors.award_year_after_decision", params: { year: values.year, date } };
  if (values.periodFrom && values.periodTo && values.periodFrom > values.periodTo) errors.periodTo = { key: "errors.award_period_order" };
  const commendation = matchCommendationKind(catalogue, values.commendationKind);
  if (!commendation.ok) errors.commendationKind = { key: "errors.award_kind_unknown", params: { kind: values.commendationKind, date } };
  if (Object.keys(errors).length) throw new ValidationError(errors);
  if (!form.ok || !commendation.ok) throw new Error("unreachable");
  return { formCode: form.code, formName: form.entry.value.name, commendationKind: commendation.code };
}

/** What searches match: the recipient, the form's name, the decision's number and the achievement, folded. */
export const awardSearchText = (a: { recipientName: string; formName: string; decisionNumber: string; achievement: string }) =>
  foldForSearch([a.recipientName, a.formName, a.decisionNumber, a.achievement].join(" ")).slice(0, 5000);

/** Recipients in Vietnamese order: people by given name, others by their name. */
export const awardSortKey = (name: string, personName: boolean) => (personName ? personSortKey(name) : sortKey(name));
