import { createHash } from "node:crypto";
import type { Worksheet } from "exceljs";
import { and, eq, inArray, like } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { collectives, households, people, peopleImports, units } from "../../db/schema";
import { describeProblem, parseCollectivesSheet, parsePeopleSheet, type CellValue, type FontTable, type PersonRow, type SheetProblem } from "../../domain/registry/people-sheet";
import type { SkippedRow } from "../../domain/imports/locate-table";
import { ENCODING_NAMES, type LegacyEncoding } from "../../domain/imports/legacy-columns";
import { personKeys } from "../../domain/registry/person";
import { foldForSearch } from "../../domain/text/vietnamese";
import { formatDateTime } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { checkUpload, type UploadedFile } from "../../platform/uploads";
import { checkSpreadsheetBudget, refuseLegacyOfficeFile } from "../../platform/xlsx-budget";
import { findVisibleUnit } from "../units/find-visible-unit";
import { nameKeys } from "../units/insert-unit";
import { assertUnitOpen } from "./create-person";
import { personPolicy } from "./policy";

/** A value an import changes on a person already recorded. */
export interface FieldChange {
  column: string;
  from: string;
  to: string;
}

/** One row of the people sheet as the import will treat it. */
export interface PreviewRow extends PersonRow {
  /**
   * add: a new person; update: recorded already (same name and birth date), with new values;
   * same: recorded already as the row says; duplicate: likely recorded already, flagged for
   * the official to decide; refused: the row has problems.
   */
  status: "add" | "update" | "same" | "duplicate" | "refused";
  /** What an update changes, column by column. */
  changes: FieldChange[];
  unitName: string;
  /** The row's problems, when refused. */
  problems: string[];
  /** The person recorded already: the one updated, unchanged, or likely the same. */
  existingId?: number;
}

export interface ImportPreview {
  unit: { id: number; name: string };
  rows: number;
  /** Every data row of the people sheet, in sheet order, with what the import does with it. */
  people: PreviewRow[];
  /** Rows left out, and why: the title, a numbering row, a total, the signature block, the template's example. */
  skipped: (SkippedRow & { sheet: string })[];
  /** Columns not in the template, not imported. */
  ignoredColumns: string[];
  /** Columns converted from a legacy Vietnamese font. */
  decoded: { header: string; encoding: string }[];
  /** People to be added, by sub-unit name. */
  toCreate: number;
  /** People recorded already whose values the file changes, and those it leaves as they are. */
  toUpdate: number;
  unchanged: number;
  byUnit: { unitName: string; count: number }[];
  households: number;
  /** Collectives to add, and those already recorded under the same name (not added again). */
  collectives: number;
  collectivesKnown: number;
  /**
   * Likely in the registry already, flagged and not imported unless the official says so: the
   * same name and year of birth, or, without a birth, the same name in the same household or
   * residential group. (The same name and day of birth is the same person: updated or unchanged.)
   */
  duplicates: { row: number; fullName: string; birthDate: string | null; birthYear: number | null; existingId: number }[];
  problems: string[];
  committed: boolean;
}

/** A sheet's cell values (merged cells repeat their value) and the font of each cell. */
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

/** The people sheet ("Người", or the first) and, if present, the "Tập thể" sheet, as tables of cell values. */
async function readTables(bytes: Uint8Array): Promise<{ people: ReturnType<typeof tableOf>; collectives: ReturnType<typeof tableOf> | null }> {
  const { default: ExcelJS } = await import("exceljs"); // loaded with the first spreadsheet, not at start
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw ValidationError.field("file", "errors.file_unreadable");
  }
  const sheet = book.getWorksheet("Người") ?? book.worksheets[0];
  if (!sheet) throw ValidationError.field("file", "errors.file_unreadable");
  const groups = book.getWorksheet("Tập thể");
  return { people: tableOf(sheet), collectives: groups && groups !== sheet ? tableOf(groups) : null };
}

type Target = { id: number; name: string; path: string; validTo: string | null; code: string | null };

/** Sub-unit named in a row: by code or by name (with or without tones), inside the target unit. */
async function resolveUnits(db: DbOrTx, target: Target, rows: { row: number; unit: string | null }[], problems: SheetProblem[], column = "Nơi sinh hoạt") {
  const chosen = new Map<number, Target>();
  if (!rows.some((r) => r.unit)) return chosen;
  const candidates = await db.select().from(units).where(like(units.path, `${target.path}%`));
  const today = new Date().toISOString().slice(0, 10);
  for (const r of rows) {
    if (!r.unit) continue;
    const folded = foldForSearch(r.unit);
    const matches = candidates.filter((u) => u.code === r.unit || u.searchText === folded);
    if (matches.length !== 1) {
      problems.push({ row: r.row, column, message: matches.length ? `'${r.unit}' trùng tên nhiều đơn vị, hãy dùng mã` : `không có đơn vị '${r.unit}' trong ${target.name}` });
    } else if (matches[0]!.validTo && matches[0]!.validTo < today) {
      problems.push({ row: r.row, column, message: `'${r.unit}' đã kết thúc hoạt động từ ${matches[0]!.validTo}` });
    } else chosen.set(r.row, matches[0]!);
  }
  return chosen;
}

