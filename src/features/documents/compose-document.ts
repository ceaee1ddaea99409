// A stored document as the renderers read it: its content in the Decree 30 model, with
// the number, date and signature it has (a draft keeps the blanks and says DỰ THẢO).
import { asc, eq } from "drizzle-orm";
import type { OfficialDocument } from "../../documents/model";
import type { DbOrTx } from "../../db/client";
import { documentRecipients } from "../../db/schema";
import { authorityLines } from "../../domain/documents/authority";
import { draftDateLine, placeDateLine } from "../../domain/documents/date-line";
import type { DocumentTypeCode } from "../../domain/documents/document-types";
import { numberLine } from "../../domain/documents/numbering";
import { todayInVietnam } from "../../domain/text/dates";
import type { HeaderSettings } from "./document-input";
import { documentKind } from "./document-kinds";
import type { DocumentRow } from "./find-document";

export interface Issue {
  number: number;
  issuedOn: string;
  authority: string[];
  signerName: string;
}

export function recipientLines(labels: string[], header: HeaderSettings): string[] {
  return [...labels, header.archiveLine || "Lưu: VT"];
}

/** The document's author in the files' properties is its issuing body. */
export function composeDocument(doc: DocumentRow, labels: string[], issue: Issue | null, content: unknown = doc.content): OfficialDocument {
  const header = doc.header as HeaderSettings;
  const parts = { typeCode: doc.typeCode as DocumentTypeCode, issuerCode: header.issuerCode };
  const draftYear = new Date().getUTCFullYear();
  return documentKind(doc.typeCode).compose(content, {
    parentBody: header.parentBody,
    issuingBody: header.issuingBody,
    numberLine: numberLine(issue?.number ?? null, parts),
    placeDateLine: issue ? placeDateLine(header.place, issue.issuedOn) : draftDateLine(header.place, draftYear),
    signature: issue
      ? { authority: issue.authority, signerName: issue.signerName, signed: true }
      : { authority: authorityLines(header.collectiveBody ? "TM" : "HEAD", header, header.headTitle), signerName: "", signed: false },
    recipients: recipientLines(labels, header),
    draft: issue === null,
    author: header.issuingBody,
  });
}

export async function recipientLabels(db: DbOrTx, documentId: number): Promise<string[]> {
  const rows = await db.select({ label: documentRecipients.label }).from(documentRecipients).where(eq(documentRecipients.documentId, documentId)).orderBy(asc(documentRecipients.position));
  return rows.map((r) => r.label);
}

/**
 * The document as it stands: issued with its number and signature and the content it was issued
 * with, or as a draft that reads as it would if issued today.
 */
export async function composeStored(db: DbOrTx, doc: DocumentRow): Promise<OfficialDocument> {
  const labels = await recipientLabels(db, doc.id);
  if (doc.status === "issued") {
    return composeDocument(doc, labels, { number: doc.number!, issuedOn: doc.issuedOn!, authority: doc.authority as string[], signerName: doc.signerName ?? "" });
  }
  const kind = documentKind(doc.typeCode);
  return composeDocument(doc, labels, null, kind.contentOn ? await kind.contentOn(db, doc, todayInVietnam(), "preview") : doc.content);
}
