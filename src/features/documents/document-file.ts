import { eq } from "drizzle-orm";
import { renderDocx } from "../../documents/docx";
import { renderPdf } from "../../documents/pdf";
import type { Db } from "../../db/client";
import { files } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { contentTypeOf } from "../../platform/uploads";
import { composeStored } from "./compose-document";
import { findVisibleDocument } from "./find-document";
import { readStoredFile } from "./stored-file";

export type DocumentFormat = "docx" | "pdf";

/**
 * The document as a file: an issued one exactly as it was issued (the stored files,
 * checked against their hashes); a draft rendered now, marked DỰ THẢO.
 */
export async function documentFile(actor: Actor, db: Db, id: number, format: DocumentFormat) {
  const { doc } = await findVisibleDocument(actor, db, id);
  if (doc.status === "issued") {
    const sha = format === "docx" ? doc.docxSha256! : doc.pdfSha256!;
    const [row] = await db.select({ name: files.name }).from(files).where(eq(files.sha256, sha));
    return { name: row!.name, bytes: await readStoredFile(db, sha), contentType: contentTypeOf(format) };
  }
  const official = await composeStored(db, doc);
  const bytes = format === "docx" ? await renderDocx(official) : await renderPdf(official);
  return { name: `du-thao-${doc.typeCode}-${doc.id}-v${doc.version}.${format}`, bytes: new Uint8Array(bytes), contentType: contentTypeOf(format) };
}
