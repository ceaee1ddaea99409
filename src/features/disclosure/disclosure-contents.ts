// What a list holds: the candidates, with only what the law makes public (the name, the form
// proposed, the year, the nominating unit, the achievement: never a birth date, contacts,
// ethnicity, the eligibility answer or the documents), and the comments on it.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { disclosureComments, disclosureItems, nominations, units } from "../../db/schema";
import { catalogueOn, formName } from "../../domain/catalogue/in-force";
import { loadCatalogueEntries } from "../catalogue/load-catalogue";

export async function candidatesOf(db: DbOrTx, disclosureId: number) {
  const rows = await db
    .select({
      nominationId: nominations.id,
      nomineeName: nominations.nomineeName,
      formCode: nominations.formCode,
      year: nominations.year,
      decisionDate: nominations.decisionDate,
      unitName: units.name,
      achievement: nominations.achievement,
    })
    .from(disclosureItems)
    .innerJoin(nominations, eq(nominations.id, disclosureItems.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(eq(disclosureItems.disclosureId, disclosureId))
    .orderBy(asc(nominations.nomineeName), asc(nominations.id));
  const entries = await loadCatalogueEntries(db);
  return rows.map(({ decisionDate, formCode, ...r }) => ({ ...r, formName: formName(catalogueOn(entries, decisionDate, null), formCode) }));
}

export type CommentStatus = "pending" | "published" | "rejected";

/** The comments on a list, oldest first; `published` only for the public page. */
export async function commentsOf(db: DbOrTx, disclosureId: number, opts: { publishedOnly: boolean }) {
  const rows = await db
    .select({
      id: disclosureComments.id,
      nominationId: disclosureComments.nominationId,
      authorName: disclosureComments.authorName,
      authorContact: disclosureComments.authorContact,
      body: disclosureComments.body,
      status: disclosureComments.status,
      answer: disclosureComments.answer,
      answeredAt: disclosureComments.answeredAt,
      moderatedAt: disclosureComments.moderatedAt,
      createdAt: disclosureComments.createdAt,
    })
    .from(disclosureComments)
    .where(and(eq(disclosureComments.disclosureId, disclosureId), opts.publishedOnly ? eq(disclosureComments.status, "published") : undefined))
    .orderBy(asc(disclosureComments.id));
  return rows.map((r) => ({ ...r, status: r.status as CommentStatus }));
}

/** The nominee's name for each comment about one, from the list's candidates. */
export function aboutOf(candidates: { nominationId: number; nomineeName: string }[]) {
  const names = new Map(candidates.map((c) => [c.nominationId, c.nomineeName]));
  return (nominationId: number | null) => (nominationId === null ? null : names.get(nominationId) ?? null);
}

