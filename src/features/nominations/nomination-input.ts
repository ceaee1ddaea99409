import { z } from "zod";
import { RECIPIENT_KINDS } from "../../domain/catalogue/entries";
import { fields } from "../../platform/validation";

const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), fields.id().optional());

/** What a nominating unit fills in: who, for what, for which year and achievement, when the decision is planned. */
export const NominationInput = z.object({
  unitId: fields.id("errors.nomination_unit_required"),
  nomineeKind: z.enum(RECIPIENT_KINDS, { error: "errors.nomination_nominee_kind" }),
  nomineeId: fields.id("errors.nomination_nominee_required"),
  formCode: fields.requiredText(40),
  year: z.coerce.number({ error: "errors.nomination_year" }).int("errors.nomination_year").min(1945, "errors.nomination_year").max(2200, "errors.nomination_year"),
  commendationKind: z.string().trim().min(1, "errors.required").max(40, "errors.too_long").default("cong_trang"),
  achievement: z.string().trim().max(4000, "errors.too_long").default(""),
  movementId: optionalId,
  decisionDate: fields.date(),
});
export type NominationValues = z.output<typeof NominationInput>;

export const ReturnNominationInput = z.object({ reason: fields.requiredText(2000) });
export const AssignNominationInput = z.object({ handlerId: fields.id("errors.nomination_handler_required") });
export const ResolveFlagInput = z.object({ resolution: z.enum(["kept", "set_aside"], { error: "errors.required" }), note: z.string().trim().max(1000, "errors.too_long").default("") });
