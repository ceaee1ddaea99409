// Imports a unit's yearly assessment list from .xlsx: each row's person found in the unit (and
// its sub-units) by name and birth, its rating added or changed (old → new shown first), every
// problem by row and column. All or nothing; one file once per unit.
import { createHash } from "node:crypto";
import type { Worksheet } from "exceljs";
import { and, eq, inArray, like } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { assessmentImports, people, units, yearlyAssessments } from "../../db/schema";
import type { Rating } from "../../domain/catalogue/entries";
import { ENCODING_NAMES, type LegacyEncoding } from "../../domain/imports/legacy-columns";
import type { CellValue, SheetProblem, SkippedRow } from "../../domain/imports/locate-table";
import type { FontTable } from "../../domain/imports/read-sheet";
import { describeProblem } from "../../domain/registry/people-sheet";
import { formatDateTime, todayInVietnam } from "../../domain/text/dates";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { checkUpload, type UploadedFile } from "../../platform/uploads";
import { checkSpreadsheetBudget, refuseLegacyOfficeFile } from "../../platform/xlsx-budget";
import { findVisibleUnit } from "../units/find-visible-unit";
import { parseAssessmentSheet, type AssessmentRow } from "./assessment-sheet";
import { FACT_ENTITY } from "./find-fact-person";
import { eligibilityPolicy } from "./policy";

export interface AssessmentPreviewRow extends AssessmentRow {
  /** add: a new rating; update: the year had another rating; same: recorded as the row says; refused: the row has problems. */
  status: "add" | "update" | "same" | "refused";
  personId?: number;
  /** Where the person found belongs. */
  unitName?: string;
  /** The rating recorded before, for an update. */
  previous?: Rating;
  problems: string[];
}

export interface AssessmentImportPreview {
  unit: { id: number; name: string };
  rows: number;
  assessments: AssessmentPreviewRow[];
  skipped: (SkippedRow & { sheet: string })[];
  ignoredColumns: string[];
  decoded: { header: string; encoding: string }[];
  toAdd: number;
  toChange: number;
  unchanged: number;
  problems: string[];
  committed: boolean;
}

function tableOf(sheet: Worksheet): { cells: CellValue[][]; fonts: FontTable } {
  const cells: CellValue[][] = [];
  const fonts: FontTable = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    cells[n - 1] = (row.values as CellValue[]).slice(1);
    const rowFonts: (string | undefined)[] = [];
    row.eachCell((cell, col) => (rowFonts[col - 1] = cell.font?.name));
    fonts[n - 1] = rowFonts;
  });
  for (let i = 0; i < cells.length; i++) [cells[i], fonts[i]] = [cells[i] ?? [], fonts[i] ?? []];
  return { cells, fonts };
}

async function readTable(bytes: Uint8Array) {
  const { default: ExcelJS } = await import("exceljs"); // loaded with the first spreadsheet, not at start
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw ValidationError.field("file", "errors.file_unreadable");
  }
  const sheet = book.getWorksheet("Xếp loại") ?? book.worksheets[0];
  if (!sheet) throw ValidationError.field("file", "errors.file_unreadable");
  return tableOf(sheet);
}

/** Whether the actor may import assessments at all; checked before an upload is read. */
export function assertMayImportAssessments(actor: Actor): void {
  authorize(eligibilityPolicy.manageSomewhere(actor), "eligibility.import");
}

type Target = { id: number; name: string; path: string };
type Candidate = { id: number; searchText: string; birthDate: string | null; birthYear: number | null; unitId: number; unitName: string; unitPath: string };

