import { and, eq, isNotNull, max, sql } from "drizzle-orm";
import { z } from "zod";
import { renderDocx } from "../../documents/docx";
import type { OfficialDocument } from "../../documents/model";
import { renderPdf } from "../../documents/pdf";
import type { Db } from "../../db/client";
import { documentRecipients, documents, roleAssignments, users } from "../../db/schema";
import { authorityLines, SIGNING_FORMS } from "../../domain/documents/authority";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer } from "../../domain/documents/issuing-body";
import { numberAndSymbol } from "../../domain/documents/numbering";
import type { DocumentTypeCode } from "../../domain/documents/document-types";
import { canTransition, nextStatus } from "../../domain/documents/workflow";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { Forbidden, ValidationError } from "../../platform/errors";
import { storeFile } from "../../platform/file-store";
import { queueMail } from "../../platform/mail";
import { fields, parseInput } from "../../platform/validation";
import { translator } from "../../i18n";
import { policyUnit } from "./policy-unit";
import { composeDocument, recipientLabels } from "./compose-document";
import type { HeaderSettings } from "./document-input";
import { type DocumentRow, findVisibleDocument } from "./find-document";
import { nextNumber } from "./next-number";
import { signingChoices } from "./signing-forms";
import { recordEvent } from "./record-event";
import { documentKind } from "./document-kinds";

export const IssueInput = z.object({
  signingForm: z.enum(SIGNING_FORMS, { error: "errors.signing_form_required" }),
  /** The date on the document; today in Vietnam when not given. */
  issuedOn: fields.date({ optional: true }),
});

export interface Renderers {
  docx: (doc: OfficialDocument) => Promise<Buffer>;
  pdf: (doc: OfficialDocument) => Promise<Buffer>;
}
const RENDERERS: Renderers = { docx: renderDocx, pdf: renderPdf };

/**
 * Signs and issues a submitted document in one transaction: takes the next number of the
 * unit's register, renders the .docx and .pdf, stores them, and delivers the document to
 * the units on its Nơi nhận list (inbox and e-mail). If anything fails, nothing is issued
 * and the number is not used.
 */
export async function issueDocument(actor: Actor, id: number, input: unknown, db: Db, opts: { baseUrl: string; renderers?: Renderers }) {
  const values = parseInput(IssueInput, input);
  const renderers = opts.renderers ?? RENDERERS;
  return db.transaction(async (tx) => {
    const { doc, unit } = await findVisibleDocument(actor, tx, id, { forUpdate: true });
    const header = doc.header as HeaderSettings;
    const issuedOn = values.issuedOn ?? todayInVietnam();
    const choices = await signingChoices(actor, tx, unit, header.headTitle, issuedOn);
    if (choices.length === 0) throw new Forbidden("document.issue");
    const choice = choices.find((c) => c.form === values.signingForm);
    if (!choice) throw ValidationError.field("signingForm", "errors.signing_form_not_yours");
    if (!canTransition(doc.status, "issue")) throw ValidationError.field("_form", doc.status === "issued" ? "errors.document_issued" : "errors.document_not_submitted");

    if (issuedOn > todayInVietnam()) throw ValidationError.field("issuedOn", "errors.date_future");
    const year = Number(issuedOn.slice(0, 4));
    // The register runs in date order: a number is never dated before an earlier number.
    const [latest] = await tx.select({ on: max(documents.issuedOn) }).from(documents).where(and(eq(documents.unitId, unit.id), eq(documents.year, year)));
    if (latest?.on && issuedOn < latest.on) throw ValidationError.field("issuedOn", "errors.date_before_register", { date: latest.on });

    const authority = authorityLines(values.signingForm, header, choice.signerTitle);
    const signerName = actor.user?.fullName ?? actor.label;
    const number = await nextNumber(tx, unit.id, year);
    const numberSymbol = numberAndSymbol(number, { typeCode: doc.typeCode as DocumentTypeCode, issuerCode: header.issuerCode });
    // What depends on the issue date (a decision's bonus) is computed here, under the number's lock.
    const kind = documentKind(doc.typeCode);
    const content = kind.contentOn ? await kind.contentOn(tx, doc, issuedOn, "issue") : doc.content;
    const official = composeDocument(doc, await recipientLabels(tx, doc.id), { number, issuedOn, authority, signerName }, content);

    let files: [Buffer, Buffer];
    try {
      files = await Promise.all([renderers.docx(official), renderers.pdf(official)]);
    } catch (err) {
      // The reader gets a plain answer; the cause stays attached for the server log.
      throw Object.assign(ValidationError.field("_form", "errors.render_failed"), { cause: err });
    }
    const baseName = `${numberSymbol.replace("/", "-")}-${year}`;
    const docxSha256 = await storeFile(tx, actor, { name: `${baseName}.docx`, bytes: files[0], kind: "docx" });
    const pdfSha256 = await storeFile(tx, actor, { name: `${baseName}.pdf`, bytes: files[1], kind: "pdf" });

    const now = new Date();
    const [issued] = await tx
      .update(documents)
      .set({
        status: nextStatus(doc.status, "issue"),
        content, year, number, numberSymbol, issuedOn, issuedAt: now,
        signerId: actor.id, signerName, signingForm: values.signingForm, authority,
        docxSha256, pdfSha256, updatedAt: now,
      })
      .where(eq(documents.id, doc.id))
      .returning();
    await kind.issued?.(tx, actor, issued as DocumentRow, { baseUrl: opts.baseUrl });
    const delivered = await tx
      .update(documentRecipients)
      .set({ deliveredAt: now })
      .where(and(eq(documentRecipients.documentId, doc.id), isNotNull(documentRecipients.unitId)))
      .returning({ unitId: documentRecipients.unitId });
    const citation = citeDocument({ kind: doc.typeCode, numberSymbol, issuedOn, issuer: citedIssuer(policyUnit(unit)) });
    await notifyRecipients(tx, delivered.map((d) => d.unitId!), { id: doc.id, citation, summary: doc.summary }, opts.baseUrl);
    await recordEvent(tx, actor, doc.id, "issued", doc.version);
    await audit(tx, actor, { action: "document.issued", entityType: "document", entityId: doc.id, unit, after: { numberSymbol, issuedOn, signingForm: values.signingForm, docxSha256, pdfSha256 } });
    return issued!;
  });
}

/** One e-mail per official of each recipient unit, in their language, queued in the issuing transaction. */
async function notifyRecipients(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], unitIds: number[], doc: { id: number; citation: string; summary: string }, baseUrl: string) {
  if (unitIds.length === 0) return;
  const people = await tx
    .selectDistinct({ email: users.email, fullName: users.fullName, lang: users.lang })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(sql`${roleAssignments.unitId} IN (${sql.join(unitIds.map((u) => sql`${u}`), sql`, `)})`, sql`${users.disabledAt} IS NULL`));
  for (const p of people) {
    const t = translator(p.lang === "en" ? "en" : "vi");
    const params = { name: p.fullName, document: doc.citation, summary: doc.summary, link: `${baseUrl}/documents/${doc.id}` };
    await queueMail(tx, { to: p.email, subject: t("documents.delivered_mail_subject", params).slice(0, 250), text: t("documents.delivered_mail_body", params) });
  }
}
