import { z } from "zod";
import { fields } from "../../platform/validation";

const optionalText = (max: number) => z.string().trim().max(max, "errors.too_long").optional().default("");

const ids = (error: string) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(fields.id(error)).min(1, error).max(2000, "errors.too_many_items"));

export const CreateDecisionInput = z.object({
  unitId: fields.id("errors.choose_unit"),
  /** Nominations that passed the council and that the unit decides. */
  nominationIds: ids("errors.decision_choose_items"),
});

/** The texts a clerk may adjust in a draft decision; the lines come from the nominations. */
export const DecisionTextsInput = z.object({
  summary: fields.requiredText(500),
  /** One căn cứ per line. */
  bases: fields.requiredText(5000),
  proposal: optionalText(1000),
  /** An award decision's fund; a revocation has none. */
  fund: optionalText(300),
  /** A revocation's grounds. */
  grounds: optionalText(2000),
  executors: fields.requiredText(2000),
});

export const CreateRevocationInput = z.object({
  unitId: fields.id("errors.choose_unit"),
  awardIds: ids("errors.revocation_choose_awards"),
  grounds: fields.requiredText(2000),
});

export const RecoveryInput = z.object({
  moneyRecovered: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[.\s]/g, "") : v),
    z.coerce.number({ error: "errors.amount_invalid" }).int("errors.amount_invalid").min(0, "errors.amount_invalid").max(1_000_000_000_000, "errors.amount_invalid"),
  ),
  itemsRecoveredOn: fields.date({ optional: true }),
  note: optionalText(1000),
});
