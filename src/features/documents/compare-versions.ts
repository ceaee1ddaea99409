import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { documentVersions } from "../../db/schema";
import { diffPlans } from "../../domain/documents/version-diff";
import type { PlanContent } from "../../domain/plans/plan-content";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleDocument } from "./find-document";

export const CompareInput = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

/** What changed from one version of a draft to another. */
export async function compareVersions(actor: Actor, db: DbOrTx, id: number, input: unknown) {
  const { from, to } = parseInput(CompareInput, input);
  const { doc } = await findVisibleDocument(actor, db, id);
  const rows = await db.select().from(documentVersions).where(and(eq(documentVersions.documentId, doc.id), inArray(documentVersions.version, [from, to])));
  const before = rows.find((r) => r.version === from);
  const after = rows.find((r) => r.version === to);
  if (!before || !after) throw new NotFound("version");
  return { doc, from, to, sections: diffPlans(before.content as PlanContent, after.content as PlanContent) };
}
