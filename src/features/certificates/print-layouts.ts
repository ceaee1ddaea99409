// How a unit's certificates print: its layouts (every form, or one form's own), with the
// background images read once for a whole batch.
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { certificateLayouts, files } from "../../db/schema";
import { readPositions } from "../../domain/certificates/fields";
import { contentTypeOf } from "../../platform/uploads";
import { DEFAULT_LAYOUT, type PrintLayout } from "./certificate-pdf";

export type LayoutRow = typeof certificateLayouts.$inferSelect;

export async function layoutRows(db: DbOrTx, unitId: number): Promise<LayoutRow[]> {
  return db.select().from(certificateLayouts).where(eq(certificateLayouts.unitId, unitId));
}

/** The layout of each form of the unit: the form's own, else the unit's, else the default template. */
export async function printLayouts(db: DbOrTx, unitId: number): Promise<(formCode: string) => PrintLayout> {
  const rows = await layoutRows(db, unitId);
  const shas = [...new Set(rows.map((r) => r.backgroundSha256).filter((s): s is string => !!s))];
  const images = shas.length ? await db.select({ sha256: files.sha256, kind: files.kind, bytes: files.bytes }).from(files).where(inArray(files.sha256, shas)) : [];
  const dataUrls = new Map(images.map((i) => [i.sha256, `data:${contentTypeOf(i.kind)};base64,${Buffer.from(i.bytes).toString("base64")}`]));
  const layouts = new Map(
    rows.map((r): [string, PrintLayout] => [
      r.formCode,
      {
        mode: r.mode === "preprinted" ? "preprinted" : "template",
        background: r.backgroundSha256 && dataUrls.has(r.backgroundSha256) ? { key: `bg_${r.backgroundSha256.slice(0, 16)}`, dataUrl: dataUrls.get(r.backgroundSha256)! } : null,
        offsets: { x: r.offsetXMm, y: r.offsetYMm },
        positions: readPositions(r.positions),
      },
    ]),
  );
  return (formCode) => layouts.get(formCode) ?? layouts.get("") ?? DEFAULT_LAYOUT;
}
