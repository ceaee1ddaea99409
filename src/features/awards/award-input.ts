// What the award forms, the API and the list's query string send, checked at the edge. Rules
// that need the catalogue of the decision's date (the form exists then, it is given to this kind
// of recipient, a yearly title names its year) are applied by the use cases (award-rules.ts).
import { z } from "zod";
import { RECIPIENT_KINDS } from "../../domain/catalogue/entries";
import { fields } from "../../platform/validation";

const id = (message = "errors.required") => fields.id(message).max(2_147_483_647, message);
const emptyAsNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const text = (max: number) => z.string().trim().max(max, "errors.too_long").default("");

/** The award itself: form, year or period, kind, decision and achievement. */
export const AwardFields = z.object({
  formCode: z.string({ error: "errors.award_choose_form" }).trim().min(1, "errors.award_choose_form").max(120, "errors.too_long"),
  year: z.preprocess(emptyAsNull, z.coerce.number({ error: "errors.award_year_invalid" }).int("errors.award_year_invalid").min(1945, "errors.award_year_invalid").max(2200, "errors.award_year_invalid").nullable()).default(null),
  periodFrom: fields.date({ optional: true, minYear: 1945 }),
  periodTo: fields.date({ optional: true, minYear: 1945 }),
  commendationKind: z.preprocess((v) => (v === "" || v === undefined || v === null ? "cong_trang" : v), z.string().trim().max(40, "errors.too_long")),
  decidingBody: fields.requiredText(300),
  decisionNumber: fields.requiredText(60),
  decisionDate: fields.date({ minYear: 1945 }),
  achievement: text(4000),
});

export const RecordAwardInput = AwardFields.extend({
  recipientKind: z.enum(RECIPIENT_KINDS, { error: "errors.award_choose_recipient_kind" }),
  recipientId: id("errors.award_choose_recipient"),
});

export const CorrectAwardInput = AwardFields.extend({ reason: fields.requiredText(1000) });
export const RemoveAwardInput = z.object({ reason: fields.requiredText(1000) });

export const AWARDS_PAGE_SIZE = 50;

export const ListAwardsInput = z.object({
  q: z.string().trim().max(100, "errors.too_long").optional().catch(undefined),
  form: z.preprocess(emptyAsNull, z.string().trim().max(40).nullable()).catch(null).default(null),
  year: z.preprocess(emptyAsNull, z.coerce.number().int().min(1945).max(2200).nullable()).catch(null).default(null),
  recipientKind: z.preprocess(emptyAsNull, z.enum(RECIPIENT_KINDS).nullable()).catch(null).default(null),
  unit: z.preprocess(emptyAsNull, z.coerce.number().int().positive().max(2_147_483_647).nullable()).catch(null).default(null),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
