// The import preview as plain lines, for `people import --dry-run` and the import's own report:
// every row that will be added, flagged or refused, with its values, and what was left out.
import { formatShortDate } from "../../domain/text/dates";
import type { ImportPreview } from "./import-people";

const STATUS = { add: "thêm / add", update: "cập nhật / update", same: "đã có, không đổi / unchanged", duplicate: "có thể đã có / likely recorded", refused: "lỗi / problem" } as const;
const SKIPPED = { title: "tiêu đề", numbering: "đánh số cột", total: "tổng cộng", signature: "chữ ký", example: "dòng ví dụ" } as const;

export function importReport(preview: ImportPreview): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ok = preview.problems.length === 0;
  for (const d of preview.decoded) out.push(`Cột ${d.header}: chuyển từ bảng mã ${d.encoding} sang Unicode / converted from ${d.encoding}`);
  if (preview.ignoredColumns.length) out.push(`Cột không có trong mẫu, không nhập / columns not imported: ${preview.ignoredColumns.join(", ")}`);
  for (const r of preview.people) {
    const birth = r.birthDate ? formatShortDate(r.birthDate) : r.birthYear ? `năm ${r.birthYear}` : "";
    const typed = Object.entries(r.originals).map(([column, text]) => `${column} gõ trong tệp / typed: ${text}`);
    const values = [r.fullName, r.gender === "male" ? "Nam" : r.gender === "female" ? "Nữ" : "", birth, r.ethnicity ?? "", r.unitName, r.household ? `hộ ${r.household}` : ""].filter(Boolean);
    const changes = r.changes.map((c) => `${c.column}: ${c.from || "(trống)"} → ${c.to}`);
    out.push(`  Dòng ${r.row} [${STATUS[r.status]}] ${values.join(" · ")}${r.existingId ? ` (#${r.existingId})` : ""}${typed.length ? ` (${typed.join("; ")})` : ""}`);
    for (const problem of r.problems) out.push(`      ${problem}`);
    if (changes.length) out.push(`      ${changes.join("; ")}`);
  }
  for (const s of preview.skipped) out.push(`  Dòng ${s.row}${s.sheet === "Người" ? "" : ` (trang ${s.sheet})`} [bỏ qua / left out: ${SKIPPED[s.reason]}] ${s.text.slice(0, 100)}`);
  if (ok) {
    out.push(
      `${preview.unit.name}: ${preview.rows} dòng / rows, ${preview.toCreate} người mới / new people, ${preview.toUpdate} cập nhật / updated, ${preview.unchanged} không đổi / unchanged, ${preview.households} hộ mới / new households, ${preview.duplicates.length} có thể đã có / likely recorded already`,
    );
  } else {
    err.push(`Tệp bị từ chối, không ghi gì / file rejected, nothing written (${preview.problems.length}):`);
    for (const p of preview.problems.slice(0, 200)) err.push(`  ${p}`);
  }
  return { out, err };
}
