import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { directives } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { storeFile } from "../../platform/file-store";
import { checkUpload, type UploadedFile } from "../../platform/uploads";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { directivePolicy } from "./policy";

export const CreateDirectiveInput = z.object({
  unitId: fields.id("errors.choose_unit"),
  /** As printed after "Số:": "1240/UBND-NV". */
  numberSymbol: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(60, "errors.too_long").regex(/^[^\s/]+(\/[^\s]+)?$/u, "errors.number_symbol_invalid"),
  kind: fields.requiredText(60),
  issuer: fields.requiredText(200),
  issuedOn: fields.date(),
  summary: fields.requiredText(1000),
});

const ALLOWED_KINDS = ["pdf", "docx"] as const;

/** Whether the actor may record directives at all: checked before the form and its file are read. */
export function assertMayRecordDirectives(actor: Actor): void {
  authorize(directivePolicy.recordSomewhere(actor), "directive.create");
}

/** Records an incoming document (văn bản đến), with its file when there is one (PDF or .docx). */
export async function createDirective(actor: Actor, input: unknown, db: Db, file?: UploadedFile) {
  const values = parseInput(CreateDirectiveInput, input);
  const kind = file ? checkUpload("file", file, ALLOWED_KINDS) : null;
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(directivePolicy.record(actor, unit), "directive.create");
    const [same] = await tx
      .select({ id: directives.id })
      .from(directives)
      .where(and(eq(directives.unitId, unit.id), eq(directives.numberSymbol, values.numberSymbol), eq(directives.issuedOn, values.issuedOn)));
    if (same) throw ValidationError.field("numberSymbol", "errors.directive_exists");
    const fileSha256 = file && kind ? await storeFile(tx, actor, { name: file.name, bytes: file.bytes, kind }) : null;
    const [row] = await tx.insert(directives).values({ ...values, unitId: unit.id, fileSha256, fileName: file?.name ?? null, createdBy: actor.id }).returning();
    await audit(tx, actor, { action: "directive.created", entityType: "directive", entityId: row!.id, unit, after: values });
    return row!;
  });
}
