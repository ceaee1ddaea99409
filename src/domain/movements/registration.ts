// Registrations (đăng ký thi đua): the titles a participant may aim for, and who has not
// registered yet.

/** The titles offered on the form; anything else is written in as "other". */
export const REGISTRATION_TITLES = [
  "Tập thể lao động tiên tiến",
  "Tập thể lao động xuất sắc",
  "Giấy khen của Chủ tịch UBND",
  "Cờ thi đua",
] as const;

export type RegistrationStatus = "submitted" | "accepted" | "returned";

/** Submitting again updates a submitted or returned registration; an accepted one is settled. */
export function canResubmit(status: RegistrationStatus | string): boolean {
  return status === "submitted" || status === "returned";
}

export interface Missing<P> {
  participant: P;
  /** The deadline has passed (in Vietnam's calendar) and this participant has still not registered. */
  overdue: boolean;
}

/**
 * Participants without a registration. A returned registration counts as registered: the
 * participant has answered and is correcting it.
 */
export function notRegistered<P extends { unitId: number }>(
  participants: readonly P[],
  registeredUnitIds: Iterable<number>,
  deadline: string | null,
  today: string,
): Missing<P>[] {
  const registered = new Set(registeredUnitIds);
  const overdue = deadline !== null && today > deadline;
  return participants.filter((p) => !registered.has(p.unitId)).map((participant) => ({ participant, overdue }));
}
