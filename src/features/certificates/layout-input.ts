// The layout form: the mode, the form it is for ("" every form), the calibration offsets and
// each field's place, in millimetres (a comma or a point before the decimals).
import { z } from "zod";
import { FIELDS, SHEET_MM } from "../../domain/certificates/fields";

const mm = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z.number({ error: message }).min(min, message).max(max, message).optional(),
  );

export const LayoutInput = z.object({
  unitId: z.coerce.number({ error: "errors.required" }).int().positive(),
  formCode: z.string().trim().max(40, "errors.too_long").default(""),
  mode: z.enum(["template", "preprinted"], { error: "errors.certificate_mode" }),
  offsetX: mm(-50, 50, "errors.certificate_offset").default(0),
  offsetY: mm(-50, 50, "errors.certificate_offset").default(0),
  removeBackground: z.union([z.boolean(), z.literal("on"), z.literal("1"), z.literal("")]).optional().transform((v) => v === true || v === "on" || v === "1"),
  ...Object.fromEntries(FIELDS.flatMap((f) => [[`${f}X`, mm(0, SHEET_MM.width, "errors.certificate_position")], [`${f}Y`, mm(0, SHEET_MM.height, "errors.certificate_position")]])),
});
export type LayoutValues = z.output<typeof LayoutInput>;
