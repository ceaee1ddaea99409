// A nomination's path (hồ sơ đề nghị khen thưởng): drafted by the nominating unit or
// organisation, submitted, screened by the council's standing member (a handler assigned,
// completeness checked), accepted or returned with a reason, resubmitted; withdrawn by its
// nominator at any point before acceptance. Later steps (disclosure, council, decision) follow.
export const NOMINATION_STATUSES = ["draft", "submitted", "returned", "accepted", "withdrawn"] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export type NominationAction = "edit" | "submit" | "assign" | "return" | "accept" | "withdraw";

const ALLOWED: Record<NominationAction, readonly NominationStatus[]> = {
  edit: ["draft", "returned"],
  submit: ["draft", "returned"],
  assign: ["submitted"],
  return: ["submitted"],
  accept: ["submitted"],
  withdraw: ["draft", "submitted", "returned"],
};

const NEXT: Partial<Record<NominationAction, NominationStatus>> = {
  submit: "submitted",
  return: "returned",
  accept: "accepted",
  withdraw: "withdrawn",
};

export function canTransition(status: NominationStatus, action: NominationAction): boolean {
  return ALLOWED[action].includes(status);
}

/** The status after the action; throws for an action not allowed in that status. */
export function nextStatus(status: NominationStatus, action: NominationAction): NominationStatus {
  if (!canTransition(status, action)) throw new RangeError(`cannot ${action} a ${status} nomination`);
  return NEXT[action] ?? status;
}
