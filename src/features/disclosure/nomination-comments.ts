// The public's comments about one nomination and their answers, in its file: for whoever may see
// the nomination; the sender's contact only for the standing member who moderates them.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { disclosureComments, disclosures } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { findVisibleNomination } from "../nominations/find-nomination";
import type { CommentStatus } from "./disclosure-contents";
import { disclosurePolicy } from "./policy";

export async function nominationComments(actor: Actor, nominationId: number, db: DbOrTx) {
  const found = await findVisibleNomination(actor, db, nominationId);
  const manage = disclosurePolicy.manage(actor, { path: found.screeningPath });
  const rows = await db
    .select({
      id: disclosureComments.id,
      disclosureId: disclosures.id,
      disclosureTitle: disclosures.title,
      authorName: disclosureComments.authorName,
      authorContact: disclosureComments.authorContact,
      body: disclosureComments.body,
      status: disclosureComments.status,
      answer: disclosureComments.answer,
      createdAt: disclosureComments.createdAt,
    })
    .from(disclosureComments)
    .innerJoin(disclosures, eq(disclosures.id, disclosureComments.disclosureId))
    .where(and(eq(disclosureComments.nominationId, nominationId)))
    .orderBy(asc(disclosureComments.id));
  return {
    manage,
    comments: rows.map(({ authorContact, ...r }) => ({ ...r, status: r.status as CommentStatus, authorContact: manage ? authorContact : null })),
  };
}
