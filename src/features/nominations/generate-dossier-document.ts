// The nominating unit has the product draw up one document of its dossier from the record (the
// tờ trình, the list, the achievement report or its summary, the minutes of its review), signed
// in its own name and symbol ("Số:      /TTr-MTTQ"). The file goes into the dossier as that
// item's document, replacing the earlier one (kept on record), like an upload.
//
// A .docx by default: the organisation fills in what only it knows (the number, the meeting's
// votes), prints, signs and stamps it, and then uploads the signed scan in its place; a .pdf on
// request, for a document it will sign as it stands.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { composeAchievementReport, composeList, composeMinutes, composeProposal, composeSummary, type DossierContext } from "../../documents/compose-nomination";
import { renderDocx } from "../../documents/docx";
import type { OfficialDocument } from "../../documents/model";
import { renderPdf } from "../../documents/pdf";
import type { Db, Tx } from "../../db/client";
import { nominationDocuments } from "../../db/schema";
import type { Catalogue } from "../../domain/catalogue/in-force";
import { canTransition } from "../../domain/nominations/workflow";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { storeFile } from "../../platform/file-store";
import { fields, parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { achievementRecord, dossierContext } from "./dossier-sources";
import { dossierState } from "./dossier-state";
import { findVisibleNomination } from "./find-nomination";
import { nominationPolicy } from "./policy";
import { recordEvent } from "./record-event";

export const GenerateDocumentInput = z.object({
  itemCode: z.string({ error: "errors.nomination_item_required" }).trim().min(1, "errors.nomination_item_required").max(60, "errors.too_long"),
  /** The date on the document; today when not given (left blank when today is past the decision date). */
  date: fields.date({ optional: true }),
  format: z.enum(["docx", "pdf"], { error: "errors.nomination_document_format" }).optional(),
});

type Found = Awaited<ReturnType<typeof findVisibleNomination>>;
type Composer = (tx: Tx, actor: Actor, found: Found, catalogue: Catalogue, ctx: DossierContext) => Promise<OfficialDocument> | OfficialDocument;

/** The dossier items the product can draw up, by the catalogue's code. */
export const COMPOSERS: Readonly<Record<string, Composer>> = {
  to_trinh: (_tx, _a, _f, _c, ctx) => composeProposal(ctx),
  danh_sach: (_tx, _a, _f, _c, ctx) => composeList(ctx),
  danh_sach_y_kien: (_tx, _a, _f, _c, ctx) => composeList(ctx, { consultation: true }),
  bien_ban_binh_xet: (_tx, _a, _f, _c, ctx) => composeMinutes(ctx, "emulation"),
  bien_ban_xet: (_tx, _a, _f, _c, ctx) => composeMinutes(ctx, "commendation"),
  bao_cao_thanh_tich: async (tx, actor, found, catalogue, ctx) => composeAchievementReport(ctx, await achievementRecord(tx, actor, found, catalogue)),
  tom_tat_thanh_tich: async (tx, actor, found, catalogue, ctx) => composeSummary(ctx, await achievementRecord(tx, actor, found, catalogue)),
};

export interface Renderers {
  docx: (doc: OfficialDocument) => Promise<Buffer>;
  pdf: (doc: OfficialDocument) => Promise<Buffer>;
}
const RENDERERS: Renderers = { docx: renderDocx, pdf: renderPdf };

export async function generateDossierDocument(actor: Actor, id: number, input: unknown, db: Db, opts: { renderers?: Renderers } = {}) {
  const values = parseInput(GenerateDocumentInput, input);
  const format = values.format ?? "docx";
  const renderers = opts.renderers ?? RENDERERS;
  return db.transaction(async (tx) => {
    const found = await findVisibleNomination(actor, tx, id, { forUpdate: true });
    authorize(nominationPolicy.edit(actor, found), "nomination.edit");
    const n = found.nomination;
    if (!canTransition(n.status as never, "edit")) throw ValidationError.field("_form", "errors.nomination_not_editable");
    const catalogue = await loadCatalogue(tx, n.decisionDate, found.unitPath);
    const { required } = await dossierState(tx, n, catalogue);
    const item = required.items.find((i) => i.code === values.itemCode);
    if (!item) throw ValidationError.field("itemCode", "errors.nomination_item_unknown");
    const compose = item.generated ? COMPOSERS[item.code] : undefined;
    if (!compose) throw ValidationError.field("itemCode", "errors.nomination_item_not_generated");

    const today = todayInVietnam();
    const date = values.date ?? (today <= n.decisionDate ? today : null);
    const ctx = await dossierContext(tx, found, catalogue, date);
    const official = await compose(tx, actor, found, catalogue, ctx);
    let bytes: Buffer;
    try {
      bytes = await renderers[format](official);
    } catch (err) {
      throw Object.assign(ValidationError.field("_form", "errors.nomination_render_failed"), { cause: err });
    }
    const fileName = `${item.code.replace(/_/g, "-")}-${n.id}.${format}`;
    const sha256 = await storeFile(tx, actor, { name: fileName, bytes, kind: format });
    await tx
      .update(nominationDocuments)
      .set({ replacedAt: new Date() })
      .where(and(eq(nominationDocuments.nominationId, id), eq(nominationDocuments.itemCode, item.code), isNull(nominationDocuments.replacedAt)));
    const [row] = await tx.insert(nominationDocuments).values({ nominationId: id, itemCode: item.code, source: "generated", sha256, fileName, addedBy: actor.id }).returning();
    await recordEvent(tx, actor, id, "document_generated", item.name);
    await audit(tx, actor, { action: "nomination.document_generated", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath }, after: { itemCode: item.code, fileName, sha256, date } });
    return row!;
  });
}
