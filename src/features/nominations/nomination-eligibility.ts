// The eligibility of one nomination as the record stands: the rules of its planned decision date,
// judged today (a hold in force today stops it). Members of a collective put forward for LĐTT in
// the same movement count towards its share.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { nominations } from "../../db/schema";
import type { RecipientKind } from "../../domain/catalogue/entries";
import type { EligibilityReport } from "../../domain/eligibility/check";
import { todayInVietnam } from "../../domain/text/dates";
import { checkCandidates } from "../eligibility/check-candidates";
import type { NominationRow } from "./find-nomination";

export function nomineeOf(n: NominationRow): { kind: RecipientKind; id: number } {
  const kind = n.nomineeKind as RecipientKind;
  const id = { person: n.personId, household: n.householdId, collective: n.collectiveId, unit: n.nomineeUnitId }[kind]!;
  return { kind, id };
}

export async function eligibilityOf(db: DbOrTx, n: NominationRow, checkedOn = todayInVietnam()): Promise<EligibilityReport | null> {
  // People put forward for LĐTT in the same movement (or year, on their own) count as holding it.
  const batch = await db
    .select({ personId: nominations.personId })
    .from(nominations)
    .where(
      and(eq(nominations.screeningUnitId, n.screeningUnitId), eq(nominations.formCode, "LDTT"), eq(nominations.year, n.year), isNotNull(nominations.personId), inArray(nominations.status, ["submitted", "accepted"])),
    );
  const holders = new Set(batch.map((b) => b.personId!));
  const [checked] = await checkCandidates(
    db,
    [{ candidate: nomineeOf(n), formCode: n.formCode, year: n.year, commendationKind: n.commendationKind, achievement: n.achievement, decisionDate: n.decisionDate, unitId: n.unitId }],
    { checkedOn, memberTitleHolders: holders },
  );
  return checked?.report ?? null;
}
