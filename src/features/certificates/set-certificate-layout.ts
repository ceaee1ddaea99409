// A unit sets how its certificates print: the template (with a background image it uploads, or
// the default border) or pre-printed blanks, the printer's calibration offsets and the fields'
// places; for every form or for one form. The image is checked by its content (PNG or JPEG).
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { certificateLayouts } from "../../db/schema";
import { FIELDS, type Positions } from "../../domain/certificates/fields";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { storeFile } from "../../platform/file-store";
import { checkUpload, type UploadedFile } from "../../platform/uploads";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { LayoutInput } from "./layout-input";
import { certificatePolicy } from "./policy";

const MAX_BACKGROUND_MB = 10;

/** Checked before the file is read: the actor may set this unit's layout. */
export async function assertMaySetLayout(actor: Actor, db: DbOrTx, unitId: number): Promise<void> {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(certificatePolicy.setLayout(actor, unit), "certificate.print");
}

export async function setCertificateLayout(actor: Actor, input: unknown, background: UploadedFile | undefined, db: Db) {
  const values = parseInput(LayoutInput, input);
  const kind = background ? checkUpload("background", background, ["png", "jpeg"], MAX_BACKGROUND_MB) : null;
  const typed = values as unknown as Record<string, number | undefined>;
  const positions: Positions = {};
  for (const f of FIELDS) {
    const x = typed[`${f}X`];
    const y = typed[`${f}Y`];
    if (x === undefined && y === undefined) continue;
    if (x === undefined || y === undefined) throw ValidationError.field(x === undefined ? `${f}X` : `${f}Y`, "errors.certificate_position");
    positions[f] = { x, y };
  }
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(certificatePolicy.setLayout(actor, unit), "certificate.print");
    const [before] = await tx.select().from(certificateLayouts).where(and(eq(certificateLayouts.unitId, unit.id), eq(certificateLayouts.formCode, values.formCode))).for("update");
    const sha256 = background && kind ? await storeFile(tx, actor, { name: background.name, bytes: background.bytes, kind }) : values.removeBackground ? null : (before?.backgroundSha256 ?? null);
    const row = {
      unitId: unit.id,
      formCode: values.formCode,
      mode: values.mode,
      backgroundSha256: sha256,
      offsetXMm: values.offsetX ?? 0,
      offsetYMm: values.offsetY ?? 0,
      positions,
      updatedBy: actor.id,
      updatedAt: new Date(),
    };
    const [saved] = await tx
      .insert(certificateLayouts)
      .values(row)
      .onConflictDoUpdate({ target: [certificateLayouts.unitId, certificateLayouts.formCode], set: row })
      .returning();
    const summary = (r: typeof before) => r && { formCode: r.formCode, mode: r.mode, background: r.backgroundSha256, offsetXMm: r.offsetXMm, offsetYMm: r.offsetYMm, positions: r.positions };
    await audit(tx, actor, { action: "certificate.layout_set", entityType: "certificate_layout", entityId: saved!.id, unit: { id: unit.id, path: unit.path }, before: summary(before) ?? null, after: summary(saved) });
    return saved!;
  });
}
