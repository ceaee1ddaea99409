import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import { issuingBodyOf } from "../../domain/documents/issuing-body";
import type { HeaderSettings } from "./document-input";
import { policyUnit } from "./policy-unit";

/** The header a new document of the unit starts with: its bodies, symbol and place, with the clerk's adjustments. */
export async function unitHeader(db: DbOrTx, unit: typeof units.$inferSelect, adjust: Partial<HeaderSettings> = {}): Promise<HeaderSettings> {
  const [parent] = unit.parentId ? await db.select().from(units).where(eq(units.id, unit.parentId)) : [];
  const body = issuingBodyOf(policyUnit(unit), parent ? policyUnit(parent) : null);
  return {
    parentBody: body.parentBody,
    issuingBody: body.issuingBody,
    issuerCode: body.issuerCode,
    place: body.place,
    archiveLine: "Lưu: VT",
    ...adjust,
    collectiveBody: body.collectiveBody,
    headTitle: body.headTitle,
  };
}
