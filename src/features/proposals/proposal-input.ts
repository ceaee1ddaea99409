import { z } from "zod";
import { fields } from "../../platform/validation";

export const CreateProposalInput = z.object({
  /** The proposing government (whose council passed the items). */
  unitId: fields.id(),
  /** The nominations proposed, in the order chosen. */
  nominationIds: z.array(fields.id("errors.proposal_nominations_required"), { error: "errors.proposal_nominations_required" }).min(1, "errors.proposal_nominations_required").max(500, "errors.too_long"),
  /** The planned date of the tờ trình: the level above is the one of that day. Today when not given. */
  proposedOn: fields.date({ optional: true }),
});

export const ReturnProposalInput = z.object({
  reason: z.string({ error: "errors.proposal_reason_required" }).trim().min(1, "errors.proposal_reason_required").max(2000, "errors.too_long"),
});

export const OUTCOMES = ["awarded", "not_awarded"] as const;

export const DecideProposalInput = z.object({
  decisionNumber: z.string({ error: "errors.proposal_decision_number_required" }).trim().min(1, "errors.proposal_decision_number_required").max(60, "errors.too_long"),
  decisionDate: fields.date(),
  decidingBody: z.string({ error: "errors.proposal_deciding_body_required" }).trim().min(1, "errors.proposal_deciding_body_required").max(200, "errors.too_long"),
  /** Per nomination id: "awarded" or "not_awarded"; every item of the proposal needs one. */
  outcomes: z.record(z.string().regex(/^\d+$/), z.enum(OUTCOMES, { error: "errors.required" })).default({}),
});

export const ResendProposalInput = z.object({
  proposedOn: fields.date({ optional: true }),
});

/** A form's flat fields as the inputs' shape: nomination.12=on, outcome.12=awarded. */
export function proposalFormValues(form: Record<string, string>) {
  const nominationIds: string[] = [];
  const outcomes: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    const n = /^nomination\.(\d+)$/.exec(key);
    if (n && value) nominationIds.push(n[1]!);
    const o = /^outcome\.(\d+)$/.exec(key);
    if (o && value) outcomes[o[1]!] = value;
  }
  return { ...form, nominationIds, outcomes };
}
