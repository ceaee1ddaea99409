// Older award lists brought in from .xlsx, as the people import does it: the table found wherever
// it is, legacy fonts converted, every row shown before anything is written (to add, recorded
// already, or refused with each problem by row and column), then all or nothing, once per file
// and unit. Each row's recipient is looked up in the importing unit's subtree, and its form among
// the forms the catalogue had on the decision's date, under the names in force that day.
import { createHash } from "node:crypto";
import type { Worksheet } from "exceljs";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { awardImports, awards, collectives, households, people, units } from "../../db/schema";
import { parseAwardsSheet, type AwardRow } from "../../domain/awards/awards-sheet";
import { formAccepts, matchCommendationKind, matchForm } from "../../domain/awards/forms";
import type { EntryValues, RecipientKind } from "../../domain/catalogue/entries";
import { catalogueOn, type Catalogue } from "../../domain/catalogue/in-force";
import { ENCODING_NAMES, type LegacyEncoding } from "../../domain/imports/legacy-columns";
import type { CellValue, SheetProblem, SkippedRow } from "../../domain/imports/locate-table";
import type { FontTable } from "../../domain/imports/read-sheet";
import { describeProblem } from "../../domain/registry/people-sheet";
import { formatDateTime, formatShortDate, todayInVietnam } from "../../domain/text/dates";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { checkUpload, type UploadedFile } from "../../platform/uploads";
import { checkSpreadsheetBudget, refuseLegacyOfficeFile } from "../../platform/xlsx-budget";
import { loadCatalogueEntries } from "../catalogue/load-catalogue";
import { findVisibleUnit } from "../units/find-visible-unit";
import { awardSearchText, awardSortKey, RECIPIENT_LABEL } from "./award-rules";
import { householdHeads, householdName, recipientColumns } from "./find-recipient";
import { awardPolicy } from "./policy";

/** One row of the award sheet as the import will treat it. */
export interface AwardPreviewRow extends AwardRow {
  /** add: a new award; known: the same award is in the registry already (đã có), skipped; refused: the row has problems. */
  status: "add" | "known" | "refused";
  problems: string[];
  /** The recipient found, and how the preview names them ("Nguyễn Văn An, sinh năm 1970, Tổ dân phố 1"). */
  recipientId: number | null;
  recipientLabel: string;
  /** The unit whose registry will hold the award. */
  unitId: number | null;
  unitName: string;
  formCode: string | null;
  formName: string;
  kindCode: string | null;
  kindName: string;
  /** The award recorded already, for a row "đã có". */
  existingId?: number;
}

export interface AwardImportPreview {
  unit: { id: number; name: string };
  rows: number;
  awards: AwardPreviewRow[];
  skipped: (SkippedRow & { sheet: string })[];
  ignoredColumns: string[];
  decoded: { header: string; encoding: string }[];
  toCreate: number;
  known: number;
  problems: string[];
  committed: boolean;
}

/** Whether the actor may import awards at all: checked before an upload is read. */
export function assertMayImportAwards(actor: Actor): void {
  authorize(awardPolicy.manageSomewhere(actor), "award.import");
}

/** The sheet "Khen thưởng" (or the first) as cell values, with each cell's font. */
async function readTable(bytes: Uint8Array): Promise<{ cells: CellValue[][]; fonts: FontTable }> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw ValidationError.field("file", "errors.file_unreadable");
  }
  const sheet: Worksheet | undefined = book.getWorksheet("Khen thưởng") ?? book.worksheets[0];
  if (!sheet) throw ValidationError.field("file", "errors.file_unreadable");
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

type Target = { id: number; name: string; path: string };
type UnitRow = { id: number; name: string; path: string; code: string | null; searchText: string };
type Found = { id: number; label: string; unit: UnitRow; storedName: string; personName: boolean };

/**
 * Imports an award list into a unit the actor manages. Without `commit` it only previews. With
 * `commit`, a file with any problem writes nothing; otherwise its new awards are written in one
 * transaction, and the file is recorded as imported into this unit.
 */
