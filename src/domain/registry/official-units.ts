// The official list of administrative units (province_code, province_name,
// commune_code, commune_name), checked as a whole: a file with any bad row is
// rejected with every row number and reason, so nothing half-imported remains.
import { parse } from "csv-parse/sync";
import { nfc } from "../text/normalize";

export const OFFICIAL_COLUMNS = ["province_code", "province_name", "commune_code", "commune_name"] as const;

export type CommuneKind = "commune" | "ward" | "special_zone";

export interface OfficialProvince {
  code: string;
  name: string;
}

export interface OfficialCommune {
  code: string;
  name: string;
  kind: CommuneKind;
  provinceCode: string;
}

export interface RowProblem {
  row: number;
  reason: string;
}

export type ParsedOfficialList =
  | { ok: true; provinces: OfficialProvince[]; communes: OfficialCommune[] }
  | { ok: false; problems: RowProblem[] };

/**
 * An official code: 2 digits for a province, 5 for a commune, ward or special zone, as in the
 * official list. Every other unit carries a local code, which never looks like one
 * ("22420-TDP01": the official code of the commune it lies in, then its own part).
 */
export function isOfficialCode(code: string | null | undefined): boolean {
  return !!code && /^(\d{2}|\d{5})$/.test(code);
}

/** "Xã …" is a commune, "Phường …" a ward, "Đặc khu …" a special zone. */
export function communeKind(name: string): CommuneKind | null {
  if (name.startsWith("Xã ")) return "commune";
  if (name.startsWith("Phường ")) return "ward";
  if (name.startsWith("Đặc khu ")) return "special_zone";
  return null;
}

export function parseOfficialUnits(text: string): ParsedOfficialList {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    return { ok: false, problems: [{ row: 0, reason: `Không đọc được CSV: ${(err as Error).message}` }] };
  }
  const problems: RowProblem[] = [];
  const header = records[0]?.map((h) => h.toLowerCase());
  if (!header || OFFICIAL_COLUMNS.some((c, i) => header[i] !== c) || header.length !== OFFICIAL_COLUMNS.length) {
    return { ok: false, problems: [{ row: 1, reason: `Dòng tiêu đề phải là: ${OFFICIAL_COLUMNS.join(",")}` }] };
  }
  const provinces = new Map<string, OfficialProvince>();
  const communes = new Map<string, OfficialCommune>();
  records.slice(1).forEach((fields, i) => {
    const row = i + 2;
    if (fields.length !== 4) {
      problems.push({ row, reason: `cần 4 cột, có ${fields.length}` });
      return;
    }
    const [provinceCode, provinceName, communeCode, communeName] = fields.map(nfc) as [string, string, string, string];
    if (!/^\d{2}$/.test(provinceCode)) problems.push({ row, reason: `mã tỉnh '${provinceCode}' phải có 2 chữ số` });
    if (!/^\d{5}$/.test(communeCode)) problems.push({ row, reason: `mã xã '${communeCode}' phải có 5 chữ số` });
    if (!provinceName) problems.push({ row, reason: "thiếu tên tỉnh" });
    const kind = communeKind(communeName);
    if (!kind) problems.push({ row, reason: `tên '${communeName}' phải bắt đầu bằng Xã, Phường hoặc Đặc khu` });
    const known = provinces.get(provinceCode);
    if (known && known.name !== provinceName) problems.push({ row, reason: `mã tỉnh ${provinceCode} đã mang tên '${known.name}', không phải '${provinceName}'` });
    if (communes.has(communeCode)) problems.push({ row, reason: `mã xã ${communeCode} bị lặp` });
    if (!known) provinces.set(provinceCode, { code: provinceCode, name: provinceName });
    if (kind) communes.set(communeCode, { code: communeCode, name: communeName, kind, provinceCode });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, provinces: [...provinces.values()], communes: [...communes.values()] };
}
