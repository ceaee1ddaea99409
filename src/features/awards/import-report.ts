// The award import preview as plain lines, for `awards import --dry-run` and the import's own
// report: every row that will be added, is recorded already, or is refused, and what was left out.
import { formatShortDate } from "../../domain/text/dates";
import type { AwardImportPreview } from "./import-awards";

const STATUS = { add: "thêm / add", known: "đã có / recorded already", refused: "lỗi / problem" } as const;
const SKIPPED = { title: "tiêu đề", numbering: "đánh số cột", total: "tổng cộng", signature: "chữ ký", example: "dòng ví dụ" } as const;

export function awardImportReport(preview: AwardImportPreview): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  for (const d of preview.decoded) out.push(`Cột ${d.header}: chuyển từ bảng mã ${d.encoding} sang Unicode / converted from ${d.encoding}`);
  if (preview.ignoredColumns.length) out.push(`Cột không có trong mẫu, không nhập / columns not imported: ${preview.ignoredColumns.join(", ")}`);
  for (const r of preview.awards) {
    const values = [
      r.recipientLabel || r.recipient,
      r.formCode ? `${r.formName} (${r.formCode})` : r.form,
      r.year ? `năm ${r.year}` : "",
      r.decisionNumber,
      r.decisionDate ? formatShortDate(r.decisionDate) : "",
      r.decidingBody,
    ].filter(Boolean);
    const typed = Object.entries(r.originals).map(([column, text]) => `${column} gõ trong tệp / typed: ${text}`);
    out.push(`  Dòng ${r.row} [${STATUS[r.status]}] ${values.join(" · ")}${r.existingId ? ` (#${r.existingId})` : ""}${typed.length ? ` (${typed.join("; ")})` : ""}`);
    for (const p of r.problems) out.push(`      ${p}`);
  }
  for (const s of preview.skipped) out.push(`  Dòng ${s.row} [bỏ qua / left out: ${SKIPPED[s.reason]}] ${s.text.slice(0, 100)}`);
  if (preview.problems.length === 0) {
    out.push(`${preview.unit.name}: ${preview.rows} dòng / rows, ${preview.toCreate} khen thưởng mới / new awards, ${preview.known} đã có / recorded already`);
  } else {
    err.push(`Tệp bị từ chối, không ghi gì / file rejected, nothing written (${preview.problems.length}):`);
    for (const p of preview.problems.slice(0, 200)) err.push(`  ${p}`);
  }
  return { out, err };
}
