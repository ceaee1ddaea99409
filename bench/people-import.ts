// 10,000 people imported from an .xlsx through the same use case as the page and the
// CLI (read, check, preview duplicates, write in one transaction), from a list kept as ward
// offices keep it: a title above, an STT column, names and addresses typed in TCVN3 with the
// .VnTime font, a total and a signature block below. Preview and commit, each ≤ 5 s.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { openDatabase } from "../src/db/client";
import { PEOPLE_COLUMNS } from "../src/domain/registry/people-sheet";
import { encodeTcvn3 } from "../src/domain/text/legacy-encodings";
import { importPeople } from "../src/features/people/import-people";
import { insertUnit } from "../src/features/units/insert-unit";
import { Actor } from "../src/platform/actor";
import { useAuditKey } from "../src/platform/audit";
import { Figures, round } from "./lib";

const ROWS = 10_000;
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Kim"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vy", "Yến"];

/** A spreadsheet as a ward keeps it: 10,000 people typed in TCVN3, households of three, a title and a footer. */
export async function tenThousandRows(groups: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh sách");
  const legacy = (text: string) => ({ value: encodeTcvn3(text), font: { name: ".VnTime" } });
  sheet.addRow([encodeTcvn3("DANH SÁCH NHÂN KHẨU PHƯỜNG THỬ NGHIỆM", { capitals: true })]).getCell(1).font = { name: ".VnTimeH" };
  sheet.addRow([]);
  sheet.addRow(["STT", ...PEOPLE_COLUMNS.map((c) => c.header)]);
  for (let i = 0; i < ROWS; i++) {
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]}`;
    const born = `${1 + (i % 28)}/${1 + (Math.floor(i / 28) % 12)}/${1940 + (Math.floor(i / 336) % 70)}`; // a different day for each row
    const cells = [i + 1, name, i % 2 ? "Nam" : "Nữ", born, "Kinh", i % 5 === 0 ? "Có" : "", `09${String(10_000_000 + i).slice(-8)}`, "", `${i} đường Nguyễn Trãi`, groups[i % groups.length], `H${Math.floor(i / 3)}`, i % 3 === 0 ? "Chủ hộ" : "Con"];
    const row = sheet.addRow(cells.map((c, col) => (col === 1 || col === 8 ? legacy(String(c)).value : c)));
    for (const col of [2, 9]) row.getCell(col).font = { name: ".VnTime" };
  }
  sheet.addRow([`Tổng cộng: ${ROWS} người`]);
  sheet.addRow(["", "Người lập biểu", "", "", "", "", "", "", "TM. ỦY BAN NHÂN DÂN"]);
  sheet.addRow(["", "(Ký, ghi rõ họ tên)"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function peopleImport(figures: Figures, databaseUrl?: string) {
  const kind = databaseUrl ? "postgres" : "pglite";
  let url: string | undefined;
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE bench_people_import");
    await admin.end();
    url = databaseUrl.replace(/\/[^/]*$/, "/bench_people_import");
  }
  const database = await openDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), "thidua-bench-import-")), databaseUrl: url });
  useAuditKey(randomBytes(32).toString("base64url")); // what openRuntime does from the configuration
  try {
    await database.migrate();
    const ward = await database.db.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Thử Nghiệm", kind: "ward" }));
    const groups: string[] = [];
    for (let g = 1; g <= 12; g++) {
      const name = `Tổ dân phố ${g}`;
      await database.db.transaction((tx) => insertUnit(tx, { parent: ward, name, kind: "residential_group" }));
      groups.push(name);
    }
    const bytes = await tenThousandRows(groups);
    const file = { name: "nhan-khau.xlsx", bytes };
    let started = performance.now();
    const preview = await importPeople(Actor.system(), database.db, { file, unitId: ward.id, commit: false });
    figures.add("people_import_10k_preview", round(performance.now() - started, 0), "ms", kind);
    if (preview.problems.length || preview.toCreate !== ROWS || preview.decoded.length !== 2) throw new Error(`people import preview: ${JSON.stringify(preview.problems.slice(0, 3))}, ${preview.toCreate} to add, ${preview.decoded.length} columns converted`);
    started = performance.now();
    const result = await importPeople(Actor.system(), database.db, { file, unitId: ward.id, commit: true });
    const ms = performance.now() - started;
    if (!result.committed || result.toCreate !== ROWS) throw new Error(`people import did not import ${ROWS} rows: ${JSON.stringify(result.problems.slice(0, 3))}`);
    figures.add("people_import_10k_rows", round(ms, 0), "ms", kind);
  } finally {
    await database.close();
  }
}
