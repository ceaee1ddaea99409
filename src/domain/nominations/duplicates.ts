// Duplicates and overlaps, flagged for a person to decide and never merged: the same nominee
// twice in one campaign, the same nominee put forward at two levels in one year, or an
// achievement already awarded (the same yearly title for the year, or the same achievement).
import { foldForSearch } from "../text/vietnamese";

export interface NomineeRef {
  kind: string;
  id: number;
}

export interface OtherNomination {
  id: number;
  nominee: NomineeRef;
  formCode: string;
  year: number;
  movementId: number | null;
  /** The unit whose government decides it (null: the central State). */
  decidingUnitId: number | null;
  achievement: string;
}

export interface AwardOnRecord {
  formCode: string;
  year: number | null;
  decisionNumber: string;
  achievement: string;
  revoked?: boolean;
}

export type DuplicateFlag =
  | { kind: "same_campaign"; nominationId: number }
  | { kind: "two_levels"; nominationId: number }
  | { kind: "same_achievement"; nominationId: number }
  | { kind: "already_awarded"; decisionNumber: string };

const same = (a: NomineeRef, b: NomineeRef) => a.kind === b.kind && a.id === b.id;
const folded = (text: string) => foldForSearch(text).replace(/\s+/g, " ").trim();
/** Achievements shorter than this ("Hoàn thành tốt nhiệm vụ") say too little to be the same act. */
const MIN_ACHIEVEMENT = 12;

export function duplicateFlags(
  nomination: Omit<OtherNomination, "id"> & { id?: number; yearly: boolean },
  others: readonly OtherNomination[],
  awards: readonly AwardOnRecord[],
): DuplicateFlag[] {
  const flags: DuplicateFlag[] = [];
  const mine = others.filter((o) => o.id !== nomination.id && same(o.nominee, nomination.nominee));
  const achievement = folded(nomination.achievement);
  for (const o of mine) {
    if (nomination.movementId !== null && o.movementId === nomination.movementId) flags.push({ kind: "same_campaign", nominationId: o.id });
    else if (o.year === nomination.year && o.decidingUnitId !== nomination.decidingUnitId) flags.push({ kind: "two_levels", nominationId: o.id });
    else if (achievement.length >= MIN_ACHIEVEMENT && folded(o.achievement) === achievement) flags.push({ kind: "same_achievement", nominationId: o.id });
  }
  for (const a of awards) {
    if (a.revoked) continue;
    const sameTitle = nomination.yearly && a.formCode === nomination.formCode && a.year === nomination.year;
    const sameAct = achievement.length >= MIN_ACHIEVEMENT && folded(a.achievement) === achievement;
    if (sameTitle || sameAct) flags.push({ kind: "already_awarded", decisionNumber: a.decisionNumber });
  }
  return flags;
}
