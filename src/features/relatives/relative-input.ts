import { z } from "zod";
import { fields } from "../../platform/validation";

export const RELATIVE_KINDS = ["spouse", "parent", "child", "sibling"] as const;
export type RelativeKind = (typeof RELATIVE_KINDS)[number];

/** The same relation seen from the relative's side: my child's parent is me. */
export function inverseKind(kind: RelativeKind): RelativeKind {
  return kind === "child" ? "parent" : kind === "parent" ? "child" : kind;
}

/** An official records that the relative is the person's <kind>. */
export const DeclareRelativeInput = z.object({
  relativeId: fields.id("errors.relative_required"),
  kind: z.enum(RELATIVE_KINDS, { error: "errors.relative_kind_required" }),
});

export const DecideRelativeInput = z.object({ decision: z.enum(["confirm", "reject"], { error: "errors.relative_decision_required" }) });

const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), fields.id().optional());

/** Propose from the households of a unit (and its sub-units), or of one household. */
export const ProposeRelativesInput = z
  .object({ unitId: optionalId, householdId: optionalId })
  .refine((v) => v.unitId !== undefined || v.householdId !== undefined, { message: "errors.relative_scope_required", path: ["unitId"] });

export const ProposalsQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