export async function importAssessments(actor: Actor, db: Db, input: { file: UploadedFile; unitId: number; commit: boolean }): Promise<AssessmentImportPreview> {
  assertMayImportAssessments(actor);
  const target = await findVisibleUnit(actor, db, input.unitId);
  authorize(eligibilityPolicy.importInto(actor, target), "eligibility.import");
  refuseLegacyOfficeFile("file", input.file.bytes);
  checkUpload("file", input.file, ["xlsx"]);
  await checkSpreadsheetBudget("file", input.file.bytes);
  const table = await readTable(input.file.bytes);
  const parsed = parseAssessmentSheet(table.cells, { fonts: table.fonts, today: todayInVietnam() });
  const problems: SheetProblem[] = [...parsed.problems];
  const rowProblems = new Map<number, string[]>();
  const note = (p: SheetProblem) => {
    if (!rowProblems.has(p.row)) rowProblems.set(p.row, []);
    rowProblems.get(p.row)!.push(describeProblem(p));
  };
  parsed.problems.forEach(note);
  const refuse = (row: number, column: string, message: string) => {
    const p = { row, column, message };
    problems.push(p);
    note(p);
  };

  const scopes = await subUnits(db, target, parsed.rows, refuse);
  const found = await findPeople(db, target, parsed.rows, scopes, (r, message) => refuse(r.row, "Họ và tên", message));
  // Two rows naming one person for one year (written once with the day of birth, once with the year).
  const seen = new Map<string, number>();
  for (const r of parsed.rows) {
    const p = found.get(r.row);
    if (!p || !r.year) continue;
    const key = `${p.id}|${r.year}`;
    if (seen.has(key)) refuse(r.row, "Năm", `cùng người và cùng năm với dòng ${seen.get(key)}`);
    else seen.set(key, r.row);
  }
  const recorded = await recordedRatings(db, [...new Set([...found.values()].map((p) => p.id))]);
  const assessments: AssessmentPreviewRow[] = parsed.rows.map((r) => {
    const person = found.get(r.row);
    const previous = person ? recorded.get(`${person.id}|${r.year}`) : undefined;
    const status = rowProblems.has(r.row) ? "refused" : previous === undefined ? "add" : previous === r.rating ? "same" : "update";
    return { ...r, status, personId: person?.id, unitName: person?.unitName, previous, problems: rowProblems.get(r.row) ?? [] };
  });
  const preview: AssessmentImportPreview = {
    unit: { id: target.id, name: target.name },
    rows: parsed.rows.length,
    assessments,
    skipped: parsed.skipped.map((s) => ({ ...s, sheet: "Xếp loại" })),
    ignoredColumns: parsed.ignoredColumns,
    decoded: parsed.decoded.map((d) => ({ header: d.header, encoding: ENCODING_NAMES[d.encoding as LegacyEncoding] })),
    toAdd: assessments.filter((a) => a.status === "add").length,
    toChange: assessments.filter((a) => a.status === "update").length,
    unchanged: assessments.filter((a) => a.status === "same").length,
    problems: problems.sort((a, b) => a.row - b.row).map(describeProblem),
    committed: false,
  };
  if (!input.commit || problems.length > 0) return preview;
  const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
  await refuseImportedFile(db, target, sha256);
  const writes = assessments.filter((a) => a.status === "add" || a.status === "update");
  if (writes.length === 0) return preview;

  await db.transaction(async (tx) => {
    // Checked again where it counts: the unit, the right to import, the file not imported here yet.
    const unit = await findVisibleUnit(actor, tx, input.unitId);
    authorize(eligibilityPolicy.importInto(actor, unit), "eligibility.import");
    const [claimed] = await tx
      .insert(assessmentImports)
      .values({ unitId: unit.id, sha256, fileName: input.file.name, added: preview.toAdd, changed: preview.toChange, importedBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!claimed) {
      await refuseImportedFile(tx, unit, sha256);
      throw new Error("assessment_imports: the file's row conflicted but cannot be read");
    }
    const personOf = new Map([...found.values()].map((p) => [p.id, p]));
    for (const a of writes) {
      const person = personOf.get(a.personId!)!;
      const [row] = await tx
        .insert(yearlyAssessments)
        .values({ personId: person.id, year: a.year, rating: a.rating, note: a.note, recordedBy: actor.id })
        .onConflictDoUpdate({ target: [yearlyAssessments.personId, yearlyAssessments.year], set: { rating: a.rating, note: a.note, recordedBy: actor.id, updatedAt: new Date() } })
        .returning();
      await audit(tx, actor, {
        action: "eligibility.assessment_imported",
        entityType: FACT_ENTITY,
        entityId: person.id,
        unit: { id: person.unitId, path: person.unitPath },
        before: a.previous ? { kind: "assessment", id: row!.id, year: a.year, rating: a.previous } : null,
        after: { kind: "assessment", id: row!.id, year: a.year, rating: a.rating, file: input.file.name },
      });
    }
    await audit(tx, actor, {
      action: "eligibility.assessments_imported",
      entityType: "assessment_import",
      entityId: claimed.id,
      unit,
      after: { file: input.file.name, sha256, added: preview.toAdd, changed: preview.toChange, unchanged: preview.unchanged },
    });
  });
  return { ...preview, committed: true };
}

/** The sub-unit a row names (by code or name, inside the target), whose subtree the person is looked for in. */
async function subUnits(db: DbOrTx, target: Target, rows: AssessmentRow[], refuse: (row: number, column: string, message: string) => void) {
  const chosen = new Map<number, { path: string }>();
  if (!rows.some((r) => r.unit)) return chosen;
  const candidates = await db.select({ id: units.id, code: units.code, searchText: units.searchText, path: units.path }).from(units).where(like(units.path, `${target.path}%`));
  for (const r of rows) {
    if (!r.unit) continue;
    const folded = foldForSearch(r.unit);
    const matches = candidates.filter((u) => u.code === r.unit || u.searchText === folded);
    if (matches.length === 1) chosen.set(r.row, matches[0]!);
    else refuse(r.row, "Tổ dân phố / Đơn vị", matches.length ? `'${r.unit}' trùng tên nhiều đơn vị, hãy dùng mã` : `không có đơn vị '${r.unit}' trong ${target.name}`);
  }
  return chosen;
}

/** Each row's person: the one of that name and birth in the unit's subtree; none or several refuse the row. */
async function findPeople(db: DbOrTx, target: Target, rows: AssessmentRow[], scopes: Map<number, { path: string }>, refuse: (r: AssessmentRow, message: string) => void) {
  const found = new Map<number, Candidate>();
  const names = [...new Set(rows.filter((r) => r.fullName).map((r) => foldForSearch(r.fullName)))];
  if (!names.length) return found;
  const candidates: Candidate[] = await db
    .select({ id: people.id, searchText: people.searchText, birthDate: people.birthDate, birthYear: people.birthYear, unitId: people.unitId, unitName: units.name, unitPath: units.path })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(like(units.path, `${target.path}%`), inArray(people.searchText, names)))
    .orderBy(people.id);
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) byName.set(c.searchText, [...(byName.get(c.searchText) ?? []), c]);
  for (const r of rows) {
    if (!r.fullName || !(r.birthDate || r.birthYear)) continue; // already refused by the sheet
    const scope = scopes.get(r.row);
    const births = (c: Candidate) => (r.birthDate ? c.birthDate === r.birthDate || (c.birthDate === null && c.birthYear === r.birthYear) : c.birthYear === r.birthYear);
    const matches = (byName.get(foldForSearch(r.fullName)) ?? []).filter((c) => births(c) && (!scope || c.unitPath.startsWith(scope.path)));
    const birth = r.birthDate ? `ngày sinh ${r.birthDate.split("-").reverse().join("/")}` : `năm sinh ${r.birthYear}`;
    if (matches.length === 1) found.set(r.row, matches[0]!);
    else if (matches.length === 0) refuse(r, `không tìm thấy '${r.fullName}', ${birth} trong ${target.name}${r.unit ? ` (${r.unit})` : ""}; hãy kiểm tra họ tên, năm sinh hoặc thêm người này vào sổ người dân trước`);
    else refuse(r, `có ${matches.length} người tên '${r.fullName}', ${birth}; ghi ngày sinh đầy đủ hoặc tổ dân phố để phân biệt`);
  }
  return found;
}

async function recordedRatings(db: DbOrTx, personIds: number[]): Promise<Map<string, Rating>> {
  const out = new Map<string, Rating>();
  for (let i = 0; i < personIds.length; i += 1000) {
    const rows = await db.select().from(yearlyAssessments).where(inArray(yearlyAssessments.personId, personIds.slice(i, i + 1000)));
    for (const r of rows) out.set(`${r.personId}|${r.year}`, r.rating as Rating);
  }
  return out;
}

/** Refuses a file this unit has imported already, naming when. */
async function refuseImportedFile(db: DbOrTx, unit: { id: number; name: string }, sha256: string): Promise<void> {
  const [earlier] = await db.select().from(assessmentImports).where(and(eq(assessmentImports.unitId, unit.id), eq(assessmentImports.sha256, sha256)));
  if (earlier) throw ValidationError.field("file", "errors.import_already_done", { unit: unit.name, at: formatDateTime(earlier.importedAt) });
}
