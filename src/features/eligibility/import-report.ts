// The assessment import preview as plain lines, for `eligibility import-assessments`.
import { formatShortDate } from "../../domain/text/dates";
import { RATING_CHOICES } from "./assessment-template";
import type { AssessmentImportPreview } from "./import-assessments";
import { RATINGS, type Rating } from "../../domain/catalogue/entries";

const STATUS = { add: "thêm / add", update: "sửa / change", same: "đã có, không đổi / unchanged", refused: "lỗi / problem" } as const;
const label = (r: Rating) => RATING_CHOICES[RATINGS.indexOf(r)]!;

export function assessmentImportReport(preview: AssessmentImportPreview): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  for (const d of preview.decoded) out.push(`Cột ${d.header}: chuyển từ bảng mã ${d.encoding} sang Unicode / converted from ${d.encoding}`);
  if (preview.ignoredColumns.length) out.push(`Cột không có trong mẫu, không nhập / columns not imported: ${preview.ignoredColumns.join(", ")}`);
  for (const r of preview.assessments) {
    const birth = r.birthDate ? formatShortDate(r.birthDate) : r.birthYear ? `năm ${r.birthYear}` : "";
    const rating = r.status === "refused" ? "" : r.previous && r.previous !== r.rating ? `${label(r.previous)} → ${label(r.rating)}` : label(r.rating);
    out.push(`  Dòng ${r.row} [${STATUS[r.status]}] ${[r.fullName, birth, r.unitName ?? r.unit ?? "", r.year || "", rating].filter(Boolean).join(" · ")}${r.personId ? ` (#${r.personId})` : ""}`);
    for (const p of r.problems) out.push(`      ${p}`);
  }
  if (preview.problems.length === 0) {
    out.push(`${preview.unit.name}: ${preview.rows} dòng / rows, ${preview.toAdd} thêm / to add, ${preview.toChange} sửa / to change, ${preview.unchanged} không đổi / unchanged`);
  } else {
    err.push(`Tệp bị từ chối, không ghi gì / file rejected, nothing written (${preview.problems.length}):`);
    for (const p of preview.problems.slice(0, 200)) err.push(`  ${p}`);
  }
  return { out, err };
}
