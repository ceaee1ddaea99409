// The layout page: the unit's layout for every form or for one form, as saved, and the forms
// that may have their own (the catalogue's forms, by their latest names).
import type { DbOrTx } from "../../db/client";
import { FIELDS, readPositions, STANDARD_BOXES } from "../../domain/certificates/fields";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { authorize } from "../../platform/errors";
import { catalogueNames } from "../awards/catalogue-names";
import { findVisibleUnit } from "../units/find-visible-unit";
import { certificatePolicy } from "./policy";
import { layoutRows } from "./print-layouts";

export async function getCertificateLayout(actor: Actor, query: { unit?: string | undefined; form?: string | undefined }, db: DbOrTx) {
  const unitId = Number(query.unit);
  if (!Number.isInteger(unitId) || unitId <= 0) throw new NotFound("unit");
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(certificatePolicy.setLayout(actor, unit), "certificate.print");
  const formCode = (query.form ?? "").trim();
  const rows = await layoutRows(db, unit.id);
  const row = rows.find((r) => r.formCode === formCode) ?? null;
  const positions = readPositions(row?.positions);
  const values: Record<string, string> = {
    unitId: String(unit.id),
    formCode,
    mode: row?.mode ?? "template",
    offsetX: String(row?.offsetXMm ?? 0),
    offsetY: String(row?.offsetYMm ?? 0),
  };
  for (const f of FIELDS) {
    const p = positions[f];
    values[`${f}X`] = p ? String(p.x) : "";
    values[`${f}Y`] = p ? String(p.y) : "";
  }
  const names = await catalogueNames(db);
  return { unit, formCode, row, values, standard: STANDARD_BOXES, forms: names.forms, saved: rows.map((r) => r.formCode) };
}
