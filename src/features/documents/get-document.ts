import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { directives, documentBases, documentEvents, documentRecipients, documents, documentVersions, units, users } from "../../db/schema";
import { canTransition } from "../../domain/documents/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { composeStored } from "./compose-document";
import { findVisibleDocument, recipientUnitsOf } from "./find-document";
import { todayInVietnam } from "../../domain/text/dates";
import type { HeaderSettings } from "./document-input";
import { documentPolicy } from "./policy";
import { signingChoices } from "./signing-forms";

/**
 * A document with its history, what the reader may do next, and who has opened it. An
 * official of a recipient unit who opens an issued document is recorded as having read
 * it ("đã xem lúc …"), once per unit.
 */
export async function getDocument(actor: Actor, db: Db, id: number) {
  const { doc, unit, asRecipient } = await findVisibleDocument(actor, db, id);
  if (doc.status === "issued") await recordOpening(actor, db, doc.id, unit);
  const [versions, events, recipients, bases] = await Promise.all([
    db.select({ version: documentVersions.version, createdAt: documentVersions.createdAt, author: users.fullName }).from(documentVersions).leftJoin(users, eq(users.id, documentVersions.createdBy)).where(eq(documentVersions.documentId, doc.id)).orderBy(desc(documentVersions.version)),
    db.select().from(documentEvents).where(eq(documentEvents.documentId, doc.id)).orderBy(asc(documentEvents.id)),
    db
      .select({ id: documentRecipients.id, label: documentRecipients.label, unitId: documentRecipients.unitId, unitName: units.name, deliveredAt: documentRecipients.deliveredAt, openedAt: documentRecipients.openedAt, openedBy: users.fullName })
      .from(documentRecipients)
      .leftJoin(units, eq(units.id, documentRecipients.unitId))
      .leftJoin(users, eq(users.id, documentRecipients.openedBy))
      .where(eq(documentRecipients.documentId, doc.id))
      .orderBy(asc(documentRecipients.position)),
    db.select({ id: directives.id, numberSymbol: directives.numberSymbol, kind: directives.kind, issuer: directives.issuer, issuedOn: directives.issuedOn, summary: directives.summary }).from(documentBases).innerJoin(directives, eq(directives.id, documentBases.directiveId)).where(eq(documentBases.documentId, doc.id)).orderBy(asc(documentBases.position)),
  ]);
  const related = await db
    .select({ id: documents.id, numberSymbol: documents.numberSymbol, status: documents.status, correctsId: documents.correctsId })
    .from(documents)
    .where(or(eq(documents.correctsId, doc.id), doc.correctsId ? eq(documents.id, doc.correctsId) : sql`false`));
  const canDraft = !asRecipient && documentPolicy.draft(actor, unit);
  const signingForms = asRecipient ? [] : (await signingChoices(actor, db, unit, (doc.header as HeaderSettings).headTitle, todayInVietnam())).map((c) => c.form);
  const official = await composeStored(db, doc);
  return {
    doc,
    unit,
    official,
    versions,
    events,
    recipients,
    bases,
    asRecipient,
    /** The issued document this one replaces, and the drafts or documents replacing this one. */
    corrects: related.find((r) => r.id === doc.correctsId) ?? null,
    correctedBy: related.filter((r) => r.correctsId === doc.id),
    can: {
      edit: canDraft && canTransition(doc.status, "edit"),
      submit: canDraft && canTransition(doc.status, "submit"),
      comment: !asRecipient && documentPolicy.comment(actor, { status: doc.status, unitPath: unit.path }) && canTransition(doc.status, "comment"),
      return: signingForms.length > 0 && canTransition(doc.status, "return"),
      issue: signingForms.length > 0 && canTransition(doc.status, "issue"),
      copy: canDraft,
      correct: canDraft && doc.status === "issued",
      /** The issuer's side sees who has not opened it yet. */
      seeOpenings: !asRecipient,
    },
    signingForms,
  };
}

async function recordOpening(actor: Actor, db: Db, documentId: number, unit: { id: number; path: string }) {
  const lines = await recipientUnitsOf(actor, db, documentId);
  if (lines.length === 0 || !actor.id) return;
  await db.transaction(async (tx) => {
    const opened = await tx
      .update(documentRecipients)
      .set({ openedAt: new Date(), openedBy: actor.id })
      .where(and(sql`${documentRecipients.id} IN (${sql.join(lines.map((l) => sql`${l}`), sql`, `)})`, isNull(documentRecipients.openedAt)))
      .returning({ id: documentRecipients.id });
    if (opened.length > 0) await audit(tx, actor, { action: "document.opened", entityType: "document", entityId: documentId, unit });
  });
}
