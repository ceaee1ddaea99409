// 10,000 awards imported from an .xlsx through the same use case as the page and the CLI (read,
// find each recipient among the ward's 10,000 people by name and birth, check each form against
// the catalogue of its decision's date, look for awards recorded already, write in one
// transaction), from a list kept as ward offices keep it: a title above, an STT column, names
// typed in TCVN3 with the .VnTime font, a signature block below. Preview and commit, each ≤ 5 s.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { openDatabase } from "../src/db/client";
import { people } from "../src/db/schema";
import { AWARD_COLUMNS } from "../src/domain/awards/awards-sheet";
import { personKeys } from "../src/domain/registry/person";
import { encodeTcvn3 } from "../src/domain/text/legacy-encodings";
import { importAwards } from "../src/features/awards/import-awards";
import { insertUnit } from "../src/features/units/insert-unit";
import { Actor } from "../src/platform/actor";
import { useAuditKey } from "../src/platform/audit";
import { Figures, round } from "./lib";

const ROWS = 10_000;
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Kim"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vy", "Yến"];

const nameOf = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]}`;
const birthOf = (i: number) => ({ day: 1 + (i % 28), month: 1 + (Math.floor(i / 28) % 12), year: 1940 + (Math.floor(i / 336) % 70) }); // a different day for each person
const iso = (b: { day: number; month: number; year: number }) => `${b.year}-${String(b.month).padStart(2, "0")}-${String(b.day).padStart(2, "0")}`;

// Forms as lists write them, each with a decision of its date: titles of 2023 decided in January 2024 (Decree 98),
// certificates of merit under Decree 152, the district's certificate before the district level ended.
const FORMS = [
  { form: "Lao động tiên tiến", year: 2023, date: "10/01/2024", body: "Chủ tịch UBND phường" },
  { form: "LĐTT", year: 2024, date: "15/01/2025", body: "Chủ tịch UBND phường" },
  { form: "CSTĐCS", year: 2024, date: "20/02/2025", body: "Chủ tịch UBND thành phố Cam Ranh" },
  { form: "Giấy khen", year: "", date: "09/09/2025", body: "Chủ tịch UBND phường" },
  { form: "GK_HUYEN", year: "", date: "20/03/2025", body: "Chủ tịch UBND thành phố Cam Ranh" },
];

/** An award list as a ward keeps it: 10,000 rows, names typed in TCVN3, a title and a footer. */
export async function tenThousandAwards(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh sách");
  sheet.addRow([encodeTcvn3("DANH SÁCH KHEN THƯỞNG", { capitals: true })]).getCell(1).font = { name: ".VnTimeH" };
  sheet.addRow([]);
  sheet.addRow(["STT", ...AWARD_COLUMNS.map((c) => c.header)]);
  for (let i = 0; i < ROWS; i++) {
    const f = FORMS[i % FORMS.length]!;
    const b = birthOf(i);
    const row = sheet.addRow([i + 1, encodeTcvn3(nameOf(i)), "Cá nhân", `${b.day}/${b.month}/${b.year}`, "", f.form, f.year, "", f.body, `${1 + (i % 40)}/QĐ-UBND`, f.date, ""]);
    row.getCell(2).font = { name: ".VnTime" };
  }
  sheet.addRow(["", "Người lập biểu", "", "", "", "", "", "", "TM. ỦY BAN NHÂN DÂN"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function awardsImport(figures: Figures, databaseUrl?: string) {
  const kind = databaseUrl ? "postgres" : "pglite";
  let url: string | undefined;
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE bench_awards_import");
    await admin.end();
    url = databaseUrl.replace(/\/[^/]*$/, "/bench_awards_import");
  }
  const database = await openDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), "thidua-bench-awards-")), databaseUrl: url });
  useAuditKey(randomBytes(32).toString("base64url"));
  try {
    await database.migrate();
    const ward = await database.db.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Thử Nghiệm", kind: "ward" }));
    const groups: { id: number }[] = [];
    for (let g = 1; g <= 12; g++) groups.push(await database.db.transaction((tx) => insertUnit(tx, { parent: ward, name: `Tổ dân phố ${g}`, kind: "residential_group" })));
    for (let i = 0; i < ROWS; i += 1000) {
      await database.db.insert(people).values(
        Array.from({ length: Math.min(1000, ROWS - i) }, (_, k) => {
          const b = birthOf(i + k);
          return { fullName: nameOf(i + k), ...personKeys(nameOf(i + k)), birthDate: iso(b), birthYear: b.year, unitId: groups[(i + k) % groups.length]!.id };
        }),
      );
    }
    const file = { name: "khen-thuong.xlsx", bytes: await tenThousandAwards() };
    let started = performance.now();
    const preview = await importAwards(Actor.system(), database.db, { file, unitId: ward.id, commit: false });
    figures.add("awards_import_10k_preview", round(performance.now() - started, 0), "ms", kind);
    if (preview.problems.length || preview.toCreate !== ROWS || preview.decoded.length !== 1) throw new Error(`award import preview: ${JSON.stringify(preview.problems.slice(0, 3))}, ${preview.toCreate} to add, ${preview.decoded.length} columns converted`);
    started = performance.now();
    const result = await importAwards(Actor.system(), database.db, { file, unitId: ward.id, commit: true });
    const ms = performance.now() - started;
    if (!result.committed || result.toCreate !== ROWS) throw new Error(`award import did not import ${ROWS} rows: ${JSON.stringify(result.problems.slice(0, 3))}`);
    figures.add("awards_import_10k_rows", round(ms, 0), "ms", kind);
  } finally {
    await database.close();
  }
}
