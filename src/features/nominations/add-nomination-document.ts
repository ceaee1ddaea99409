// The nominating unit adds a document to its dossier: the signed paper scanned to PDF, or a .docx
// or photo, as one of the items the catalogue requires. A new document of an item replaces the
// earlier one, which stays on record.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { nominationDocuments } from "../../db/schema";
import { canTransition } from "../../domain/nominations/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { storeFile } from "../../platform/file-store";
import { checkUpload, type FileKind, type UploadedFile } from "../../platform/uploads";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { dossierState } from "./dossier-state";
import { findVisibleNomination } from "./find-nomination";
import { nominationPolicy } from "./policy";
import { recordEvent } from "./record-event";

const ALLOWED: readonly FileKind[] = ["pdf", "docx", "jpeg", "png"];
const DocumentInput = z.object({ itemCode: z.string({ error: "errors.nomination_item_required" }).trim().min(1, "errors.nomination_item_required").max(60, "errors.too_long") });

/** Checked before the file is read: the actor may add documents to this nomination now. */
export async function assertMayAddDocument(actor: Actor, db: DbOrTx, id: number): Promise<void> {
  const found = await findVisibleNomination(actor, db, id);
  authorize(nominationPolicy.edit(actor, found), "nomination.edit");
}

export async function addNominationDocument(actor: Actor, id: number, input: unknown, file: UploadedFile | undefined, db: Db) {
  const { itemCode } = parseInput(DocumentInput, input);
  if (!file) throw ValidationError.field("file", "errors.choose_file");
  const kind = checkUpload("file", file, ALLOWED);
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id, { forUpdate: true });
    authorize(nominationPolicy.edit(actor, found), "nomination.edit");
    const n = found.nomination;
    if (!canTransition(n.status as never, "edit")) throw ValidationError.field("_form", "errors.nomination_not_editable");
    const { required } = await dossierState(tx, n, await loadCatalogue(tx, n.decisionDate, found.unitPath));
    const item = required.items.find((i) => i.code === itemCode);
    if (!item) throw ValidationError.field("itemCode", "errors.nomination_item_unknown");
    const sha256 = await storeFile(tx, actor, { name: file.name, bytes: file.bytes, kind });
    await tx
      .update(nominationDocuments)
      .set({ replacedAt: new Date() })
      .where(and(eq(nominationDocuments.nominationId, id), eq(nominationDocuments.itemCode, itemCode), isNull(nominationDocuments.replacedAt)));
    const [row] = await tx.insert(nominationDocuments).values({ nominationId: id, itemCode, source: "uploaded", sha256, fileName: file.name.slice(0, 200), addedBy: actor.id }).returning();
    await recordEvent(tx, actor, id, "document_added", item.name);
    await audit(tx, actor, { action: "nomination.document_added", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath }, after: { itemCode, fileName: row!.fileName, sha256 } });
    return row!;
  });
}
