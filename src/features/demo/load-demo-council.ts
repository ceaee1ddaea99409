// The ward's Emulation–Commendation Council (Hội đồng Thi đua – Khen thưởng phường) of the
// 2021–2026 term as council_members rows, appointed by the Chairman through the use case; then
// the relatives that households propose, with those of the council's members confirmed by the
// council's standing member (so that a session's recusal has something to find).
import { and, eq, inArray, or } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { personRelations } from "../../db/schema";
import { loadActor } from "../../platform/actor";
import { appointCouncilMember } from "../council/appoint-council-member";
import { decideRelative } from "../relatives/decide-relative";
import { proposeHouseholdRelatives } from "../relatives/propose-household-relatives";
import type { DemoCouncilMember } from "./demo-population";

export interface DemoCouncilIds {
  ward: number;
  chairman: number;
  secretary: number;
  /** Each member's account id by e-mail. */
  userIds: ReadonlyMap<string, number>;
  /** Each member's person id, by the population's index. */
  personIds: readonly number[];
}

/** Appoints the members and confirms their relatives; the members are then `membersOn(db, ward, day)`. */
export async function loadDemoCouncil(tx: Tx, council: readonly DemoCouncilMember[], ids: DemoCouncilIds) {
  const db = tx as unknown as Db;
  const chairman = (await loadActor(db, ids.chairman))!;
  const secretary = (await loadActor(db, ids.secretary))!;
  // The chair first: the others follow in the order of the posts.
  for (const m of council) {
    await appointCouncilMember(chairman, ids.ward, { userId: ids.userIds.get(m.email)!, post: m.post, validFrom: m.validFrom, validTo: m.validTo }, db);
  }
  const { proposed } = await proposeHouseholdRelatives(secretary, { unitId: ids.ward }, db);
  const members = council.map((m) => ids.personIds[m.person]!);
  const theirs = await tx
    .select({ id: personRelations.id })
    .from(personRelations)
    .where(and(eq(personRelations.status, "proposed"), or(inArray(personRelations.personId, members), inArray(personRelations.relativeId, members))));
  for (const r of theirs) await decideRelative(secretary, r.id, { decision: "confirm" }, db);
  return { members: council.length, proposed, confirmed: theirs.length };
}
