// The calibration page of a unit's layout (or of one form's): the grid, the crosshairs and the
// fields' boxes where they will print, for aligning the printer with pre-printed blanks.
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { findVisibleUnit } from "../units/find-visible-unit";
import { renderCalibrationPage } from "./certificate-pdf";
import { certificatePolicy } from "./policy";
import { printLayouts } from "./print-layouts";

export async function printCalibrationPage(actor: Actor, unitId: number, formCode: string, db: DbOrTx) {
  const unit = await findVisibleUnit(actor, db, unitId);
  authorize(certificatePolicy.setLayout(actor, unit), "certificate.print");
  const layout = (await printLayouts(db, unit.id))(formCode);
  return { name: "Trang thử căn chỉnh.pdf", bytes: await renderCalibrationPage(layout), contentType: "application/pdf" };
}