export async function importAwards(actor: Actor, db: Db, input: { file: UploadedFile; unitId: number; commit: boolean }): Promise<AwardImportPreview> {
  assertMayImportAwards(actor);
  const target = await findVisibleUnit(actor, db, input.unitId);
  authorize(awardPolicy.manage(actor, target), "award.import");
  refuseLegacyOfficeFile("file", input.file.bytes);
  checkUpload("file", input.file, ["xlsx"]);
  await checkSpreadsheetBudget("file", input.file.bytes);
  const table = await readTable(input.file.bytes);
  const parsed = parseAwardsSheet(table.cells, { fonts: table.fonts, today: todayInVietnam() });
  const problems: SheetProblem[] = [...parsed.problems];
  const problem = (row: number, column: string, message: string) => problems.push({ row, column, message });

  // The subtree: where recipients are looked for and sub-units named.
  const subtree: UnitRow[] = await db
    .select({ id: units.id, name: units.name, path: units.path, code: units.code, searchText: units.searchText })
    .from(units)
    .where(like(units.path, `${target.path}%`));
  const unitById = new Map(subtree.map((u) => [u.id, u]));
  const findUnits = (text: string) => {
    const folded = foldForSearch(text);
    const byCode = subtree.filter((u) => u.code !== null && u.code.toLowerCase() === text.toLowerCase());
    return byCode.length ? byCode : subtree.filter((u) => u.searchText === folded);
  };
  const unitText = (u: UnitRow) => (u.code ? `${u.name} (${u.code})` : u.name);
  // The sub-unit a row names, inside which its recipient is looked for.
  const scopeOf = new Map<number, UnitRow>();
  for (const r of parsed.rows) {
    if (!r.unit || r.recipientKind === "unit") continue;
    const matches = findUnits(r.unit);
    if (matches.length === 1) scopeOf.set(r.row, matches[0]!);
    else if (matches.length > 1) problem(r.row, "Đơn vị / Tổ dân phố", `'${r.unit}' trùng tên nhiều đơn vị (${matches.map(unitText).join("; ")}); hãy dùng mã`);
    else problem(r.row, "Đơn vị / Tổ dân phố", `không có đơn vị '${r.unit}' trong ${target.name}`);
  }
  const within = (r: AwardRow, u: UnitRow) => u.path.startsWith((scopeOf.get(r.row) ?? target).path);
  const where = (r: AwardRow) => (scopeOf.get(r.row) ?? target).name;

  const found = new Map<number, Found>();
  const rowsOf = (kind: RecipientKind) => parsed.rows.filter((r) => r.recipientKind === kind && r.recipient && !(r.unit && r.recipientKind !== "unit" && !scopeOf.has(r.row)));

  // People: by name, and by the day or year of birth when the row gives it.
  const personRows = rowsOf("person");
  if (personRows.length) {
    const names = new Set(personRows.map((r) => foldForSearch(r.recipient)));
    const namesakes = new Map<string, { id: number; fullName: string; birthDate: string | null; birthYear: number | null; unitId: number }[]>();
    const candidates = await db
      .select({ id: people.id, fullName: people.fullName, searchText: people.searchText, birthDate: people.birthDate, birthYear: people.birthYear, unitId: people.unitId })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(and(like(units.path, `${target.path}%`), inArray(people.searchText, [...names])));
    for (const p of candidates) namesakes.set(p.searchText, [...(namesakes.get(p.searchText) ?? []), p]);
    for (const r of personRows) {
      const matches = (namesakes.get(foldForSearch(r.recipient)) ?? []).filter(
        (p) => within(r, unitById.get(p.unitId)!) && (r.birthDate ? p.birthDate === r.birthDate || (p.birthDate === null && p.birthYear === r.birthYear) : r.birthYear ? p.birthYear === r.birthYear : true),
      );
      const birth = r.birthDate ? `, sinh ngày ${formatShortDate(r.birthDate)}` : r.birthYear ? `, sinh năm ${r.birthYear}` : "";
      const label = (p: (typeof matches)[number]) => `${p.fullName}${p.birthYear ? `, sinh năm ${p.birthYear}` : ""}, ${unitById.get(p.unitId)!.name} (#${p.id})`;
      if (matches.length === 1) found.set(r.row, { id: matches[0]!.id, label: label(matches[0]!), unit: unitById.get(matches[0]!.unitId)!, storedName: matches[0]!.fullName, personName: true });
      else if (matches.length === 0) problem(r.row, "Họ và tên / Tên tập thể", `không tìm thấy người '${r.recipient}'${birth} trong ${where(r)}`);
      else problem(r.row, "Họ và tên / Tên tập thể", `có ${matches.length} người '${r.recipient}'${birth} trong ${where(r)}: ${matches.slice(0, 5).map(label).join("; ")}; hãy ghi ngày sinh hoặc tổ dân phố`);
    }
  }

  // Households: by code, or by the head's name ("Hộ ông Nguyễn Văn An").
  const householdRows = rowsOf("household");
  if (householdRows.length) {
    const list = await db.select({ id: households.id, code: households.code, unitId: households.unitId }).from(households).innerJoin(units, eq(units.id, households.unitId)).where(like(units.path, `${target.path}%`));
    const heads = await householdHeads(db, { under: target.path });
    const stripped = (text: string) => foldForSearch(text).replace(/^(ho gia dinh|gia dinh|ho)\s+((ong|ba)\s+)?/, "");
    for (const r of householdRows) {
      const key = stripped(r.recipient);
      const byCode = list.filter((h) => h.code !== null && h.code.toLowerCase() === r.recipient.toLowerCase() && within(r, unitById.get(h.unitId)!));
      const matches = byCode.length ? byCode : list.filter((h) => heads.has(h.id) && foldForSearch(heads.get(h.id)!) === key && within(r, unitById.get(h.unitId)!));
      const label = (h: (typeof list)[number]) => `${householdName(heads.get(h.id), h.code)}${h.code ? ` (mã ${h.code})` : ""}, ${unitById.get(h.unitId)!.name}`;
      if (matches.length === 1) found.set(r.row, { id: matches[0]!.id, label: label(matches[0]!), unit: unitById.get(matches[0]!.unitId)!, storedName: householdName(heads.get(matches[0]!.id), matches[0]!.code), personName: false });
      else if (matches.length === 0) problem(r.row, "Họ và tên / Tên tập thể", `không tìm thấy hộ có mã hoặc chủ hộ '${r.recipient}' trong ${where(r)}`);
      else problem(r.row, "Họ và tên / Tên tập thể", `có ${matches.length} hộ '${r.recipient}' trong ${where(r)}: ${matches.slice(0, 5).map(label).join("; ")}; hãy ghi mã hộ`);
    }
  }

  // Collectives: by name.
  const collectiveRows = rowsOf("collective");
  if (collectiveRows.length) {
    const list = await db.select({ id: collectives.id, name: collectives.name, searchText: collectives.searchText, unitId: collectives.unitId }).from(collectives).innerJoin(units, eq(units.id, collectives.unitId)).where(like(units.path, `${target.path}%`));
    for (const r of collectiveRows) {
      const matches = list.filter((g) => g.searchText === foldForSearch(r.recipient) && within(r, unitById.get(g.unitId)!));
      const label = (g: (typeof list)[number]) => `${g.name}, ${unitById.get(g.unitId)!.name}`;
      if (matches.length === 1) found.set(r.row, { id: matches[0]!.id, label: label(matches[0]!), unit: unitById.get(matches[0]!.unitId)!, storedName: r.recipient, personName: false });
      else if (matches.length === 0) problem(r.row, "Họ và tên / Tên tập thể", `không tìm thấy tập thể '${r.recipient}' trong ${where(r)}`);
      else problem(r.row, "Họ và tên / Tên tập thể", `có ${matches.length} tập thể '${r.recipient}': ${matches.map(label).join("; ")}; hãy ghi tổ dân phố`);
    }
  }

  // Units of the tree: by code or name (the name column, or the unit column when it names the unit).
  for (const r of rowsOf("unit")) {
    const matches = findUnits(r.recipient);
    if (matches.length === 1) found.set(r.row, { id: matches[0]!.id, label: unitText(matches[0]!), unit: matches[0]!, storedName: matches[0]!.name, personName: false });
    else if (matches.length === 0) problem(r.row, "Họ và tên / Tên tập thể", `không có đơn vị '${r.recipient}' trong ${target.name}`);
    else problem(r.row, "Họ và tên / Tên tập thể", `'${r.recipient}' trùng tên nhiều đơn vị (${matches.map(unitText).join("; ")}); hãy dùng mã`);
  }

  // The form and kind, among those in force on the decision's date.
  const entries = await loadCatalogueEntries(db);
  const catalogues = new Map<string, Catalogue>();
  const catalogueFor = (date: string) => {
    let c = catalogues.get(date);
    if (!c) catalogues.set(date, (c = catalogueOn(entries, date, target.path)));
    return c;
  };
  const checked = new Map<number, { formCode: string; formName: string; kindCode: string; kindName: string; decidingBody: string }>();
  for (const r of parsed.rows) {
    if (!r.decisionDate || !r.form) continue;
    const catalogue = catalogueFor(r.decisionDate);
    const date = formatShortDate(r.decisionDate);
    const form = matchForm(catalogue, r.form);
    if (!form.ok) {
      problem(
        r.row,
        "Hình thức khen thưởng",
        form.reason === "ambiguous" ? `'${r.form}' có thể là ${form.candidates.join("; ")}; hãy ghi đủ tên hoặc mã` : `không có hình thức '${r.form}' vào ngày ${date} (ngày quyết định)`,
      );
      continue;
    }
    if (!formAccepts(form.entry, r.recipientKind)) problem(r.row, "Hình thức khen thưởng", `${form.entry.value.name} không dành cho ${RECIPIENT_LABEL[r.recipientKind]}`);
    if (form.entry.value.yearly && r.year === null) problem(r.row, "Năm", `${form.entry.value.name} là danh hiệu hằng năm: hãy ghi năm`);
    const kind = matchCommendationKind(catalogue, r.kind);
    if (!kind.ok) {
      problem(r.row, "Loại hình", `không có loại hình '${r.kind}' vào ngày ${date}${kind.candidates.length ? ` (có thể là ${kind.candidates.join("; ")})` : ""}`);
      continue;
    }
    const authority = catalogue.get("authority", form.code)?.value as EntryValues["authority"] | undefined;
    checked.set(r.row, {
      formCode: form.code,
      formName: form.entry.value.name,
      kindCode: kind.code,
      kindName: catalogue.get("commendation_kind", kind.code)!.value.name,
      decidingBody: r.decidingBody || authority?.decidedBy || "",
    });
  }

  // The same award twice in the file, or recorded already (đã có).
  const identity = (kind: string, id: number, form: string, year: number | null, number: string) => `${kind}|${id}|${form}|${year ?? ""}|${number.toLowerCase()}`;
  const recorded = new Map<string, number>();
  if (found.size) {
    const existing = await db
      .select({ id: awards.id, kind: awards.recipientKind, personId: awards.personId, householdId: awards.householdId, collectiveId: awards.collectiveId, unitId: awards.recipientUnitId, formCode: awards.formCode, year: awards.year, decisionNumber: awards.decisionNumber })
      .from(awards)
      .innerJoin(units, eq(units.id, awards.unitId))
      .where(and(like(units.path, `${target.path}%`), inArray(sql`lower(${awards.decisionNumber})`, [...new Set(parsed.rows.map((r) => r.decisionNumber.toLowerCase()))])));
    for (const a of existing) recorded.set(identity(a.kind, (a.personId ?? a.householdId ?? a.collectiveId ?? a.unitId)!, a.formCode, a.year, a.decisionNumber), a.id);
  }
  const firstRow = new Map<string, number>();
  const knownOf = new Map<number, number>();
  for (const r of parsed.rows) {
    const who = found.get(r.row);
    const what = checked.get(r.row);
    if (!who || !what) continue;
    const key = identity(r.recipientKind, who.id, what.formCode, r.year, r.decisionNumber);
    if (recorded.has(key)) knownOf.set(r.row, recorded.get(key)!);
    else if (firstRow.has(key)) problem(r.row, "Số quyết định", `trùng với dòng ${firstRow.get(key)} (cùng người nhận, hình thức, năm và số quyết định)`);
    else firstRow.set(key, r.row);
  }

  const rowProblems = new Map<number, string[]>();
  for (const p of problems) {
    const list = rowProblems.get(p.row) ?? [];
    if (!list.includes(describeProblem(p))) list.push(describeProblem(p));
    rowProblems.set(p.row, list);
  }
  const previewRows: AwardPreviewRow[] = parsed.rows.map((r) => {
    const who = found.get(r.row);
    const what = checked.get(r.row);
    const status = rowProblems.has(r.row) ? "refused" : knownOf.has(r.row) ? "known" : "add";
    return {
      ...r,
      decidingBody: what?.decidingBody ?? r.decidingBody,
      status,
      problems: rowProblems.get(r.row) ?? [],
      recipientId: who?.id ?? null,
      recipientLabel: who?.label ?? "",
      unitId: who?.unit.id ?? null,
      unitName: who?.unit.name ?? "",
      formCode: what?.formCode ?? null,
      formName: what?.formName ?? r.form,
      kindCode: what?.kindCode ?? null,
      kindName: what?.kindName ?? r.kind,
      ...(knownOf.has(r.row) ? { existingId: knownOf.get(r.row)! } : {}),
    };
  });
  const fresh = previewRows.filter((r) => r.status === "add");
  const preview: AwardImportPreview = {
    unit: { id: target.id, name: target.name },
    rows: parsed.rows.length,
    awards: previewRows,
    skipped: parsed.skipped.map((s) => ({ ...s, sheet: "Khen thưởng" })),
    ignoredColumns: parsed.ignoredColumns,
    decoded: parsed.decoded.map((d) => ({ header: d.header, encoding: ENCODING_NAMES[d.encoding as LegacyEncoding] })),
    toCreate: fresh.length,
    known: knownOf.size,
    problems: problems.sort((a, b) => a.row - b.row).map(describeProblem),
    committed: false,
  };
  if (!input.commit || problems.length > 0) return preview;
  const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
  await refuseImportedFile(db, target, sha256);
  if (fresh.length === 0) return preview;

  await db.transaction(async (tx) => {
    // Checked again where it counts: the unit, the right to import, the file not imported here already.
    const unit = await findVisibleUnit(actor, tx, input.unitId);
    authorize(awardPolicy.manage(actor, unit), "award.import");
    const [claimed] = await tx.insert(awardImports).values({ unitId: unit.id, sha256, fileName: input.file.name, awards: fresh.length, importedBy: actor.id }).onConflictDoNothing().returning();
    if (!claimed) {
      await refuseImportedFile(tx, unit, sha256);
      throw new Error("award_imports: the file's row conflicted but cannot be read");
    }
    for (let i = 0; i < fresh.length; i += 1000) {
      await tx.insert(awards).values(
        fresh.slice(i, i + 1000).map((r) => {
          const who = found.get(r.row)!;
          return {
            unitId: who.unit.id,
            ...recipientColumns(r.recipientKind, who.id),
            recipientName: who.storedName,
            searchText: awardSearchText({ recipientName: who.storedName, formName: r.formName, decisionNumber: r.decisionNumber, achievement: r.achievement }),
            sortKey: awardSortKey(who.storedName, who.personName),
            formCode: r.formCode!,
            year: r.year,
            commendationKind: r.kindCode!,
            decidingBody: r.decidingBody,
            decisionNumber: r.decisionNumber,
            decisionDate: r.decisionDate!,
            achievement: r.achievement,
            source: "imported",
            importId: claimed.id,
            createdBy: actor.id,
          };
        }),
      );
    }
    await audit(tx, actor, { action: "awards.imported", entityType: "award_import", entityId: claimed.id, unit, after: { file: input.file.name, sha256, awards: fresh.length, known: knownOf.size } });
  });
  return { ...preview, committed: true };
}

/** Refuses a file this unit has imported already, naming when. */
async function refuseImportedFile(db: DbOrTx, unit: Target, sha256: string): Promise<void> {
  const [earlier] = await db.select().from(awardImports).where(and(eq(awardImports.unitId, unit.id), eq(awardImports.sha256, sha256)));
  if (earlier) throw ValidationError.field("file", "errors.import_already_done", { unit: unit.name, at: formatDateTime(earlier.importedAt) });
}