/**
 * Whether the actor may import people at all. Checked before an upload is read, so that
 * a spreadsheet from someone who may not import costs nothing.
 */
export function assertMayImportPeople(actor: Actor): void {
  authorize(personPolicy.manageSomewhere(actor), "people.import");
}

/**
 * Imports people and households from the ward's spreadsheet into a unit the actor
 * manages. Without `commit` it only previews: what would be added, likely duplicates,
 * and every problem by row and column. With `commit`, a file with any problem writes
 * nothing; otherwise everything is written in one transaction.
 */
export async function importPeople(actor: Actor, db: Db, input: { file: UploadedFile; unitId: number; commit: boolean; addAnyway?: number[] }): Promise<ImportPreview> {
  assertMayImportPeople(actor);
  const target = await findVisibleUnit(actor, db, input.unitId);
  authorize(personPolicy.manage(actor, target), "people.import");
  assertUnitOpen(target);
  // Permission first, then the file: judged by its content, measured, and only then opened.
  refuseLegacyOfficeFile("file", input.file.bytes);
  checkUpload("file", input.file, ["xlsx"]);
  await checkSpreadsheetBudget("file", input.file.bytes);
  const tables = await readTables(input.file.bytes);
  const parsed = parsePeopleSheet(tables.people.cells, { fonts: tables.people.fonts });
  const groups = tables.collectives ? parseCollectivesSheet(tables.collectives.cells, { fonts: tables.collectives.fonts }) : null;
  const groupRows = groups?.rows ?? [];
  const problems = [...parsed.problems, ...(groups?.problems ?? [])];
  const unitOf = await resolveUnits(db, target, parsed.rows, problems);
  const groupUnitOf = await resolveUnits(db, target, groupRows, problems, "Nơi sinh hoạt (trang Tập thể)");
  const knownGroups = groupRows.length
    ? new Set(
        (await db.select({ searchText: collectives.searchText }).from(collectives).innerJoin(units, eq(units.id, collectives.unitId)).where(like(units.path, `${target.path}%`))).map(
          (g) => g.searchText,
        ),
      )
    : new Set<string>();
  const freshGroups = groupRows.filter((g) => !knownGroups.has(foldForSearch(g.name)));

  const unitIdOf = (r: { row: number }) => (unitOf.get(r.row) ?? target).id;
  const existingHouseholds = await householdsByCode(db, target, parsed.rows);
  const known = await knownPeople(db, target, parsed.rows, unitIdOf, existingHouseholds);
  // A flagged row the official decided to add anyway is not flagged again.
  const duplicates = known.filter((k) => !k.exact && !input.addAnyway?.includes(k.row)).map(({ exact: _, changes: __, ...d }) => d);
  const updates = known.filter((k) => k.exact && k.changes.length > 0);
  const same = known.filter((k) => k.exact && k.changes.length === 0);
  const matchOf = new Map([...duplicates, ...updates, ...same].map((k) => [k.row, k]));
  const changesOf = new Map(updates.map((k) => [k.row, k.changes]));
  const duplicateOf = new Map(duplicates.map((d) => [d.row, d]));
  const rowProblems = new Map<number, string[]>();
  for (const p of parsed.problems.concat(problems.filter((p) => p.column === "Nơi sinh hoạt"))) {
    if (!rowProblems.has(p.row)) rowProblems.set(p.row, []);
    if (!rowProblems.get(p.row)!.includes(describeProblem(p))) rowProblems.get(p.row)!.push(describeProblem(p));
  }
  const fresh = parsed.rows.filter((r) => !matchOf.has(r.row));
  const counts = new Map<string, number>();
  for (const r of fresh) {
    const name = (unitOf.get(r.row) ?? target).name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const householdCodes = [...new Set(fresh.map((r) => r.household).filter((h): h is string => !!h))];
  const newHouseholds = householdCodes.filter((code) => !existingHouseholds.has(code));
  const preview: ImportPreview = {
    unit: { id: target.id, name: target.name },
    rows: parsed.rows.length,
    people: parsed.rows.map((r) => ({
      ...r,
      unitName: (unitOf.get(r.row) ?? target).name,
      status: rowProblems.has(r.row) ? "refused" : duplicateOf.has(r.row) ? "duplicate" : changesOf.has(r.row) ? "update" : matchOf.has(r.row) ? "same" : "add",
      changes: changesOf.get(r.row) ?? [],
      problems: rowProblems.get(r.row) ?? [],
      existingId: matchOf.get(r.row)?.existingId,
    })),
    skipped: [...parsed.skipped.map((s) => ({ ...s, sheet: "Người" })), ...(groups?.skipped ?? []).map((s) => ({ ...s, sheet: "Tập thể" }))],
    ignoredColumns: [...parsed.ignoredColumns, ...(groups?.ignoredColumns ?? []).map((c) => `${c} (trang Tập thể)`)],
    decoded: [...parsed.decoded, ...(groups?.decoded ?? [])].map((d) => ({ header: d.header, encoding: ENCODING_NAMES[d.encoding as LegacyEncoding] })),
    toCreate: fresh.length,
    toUpdate: updates.length,
    unchanged: same.length,
    byUnit: [...counts].map(([unitName, count]) => ({ unitName, count })),
    households: newHouseholds.length,
    collectives: freshGroups.length,
    collectivesKnown: groupRows.length - freshGroups.length,
    duplicates,
    problems: problems.sort((a, b) => a.row - b.row).map(describeProblem),
    committed: false,
  };
  if (!input.commit || problems.length > 0) return preview;
  const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
  // A confirm of a file imported here already says so, rather than "nothing new" (its rows are
  // recorded now); the unique row below is what holds when two confirms run at once.
  await refuseImportedFile(db, target, sha256);
  if (fresh.length + freshGroups.length + updates.length === 0) return preview;

  await db.transaction(async (tx) => {
    // Checked again where it counts, in the writing transaction: the unit, the right to import, and
    // this file not imported here already (the unique row waits for a concurrent confirm to commit).
    const unit = await findVisibleUnit(actor, tx, input.unitId);
    authorize(personPolicy.manage(actor, unit), "people.import");
    assertUnitOpen(unit);
    const [claimed] = await tx
      .insert(peopleImports)
      .values({ unitId: unit.id, sha256, fileName: input.file.name, people: fresh.length, households: newHouseholds.length, collectives: freshGroups.length, importedBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!claimed) {
      await refuseImportedFile(tx, unit, sha256);
      throw new Error("people_imports: the file's row conflicted but cannot be read"); // never: the conflicting row is committed
    }
    const householdIds = new Map(existingHouseholds);
    if (newHouseholds.length) {
      const firstOf = (code: string) => fresh.find((r) => r.household === code)!;
      const created = await tx
        .insert(households)
        .values(newHouseholds.map((code) => ({ code, unitId: (unitOf.get(firstOf(code).row) ?? target).id, address: firstOf(code).address })))
        .returning({ id: households.id, code: households.code });
      for (const h of created) householdIds.set(h.code!, h.id);
    }
    if (freshGroups.length) {
      await tx.insert(collectives).values(
        freshGroups.map((g) => ({ name: g.name, ...nameKeys(g.name), kind: g.kind, memberCount: g.memberCount, unitId: (groupUnitOf.get(g.row) ?? target).id })),
      );
    }
    for (let i = 0; i < fresh.length; i += 1000) {
      await tx.insert(people).values(
        fresh.slice(i, i + 1000).map((r) => ({
          fullName: r.fullName,
          ...personKeys(r.fullName),
          gender: r.gender,
          birthDate: r.birthDate,
          birthYear: r.birthYear,
          ethnicity: r.ethnicity,
          frontline: r.frontline,
          phone: r.phone,
          email: r.email,
          address: r.address,
          unitId: (unitOf.get(r.row) ?? target).id,
          householdId: r.household ? householdIds.get(r.household)! : null,
          householdRole: r.householdRole,
        })),
      );
    }
    for (const u of updates) {
      const r = parsed.rows.find((p) => p.row === u.row)!;
      await tx.update(people).set({ ...updatedValues(r), updatedAt: new Date() }).where(eq(people.id, u.existingId));
    }
    await audit(tx, actor, {
      action: "people.imported",
      entityType: "person",
      unit: target,
      after: { file: input.file.name, sha256, people: fresh.length, households: newHouseholds.length, collectives: freshGroups.length, updated: updates.length, duplicatesSkipped: duplicates.length },
    });
  });
  return { ...preview, committed: true };
}

/** The households already recorded in the unit under the codes the sheet names: a re-import joins them. */
async function householdsByCode(db: DbOrTx, target: Target, rows: PersonRow[]): Promise<Map<string, number>> {
  const codes = [...new Set(rows.map((r) => r.household).filter((h): h is string => !!h))];
  if (!codes.length) return new Map();
  const found = await db
    .select({ id: households.id, code: households.code })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .where(and(like(units.path, `${target.path}%`), inArray(households.code, codes)))
    .orderBy(households.id);
  const byCode = new Map<string, number>();
  for (const h of found) if (!byCode.has(h.code!)) byCode.set(h.code!, h.id);
  return byCode;
}

// The values a re-import may change on a person recorded already, as the preview names them.
const UPDATABLE = [
  { column: "Giới tính", of: (p: { gender: string | null }) => (p.gender === "male" ? "Nam" : p.gender === "female" ? "Nữ" : "") },
  { column: "Dân tộc", of: (p: { ethnicity: string | null }) => p.ethnicity ?? "" },
  { column: "Lao động trực tiếp", of: (p: { frontline: boolean }) => (p.frontline ? "Có" : "") },
  { column: "Số điện thoại", of: (p: { phone: string | null }) => p.phone ?? "" },
  { column: "Email", of: (p: { email: string | null }) => p.email ?? "" },
  { column: "Địa chỉ", of: (p: { address: string | null }) => p.address ?? "" },
  { column: "Quan hệ với chủ hộ", of: (p: { householdRole: string | null }) => p.householdRole ?? "" },
] as const;

type Comparable = { gender: string | null; ethnicity: string | null; frontline: boolean; phone: string | null; email: string | null; address: string | null; householdRole: string | null };

/** What the row changes: only values it gives (a blank cell never erases what is recorded). */
function changesBetween(recorded: Comparable, row: Comparable): FieldChange[] {
  return UPDATABLE.flatMap(({ column, of }) => {
    const [from, to] = [of(recorded as never), of(row as never)];
    return to !== "" && to !== from ? [{ column, from, to }] : [];
  });
}

/** The columns an update writes: those the row gives. */
function updatedValues(r: PersonRow) {
  return {
    ...(r.gender ? { gender: r.gender } : {}),
    ...(r.ethnicity ? { ethnicity: r.ethnicity } : {}),
    ...(r.frontline ? { frontline: true } : {}),
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.email ? { email: r.email } : {}),
    ...(r.address ? { address: r.address } : {}),
    ...(r.householdRole ? { householdRole: r.householdRole } : {}),
  };
}

/**
 * People of the sheet recorded already in the unit. `exact`: the same name and the same day of
 * birth — the same person, updated with what the row changes. Otherwise likely the same, flagged
 * for the official to decide: the same name and year of birth, or, when a birth is missing on
 * either side, the same name in the same household or the same residential group.
 */
async function knownPeople(
  db: DbOrTx,
  target: Target,
  rows: PersonRow[],
  unitIdOf: (r: PersonRow) => number,
  households: Map<string, number>,
): Promise<(ImportPreview["duplicates"][number] & { exact: boolean; changes: FieldChange[] })[]> {
  const names = [...new Set(rows.filter((r) => r.fullName).map((r) => foldForSearch(r.fullName)))];
  if (!names.length) return [];
  const existing = await db
    .select({
      id: people.id,
      searchText: people.searchText,
      birthDate: people.birthDate,
      birthYear: people.birthYear,
      unitId: people.unitId,
      householdId: people.householdId,
      gender: people.gender,
      ethnicity: people.ethnicity,
      frontline: people.frontline,
      phone: people.phone,
      email: people.email,
      address: people.address,
      householdRole: people.householdRole,
    })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(like(units.path, `${target.path}%`), inArray(people.searchText, names)))
    .orderBy(people.id);
  const byName = new Map<string, typeof existing>();
  for (const e of existing) byName.set(e.searchText, [...(byName.get(e.searchText) ?? []), e]);
  const found: Awaited<ReturnType<typeof knownPeople>> = [];
  for (const r of rows) {
    const namesakes = byName.get(foldForSearch(r.fullName)) ?? [];
    const exact = r.birthDate ? namesakes.find((e) => e.birthDate === r.birthDate) : undefined;
    const likely =
      exact ??
      namesakes.find((e) => {
        if (r.birthDate && e.birthDate) return false; // two different days: two people
        if (r.birthYear && e.birthYear) return r.birthYear === e.birthYear;
        const household = r.household ? households.get(r.household) : undefined;
        return (household !== undefined && e.householdId === household) || e.unitId === unitIdOf(r);
      });
    if (!likely) continue;
    found.push({ row: r.row, fullName: r.fullName, birthDate: r.birthDate, birthYear: r.birthYear, existingId: likely.id, exact: !!exact, changes: exact ? changesBetween(exact, r) : [] });
  }
  return found;
}

/** Refuses a file this unit has imported already, naming when. */
async function refuseImportedFile(db: DbOrTx, unit: { id: number; name: string }, sha256: string): Promise<void> {
  const [earlier] = await db.select().from(peopleImports).where(and(eq(peopleImports.unitId, unit.id), eq(peopleImports.sha256, sha256)));
  if (earlier) throw ValidationError.field("file", "errors.import_already_done", { unit: unit.name, at: formatDateTime(earlier.importedAt) });
}
