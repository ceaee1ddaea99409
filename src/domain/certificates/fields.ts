// Where a certificate's parts go on an A4 landscape sheet (297 × 210 mm), in millimetres from
// the top left corner: the standard places, a unit's own moves, and the printer's calibration
// offsets added to every one. On pre-printed blanks only the variable fields are printed; the
// template prints the fixed wording too, over the unit's background or the default border.
export const SHEET_MM = { width: 297, height: 210 } as const;

export const FIELDS = ["national", "issuer", "heading", "holder", "achievement", "decision", "dateLine", "signature", "qr"] as const;
export type Field = (typeof FIELDS)[number];

/** The fields that change from one certificate to the next: what pre-printed blanks leave empty. */
export const VARIABLE_FIELDS: readonly Field[] = ["holder", "achievement", "decision", "dateLine", "signature", "qr"];

export interface FieldBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const STANDARD_BOXES: Record<Field, FieldBox> = {
  national: { x: 48, y: 20, width: 201, height: 14 },
  issuer: { x: 38, y: 40, width: 221, height: 10 },
  heading: { x: 38, y: 54, width: 221, height: 16 },
  holder: { x: 38, y: 76, width: 221, height: 14 },
  achievement: { x: 43, y: 94, width: 211, height: 26 },
  decision: { x: 48, y: 124, width: 201, height: 8 },
  dateLine: { x: 160, y: 140, width: 110, height: 8 },
  signature: { x: 160, y: 148, width: 110, height: 44 },
  qr: { x: 14, y: 150, width: 50, height: 40 },
};

export type Positions = Partial<Record<Field, { x: number; y: number }>>;
export interface Offsets {
  x: number;
  y: number;
}

/** Each field's box on the sheet: its standard place or the unit's, shifted by the calibration. */
export function placedBoxes(positions: Positions, offsets: Offsets): Record<Field, FieldBox> {
  const out = {} as Record<Field, FieldBox>;
  for (const f of FIELDS) {
    const base = STANDARD_BOXES[f];
    const moved = positions[f];
    out[f] = { ...base, x: (moved?.x ?? base.x) + offsets.x, y: (moved?.y ?? base.y) + offsets.y };
  }
  return out;
}

/** Reads stored positions, keeping only fields and numbers on the sheet. */
export function readPositions(value: unknown): Positions {
  const out: Positions = {};
  if (!value || typeof value !== "object") return out;
  for (const f of FIELDS) {
    const p = (value as Record<string, unknown>)[f] as { x?: unknown; y?: unknown } | undefined;
    if (p && typeof p.x === "number" && typeof p.y === "number") out[f] = { x: p.x, y: p.y };
  }
  return out;
}
