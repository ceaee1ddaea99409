import type { DbOrTx } from "../../db/client";
import { tierOf } from "../../domain/catalogue/authority";
import { unitChains } from "../eligibility/check-candidates";

/** The government a nominating unit's dossiers go to first: its own commune (or district, province). */
export async function screeningUnitOf(db: DbOrTx, unitId: number): Promise<{ id: number; name: string }> {
  const chain = (await unitChains(db, [unitId])).get(unitId)?.chain ?? [];
  const government = chain.find((u) => tierOf(u.kind) !== null) ?? chain.at(-1);
  if (!government) throw new Error(`unit ${unitId} has no chain`);
  return { id: government.id, name: government.name };
}
