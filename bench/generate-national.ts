// A national dataset for scale figures: the official list of provinces and communes,
// and under every commune a few sub-units and N residents with Vietnamese names.
//
//   npm run generate -- [--people-per-commune N] [--ward] [--ward-code CODE] [--seed S]
//
// With DATABASE_URL: the whole country into PostgreSQL (300 people per commune by
// default, about 1,000,000), written through plain SQL in batches of 10,000 rows
// (INSERT … SELECT FROM unnest($1::text[], …): the `pg` driver has no COPY without
// pg-copy-streams). Without DATABASE_URL, or with --ward: the official list and one
// ward (3,000 people by default) into PGlite in DATA_DIR, the size of one installation.
//
// Search and sort keys come from the app's own personKeys/nameKeys, so they are the
// ones the app computes. Names, dates and places come from a seeded PRNG: the same
// options give the same data. The generator refuses a database that already holds
// people or sub-units under the communes it would fill.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Database, RawQuery } from "../src/db/client";
import { ETHNICITIES } from "../src/domain/registry/ethnicities";
import { personKeys } from "../src/domain/registry/person";
import { foldForSearch, sortKey } from "../src/domain/text/vietnamese";
import { importOfficialUnits } from "../src/features/units/import-official-units";
import { nameKeys } from "../src/features/units/insert-unit";
import { SHIPPED_OFFICIAL_LIST } from "../src/features/units/official-list";
import { Actor } from "../src/platform/actor";

/** The official list of administrative units (1 July 2025) as the product ships it. */
export const OFFICIAL_CSV = SHIPPED_OFFICIAL_LIST;

/** Phường Ba Đình, Hà Nội: the ward of the ward-sized dataset unless told otherwise. */
export const DEFAULT_WARD_CODE = "00004";

export interface GenerateOptions {
  /** Residents per commune: 300 for the country, 3,000 for the ward-sized dataset. */
  peoplePerCommune?: number;
  /** One ward instead of every commune. */
  ward?: boolean;
  wardCode?: string;
  officialCsv?: string;
  /** PostgreSQL only: people are written over a connection of their own, not the app's pool. */
  databaseUrl?: string;
  /** Rows per INSERT statement (default 10,000). */
  batchSize?: number;
  /**
   * PostgreSQL only: drop the people table's secondary indexes (the trigram GIN among
   * them) and foreign keys for the load and restore them after it, in the same
   * transaction. Faster than maintaining them row by row; default true.
   */
  rebuildIndexes?: boolean;
  seed?: number;
  /** Years of awards to add for the people (ten give about 1.5 awards per person: 1.5 million for the country). */
  awardYears?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  database: "pglite" | "postgres";
  /** importOfficialUnits alone (the list may already be there: then it changes nothing). */
  officialImportMs: number;
  communes: number;
  subUnits: number;
  people: number;
  subUnitsMs: number;
  /** Writing the people rows (keys computed in JS, INSERTs, commit). */
  loadMs: number;
  /** Building the people indexes again after the load (0 when they stayed in place). */
  indexMs: number;
  analyzeMs: number;
  /** people / (loadMs + indexMs): from the first row written until they can be searched. */
  peoplePerSecond: number;
  awards: number;
  awardsMs: number;
}

// --- Deterministic randomness ------------------------------------------------------------

/** sfc32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed,
    b = 0x243f6a88 + seed * 31,
    c = 0xb7e15162 ^ (seed >>> 3),
    d = 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** Picks from [value, weight] pairs. */
function weighted<T>(pairs: readonly (readonly [T, number])[]): (r: () => number) => T {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of pairs) cumulative.push((sum += w) / total);
  return (r) => {
    const x = r();
    for (let i = 0; i < cumulative.length; i++) if (x < cumulative[i]!) return pairs[i]![0];
    return pairs[pairs.length - 1]![0];
  };
}
const uniform =
  <T>(xs: readonly T[]) =>
  (r: () => number) =>
    xs[Math.floor(r() * xs.length)]!;

// --- Names ---------------------------------------------------------------------------------
// Family names with roughly their national shares (per cent); middle and given names
// by gender, common ones more often. Some minorities get their own family names.

const KINH_FAMILY = weighted<string>([
  ["Nguyễn", 38], ["Trần", 11], ["Lê", 9.5], ["Phạm", 7], ["Hoàng", 3.2], ["Huỳnh", 2], ["Phan", 4.5], ["Vũ", 2],
  ["Võ", 2], ["Đặng", 2.1], ["Bùi", 2], ["Đỗ", 1.4], ["Hồ", 1.3], ["Ngô", 1.3], ["Dương", 1], ["Lý", 0.5],
  ["Đinh", 0.8], ["Trịnh", 0.6], ["Đoàn", 0.6], ["Lương", 0.5], ["Mai", 0.5], ["Trương", 0.6], ["Cao", 0.4], ["Lâm", 0.4],
  ["Tạ", 0.3], ["Hà", 0.5], ["Tô", 0.3], ["Chu", 0.2], ["La", 0.2], ["Kiều", 0.2], ["Quách", 0.2], ["Thái", 0.2],
  ["Vương", 0.2], ["Triệu", 0.3], ["Phùng", 0.3], ["Lưu", 0.3], ["Tăng", 0.1], ["Âu", 0.1], ["Khổng", 0.1], ["Văn", 0.1],
]);
const MINORITY_FAMILY: Record<string, (r: () => number) => string> = {
  "Tày": uniform(["Nông", "Hoàng", "Lương", "Ma", "Lục", "Hà", "Vi", "Triệu", "Đàm", "Bế"]),
  "Nùng": uniform(["Nông", "Hoàng", "Lăng", "Vi", "Lục", "Chu", "Mã", "Lành"]),
  "Thái": uniform(["Lò", "Quàng", "Cầm", "Lường", "Tòng", "Vi", "Lộc", "Hà"]),
  "Mường": uniform(["Bùi", "Đinh", "Quách", "Hà", "Xa", "Cao"]),
  "Mông": uniform(["Giàng", "Sùng", "Vàng", "Lý", "Thào", "Hầu", "Mùa", "Sình", "Lầu"]),
  "Dao": uniform(["Triệu", "Bàn", "Đặng", "Lý", "Phùn", "Chảo"]),
  "Khmer": uniform(["Thạch", "Danh", "Kim", "Sơn", "Lâm", "Châu", "Lý"]),
  "Hoa": uniform(["Lý", "Lâm", "Trương", "Quách", "Hứa", "Tạ", "Lưu", "Mã"]),
};

const MIDDLE = {
  male: weighted<string>([
    ["Văn", 30], ["Đức", 8], ["Minh", 8], ["Quang", 6], ["Hữu", 6], ["Thanh", 5], ["Công", 5], ["Xuân", 4], ["Ngọc", 4],
    ["Đình", 4], ["Quốc", 4], ["Tuấn", 3], ["Thế", 3], ["Gia", 3], ["Hoàng", 3], ["Trung", 2], ["Anh", 2], ["Duy", 2],
    ["Mạnh", 2], ["Bá", 2], ["Tiến", 2], ["Việt", 2], ["Hải", 2], ["Khắc", 1], ["Nhật", 2], ["Bảo", 2], ["Trọng", 2],
  ]),
  female: weighted<string>([
    ["Thị", 45], ["Ngọc", 8], ["Thu", 6], ["Thanh", 6], ["Minh", 4], ["Hồng", 5], ["Phương", 3], ["Kim", 4], ["Bích", 3],
    ["Thúy", 3], ["Mai", 3], ["Hoài", 2], ["Khánh", 2], ["Bảo", 2], ["Diệu", 2], ["Quỳnh", 2], ["Hải", 2], ["Tuyết", 1],
    ["Lan", 1], ["Mỹ", 2], ["Thùy", 2], ["Cẩm", 1], ["Như", 2], ["Vân", 1],
  ]),
};
/** A second middle name, as in "Nguyễn Thị Thu Hà" or "Trần Văn Minh Hoàng". */
const SECOND_MIDDLE = {
  male: uniform(["Minh", "Quang", "Đức", "Hoàng", "Anh", "Thành", "Ngọc", "Xuân", "Hữu", "Tuấn"]),
  female: uniform(["Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Bích", "Diệu", "Hoài"]),
};
const GIVEN = {
  male: weighted<string>([
    ["Anh", 5], ["Minh", 5], ["Hùng", 4], ["Dũng", 4], ["Tuấn", 4], ["Nam", 4], ["Hải", 4], ["Long", 4], ["Sơn", 4],
    ["Thắng", 3], ["Hiếu", 3], ["Huy", 4], ["Đức", 3], ["Cường", 3], ["Phong", 3], ["Quân", 3], ["Trung", 3], ["Bình", 3],
    ["Thành", 3], ["Khánh", 2], ["Việt", 2], ["Tùng", 3], ["Tâm", 2], ["Hoàng", 2], ["Phúc", 2], ["Lộc", 2], ["Tài", 2],
    ["Vinh", 2], ["Quang", 2], ["Hưng", 2], ["Kiên", 2], ["Toàn", 2], ["Thịnh", 2], ["An", 3], ["Bảo", 2], ["Khoa", 2],
    ["Đạt", 3], ["Nghĩa", 2], ["Lâm", 1], ["Tú", 2], ["Hòa", 2], ["Thái", 1], ["Tiến", 2], ["Chiến", 1], ["Duy", 2],
  ]),
  female: weighted<string>([
    ["Anh", 5], ["Linh", 5], ["Hương", 5], ["Trang", 5], ["Hoa", 4], ["Lan", 4], ["Mai", 4], ["Hà", 4], ["Ngọc", 3],
    ["Thảo", 4], ["Hằng", 3], ["Huyền", 3], ["Nhung", 3], ["Phương", 3], ["Thủy", 3], ["Yến", 3], ["Hạnh", 3], ["Loan", 2],
    ["Nga", 3], ["Oanh", 2], ["Dung", 3], ["Hiền", 3], ["Vân", 2], ["Ly", 2], ["Chi", 2], ["Nhi", 2], ["Vy", 2],
    ["Trâm", 2], ["Thư", 2], ["Tâm", 2], ["Tuyết", 2], ["Hồng", 2], ["Quyên", 2], ["Giang", 2], ["Liên", 2], ["Duyên", 2],
    ["Hậu", 1], ["Thơ", 1], ["Xuân", 2], ["Uyên", 2], ["Diệp", 1], ["Lệ", 1], ["Hoài", 1], ["An", 2], ["Thanh", 2],
  ]),
};
/** Central Highlands names: "Y Bhin Niê" (men), "H'Hen Niê" (women). */
const HIGHLAND_FAMILY = uniform(["Niê", "Êban", "Mlô", "Ksơr", "Rơ Châm", "Siu", "Byă", "Kpă", "Rmah", "Đinh"]);
const HIGHLAND_GIVEN = uniform(["Bhin", "Hen", "Nga", "Blơ", "Phun", "Djuin", "Thuyên", "Krông", "Lin", "Tơ", "Luyến", "Đam"]);

type Gender = "male" | "female";

function personName(r: () => number, gender: Gender, ethnicity: string, birthYear: number): string {
  if (ethnicity === "Ê-đê" || ethnicity === "Gia-rai" || ethnicity === "Ba na" || ethnicity === "Xơ-Đăng") {
    const given = HIGHLAND_GIVEN(r);
    return `${gender === "male" ? `Y ${given}` : `H'${given}`} ${HIGHLAND_FAMILY(r)}`;
  }
  const family = (MINORITY_FAMILY[ethnicity] ?? KINH_FAMILY)(r);
  let middle = MIDDLE[gender](r);
  // "Văn" and "Thị" are rarer among the young.
  if (birthYear >= 1995 && (middle === "Văn" || middle === "Thị") && r() < 0.5) middle = SECOND_MIDDLE[gender](r);
  const second = r() < 0.22 ? SECOND_MIDDLE[gender](r) : null;
  let given = GIVEN[gender](r);
  if (given === middle || given === second) given = GIVEN[gender](r);
  return second && second !== middle ? `${family} ${middle} ${second} ${given}` : `${family} ${middle} ${given}`;
}

// --- Ethnicity by region -------------------------------------------------------------------

const pair = (name: (typeof ETHNICITIES)[number], w: number) => [name, w] as const;
const REGIONS = {
  northMountains: weighted<string>([
    pair("Kinh", 45), pair("Tày", 14), pair("Thái", 10), pair("Mông", 10), pair("Nùng", 7), pair("Dao", 7), pair("Mường", 3),
    pair("Giáy", 1), pair("Sán Chay", 1), pair("Hà Nhì", 0.7), pair("La Chí", 0.3), pair("Lô Lô", 0.3), pair("Phù Lá", 0.3), pair("Khơ-mú", 0.4),
  ]),
  highlands: weighted<string>([
    pair("Kinh", 62), pair("Gia-rai", 10), pair("Ê-đê", 8), pair("Ba na", 5), pair("Xơ-Đăng", 3), pair("Cơ-ho", 4), pair("Mnông", 2),
    pair("Hrê", 2), pair("Tày", 1), pair("Nùng", 1), pair("Mạ", 0.5), pair("Chu ru", 0.5), pair("Ra-glai", 1),
  ]),
  mekong: weighted<string>([pair("Kinh", 88), pair("Khmer", 9), pair("Hoa", 2), pair("Chăm", 1)]),
  centralNorth: weighted<string>([pair("Kinh", 90), pair("Mường", 5), pair("Thái", 3), pair("Khơ-mú", 0.5), pair("Bru-Vân Kiều", 1), pair("Tà-ôi", 0.5)]),
  other: weighted<string>([pair("Kinh", 96), pair("Hoa", 1.5), pair("Tày", 0.5), pair("Mường", 0.5), pair("Nùng", 0.5), pair("Chăm", 0.5), pair("Khmer", 0.5)]),
};
const REGION_OF: [RegExp, keyof typeof REGIONS][] = [
  [/Lào Cai|Lai Châu|Điện Biên|Sơn La|Cao Bằng|Lạng Sơn|Tuyên Quang|Thái Nguyên|Phú Thọ/, "northMountains"],
  [/Gia Lai|Đắk Lắk|Lâm Đồng|Quảng Ngãi/, "highlands"],
  [/An Giang|Vĩnh Long|Cần Thơ|Cà Mau|Đồng Tháp|Tây Ninh/, "mekong"],
  [/Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Trị|Ninh Bình/, "centralNorth"],
];
const ethnicityFor = (provinceName: string) => REGIONS[REGION_OF.find(([re]) => re.test(provinceName.normalize("NFC")))?.[1] ?? "other"];

// --- Dates -------------------------------------------------------------------------------------

/** Ages 0–95 on a flat-then-falling pyramid, counted back from 1 July 2025 (fixed, not today). */
const AGE = weighted(Array.from({ length: 96 }, (_, age) => [age, age <= 50 ? 1 : Math.max(0.02, (95 - age) / 45)] as const));
const REFERENCE_YEAR = 2025;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function birthDate(r: () => number): { iso: string; year: number; age: number } {
  const age = AGE(r);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * DAYS_IN_MONTH[month - 1]!);
  // `age` on 1 July of the reference year: born in the second half of the year means a year earlier.
  const year = REFERENCE_YEAR - age - (month > 6 ? 1 : 0);
  return { iso: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year, age };
}

// --- Sub-units -----------------------------------------------------------------------------------

interface Commune {
  id: number;
  path: string;
  name: string;
  kind: string;
  code: string;
  provinceName: string;
}

/** "Phường Ba Đình" → "phường Ba Đình", as it reads inside another name. */
const inName = (communeName: string) => communeName.normalize("NFC").replace(/^(Xã|Phường|Đặc khu)/, (m) => m.toLowerCase());

export const RESIDENTIAL_PER_COMMUNE = 6;

/** Six residential groups (wards) or villages (communes, special zones), the Front committee and four mass organisations. */
export function subUnitsOf(commune: Commune): { name: string; kind: string }[] {
  const ward = commune.kind === "ward";
  const within = inName(commune.name);
  return [
    ...Array.from({ length: RESIDENTIAL_PER_COMMUNE }, (_, i) =>
      ward ? { name: `Tổ dân phố số ${i + 1}`, kind: "residential_group" } : { name: `Thôn ${i + 1}`, kind: "village" },
    ),
    { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${within}`, kind: "front_committee" },
    { name: `Hội Liên hiệp Phụ nữ ${within}`, kind: "mass_organisation" },
    { name: `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${within}`, kind: "mass_organisation" },
    { name: `Hội Cựu chiến binh ${within}`, kind: "mass_organisation" },
    { name: `Hội Nông dân ${within}`, kind: "mass_organisation" },
  ];
}

// --- Writing -----------------------------------------------------------------------------------

type Exec = (text: string, params: unknown[]) => Promise<unknown>;

const INSERT_UNITS = `INSERT INTO units (id, parent_id, path, name, kind, search_text, sort_key)
  SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`;
const INSERT_PEOPLE = `INSERT INTO people (full_name, search_text, sort_key, gender, birth_date, birth_year, ethnicity, frontline, unit_id)
  SELECT full_name, search_text, sort_key, gender, birth_date, EXTRACT(YEAR FROM birth_date)::int, ethnicity, frontline, unit_id
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::bool[], $8::int[])
      AS x(full_name, search_text, sort_key, gender, birth_date, ethnicity, frontline, unit_id)`;

/** Sub-units of every commune, with ids drawn from the sequence first so that each path is written once. */
async function insertSubUnits(query: RawQuery, communes: Commune[], batchSize: number): Promise<Map<number, { id: number; kind: string }[]>> {
  const planned = communes.flatMap((c) => subUnitsOf(c).map((s) => ({ ...s, commune: c })));
  const ids = (
    await query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('units', 'id'))::int AS id FROM generate_series(1, $1::int)`, [planned.length])
  ).map((r) => Number(r.id));
  const byCommune = new Map<number, { id: number; kind: string }[]>();
  for (let i = 0; i < planned.length; i += batchSize) {
    const slice = planned.slice(i, i + batchSize);
    const cols: unknown[][] = [[], [], [], [], [], [], []];
    slice.forEach((u, j) => {
      const id = ids[i + j]!;
      const keys = nameKeys(u.name);
      cols[0]!.push(id);
      cols[1]!.push(u.commune.id);
      cols[2]!.push(`${u.commune.path}${id}/`);
      cols[3]!.push(u.name);
      cols[4]!.push(u.kind);
      cols[5]!.push(keys.searchText);
      cols[6]!.push(keys.sortKey);
      const list = byCommune.get(u.commune.id) ?? [];
      list.push({ id, kind: u.kind });
      byCommune.set(u.commune.id, list);
    });
    await query(INSERT_UNITS, cols);
  }
  return byCommune;
}

/**
 * personKeys, word by word: the keys of a generated name (NFC, one space between words,
 * no digits) are those of its words: the search text joined by a space, the sort key the given
 * name, the middle name and the family name as fields, exactly as foldForSearch and
 * personSortKey build them. Each word's keys are worked
 * out once; every 64th name is checked against personKeys itself, and a difference stops
 * the run, so the stored keys are the app's.
 */
/** Between a person's name fields in the sort key, as personSortKey writes it. */
const FIELD_BREAK = "\u0001";

export function fastPersonKeys() {
  const fold = new Map<string, string>();
  const sort = new Map<string, string>();
  const foldOf = (w: string) => fold.get(w) ?? (fold.set(w, foldForSearch(w)), fold.get(w)!);
  const sortOf = (w: string) => sort.get(w) ?? (sort.set(w, sortKey(w)), sort.get(w)!);
  let n = 0;
  return (fullName: string): { searchText: string; sortKey: string } => {
    const words = fullName.split(" ");
    let searchText = foldOf(words[0]!);
    for (let i = 1; i < words.length; i++) searchText += " " + foldOf(words[i]!);
    // Given name, middle name, family name, each a field of its own (personSortKey).
    const key = words.length < 2 ? sortOf(fullName) : [sortOf(words[words.length - 1]!), sortOf(words.slice(1, -1).join(" ")), sortOf(words[0]!)].join(FIELD_BREAK);
    if (n++ % 64 === 0) {
      const app = personKeys(fullName);
      if (app.searchText !== searchText || app.sortKey !== key) throw new Error(`keys of "${fullName}" differ from personKeys`);
    }
    return { searchText, sortKey: key };
  };
}

/** The people of one commune, appended to column arrays; deterministic from the commune's code. */
function peopleOf(commune: Commune, subUnits: { id: number; kind: string }[], n: number, seed: number, keys: ReturnType<typeof fastPersonKeys>, cols: unknown[][]) {
  const r = prng(seed * 1_000_003 + Number(commune.code));
  const ethnicity = ethnicityFor(commune.provinceName);
  const residential = subUnits.filter((s) => s.kind === "residential_group" || s.kind === "village");
  const others = subUnits.filter((s) => !residential.includes(s));
  for (let i = 0; i < n; i++) {
    const gender: Gender = r() < 0.495 ? "male" : "female";
    const eth = ethnicity(r);
    const born = birthDate(r);
    const fullName = personName(r, gender, eth, born.year);
    const k = keys(fullName);
    // Most people live in a residential group or village; some work at the commune or its organisations.
    const x = r();
    const unitId = x < 0.86 ? residential[Math.floor(r() * residential.length)]!.id : x < 0.96 ? others[Math.floor(r() * others.length)]!.id : commune.id;
    cols[0]!.push(fullName);
    cols[1]!.push(k.searchText);
    cols[2]!.push(k.sortKey);
    cols[3]!.push(gender);
    cols[4]!.push(born.iso);
    cols[5]!.push(eth);
    cols[6]!.push(born.age >= 18 && born.age < 60 && r() < 0.4);
    cols[7]!.push(unitId);
  }
}

/**
 * Writes the people over `execs` (one per connection), one statement in flight on each,
 * computing the next batch while the database writes the previous one.
 */
export async function insertPeople(
  execs: Exec[],
  communes: Commune[],
  subUnits: Map<number, { id: number; kind: string }[]>,
  perCommune: number,
  seed: number,
  batchSize: number,
): Promise<number> {
  const keys = fastPersonKeys();
  const inflight: (Promise<void> | null)[] = execs.map(() => null);
  let failure: unknown = null;
  let next = 0;
  let written = 0;
  let cols: unknown[][] = Array.from({ length: 8 }, () => []);
  const flush = async () => {
    const batch = cols;
    cols = Array.from({ length: 8 }, () => []);
    if (batch[0]!.length === 0) return;
    const i = next++ % execs.length;
    if (inflight[i]) await inflight[i];
    if (failure) throw failure;
    written += batch[0]!.length;
    inflight[i] = execs[i]!(INSERT_PEOPLE, batch).then(
      () => undefined,
      (err) => {
        failure ??= err;
      },
    );
  };
  for (const commune of communes) {
    peopleOf(commune, subUnits.get(commune.id) ?? [], perCommune, seed, keys, cols);
    if (cols[0]!.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(inflight);
  if (failure) throw failure;
  return written;
}

// --- The whole run -------------------------------------------------------------------------------

const now = () => performance.now();

/**
 * Fills `database` (migrated) with the official list, sub-units and people; see the top of
 * this file. On PostgreSQL, pass `databaseUrl` too: people go over a connection of their own.
 */
export async function generate(database: Database, opts: GenerateOptions = {}): Promise<GenerateResult> {
  const log = opts.log ?? (() => {});
  const ward = opts.ward ?? false;
  const perCommune = Math.max(0, Math.min(100_000, Math.floor(opts.peoplePerCommune ?? (ward ? 3000 : 300))));
  const batchSize = Math.max(100, Math.min(100_000, opts.batchSize ?? 10_000));
  const seed = opts.seed ?? 2025;

  const csv = readFileSync(opts.officialCsv ?? OFFICIAL_CSV, "utf8");
  let t = now();
  await importOfficialUnits(Actor.system("generate-national"), csv, database.db);
  const officialImportMs = now() - t;

  const communes = (
    await database.query<Commune>(
      `SELECT c.id, c.path, c.name, c.kind, c.code, p.name AS "provinceName"
         FROM units c JOIN units p ON p.id = c.parent_id
        WHERE c.kind IN ('commune', 'ward', 'special_zone') AND c.code IS NOT NULL ${ward ? "AND c.code = $1" : ""}
        ORDER BY c.code`,
      ward ? [opts.wardCode ?? DEFAULT_WARD_CODE] : [],
    )
  ).map((c) => ({ ...c, id: Number(c.id) }));
  if (communes.length === 0) throw new Error(ward ? `no commune with code ${opts.wardCode ?? DEFAULT_WARD_CODE} in the official list` : "no communes after the import");
  const [busy] = await database.query<{ people: string; subunits: string }>(
    ward
      ? `SELECT (SELECT count(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE u.path LIKE $1) AS people,
                (SELECT count(*) FROM units WHERE parent_id = $2) AS subunits`
      : `SELECT (SELECT count(*) FROM people) AS people,
                (SELECT count(*) FROM units u JOIN units c ON c.id = u.parent_id WHERE c.kind IN ('commune', 'ward', 'special_zone')) AS subunits`,
    ward ? [`${communes[0]!.path}%`, communes[0]!.id] : [],
  );
  if (Number(busy!.people) > 0 || Number(busy!.subunits) > 0) {
    throw new Error(`the database already holds ${busy!.people} people and ${busy!.subunits} sub-units there: generate into an empty database`);
  }
  log(`official list imported in ${Math.round(officialImportMs)} ms; ${communes.length} communes to fill with ${perCommune} people each`);

  t = now();
  const subUnitIds = await database.rawTransaction((query) => insertSubUnits(query, communes, batchSize));
  const subUnits = [...subUnitIds.values()].reduce((n, l) => n + l.length, 0);
  const subUnitsMs = now() - t;
  log(`${subUnits} sub-units in ${Math.round(subUnitsMs)} ms`);

  let loadMs: number;
  let indexMs = 0;
  let people: number;
  if (database.kind === "postgres") {
    if (!opts.databaseUrl) throw new Error("generate on PostgreSQL needs databaseUrl for its own connection");
    ({ people, loadMs, indexMs } = await loadPostgres(opts.databaseUrl, communes, subUnitIds, perCommune, seed, batchSize, opts.rebuildIndexes ?? true, log));
  } else {
    t = now();
    people = await database.rawTransaction((query) => insertPeople([(text, params) => query(text, params)], communes, subUnitIds, perCommune, seed, batchSize));
    loadMs = now() - t;
  }
  t = now();
  await database.query("ANALYZE units");
  await database.query("ANALYZE people");
  await database.query("ANALYZE person_words");
  // Searches read person_words by index-only scans, which need the visibility map: VACUUM. Right
  // after the load (and with synchronous_commit off, as in the bench's cluster) VACUUM may not yet
  // mark the new rows visible to all; it is tried again after a pause, a few times.
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 300));
    await database.query("VACUUM person_words");
    const [vm] = await database.query<{ visible: number; pages: number }>(
      "SELECT relallvisible::int AS visible, relpages::int AS pages FROM pg_class WHERE oid = 'person_words'::regclass",
    );
    if (!vm || vm.visible >= 0.95 * vm.pages) break;
  }
  const analyzeMs = now() - t;
  const peoplePerSecond = people / ((loadMs + indexMs) / 1000);
  log(`${people} people in ${Math.round(loadMs)} ms + ${Math.round(indexMs)} ms of index building: ${Math.round(peoplePerSecond)} people/s; ANALYZE ${Math.round(analyzeMs)} ms`);
  t = now();
  const awards = opts.awardYears ? await insertAwards(database, opts.awardYears) : 0;
  const awardsMs = now() - t;
  if (awards) log(`${awards} awards over ${opts.awardYears} years in ${Math.round(awardsMs)} ms`);
  return { database: database.kind, officialImportMs, communes: communes.length, subUnits, people, subUnitsMs, loadMs, indexMs, analyzeMs, peoplePerSecond, awards, awardsMs };
}

/** The last year the generated award history covers. */
export const LAST_AWARD_YEAR = 2024;

/**
 * Awards for the generated people, the last `years` years up to 2024: about 15 % of people a
 * year, mostly Lao động tiên tiến, some Chiến sĩ thi đua cơ sở and Giấy khen, one in eleven for a
 * campaign (which does not count towards chains). Decided by each commune on 20 December.
 */
async function insertAwards(database: Database, years: number): Promise<number> {
  const rows = await database.query<{ n: number }>(
    `WITH added AS (
       INSERT INTO awards (unit_id, recipient_kind, person_id, recipient_name, search_text, sort_key, form_code, year, commendation_kind, deciding_body, decision_number, decision_date, source)
       SELECT p.unit_id, 'person', p.id, p.full_name, p.search_text, p.sort_key,
              CASE WHEN (p.id + y) % 7 = 0 THEN 'CSTDCS' WHEN (p.id * 7 + y) % 5 = 0 THEN 'GK_XA' ELSE 'LDTT' END,
              y, CASE WHEN (p.id + y) % 11 = 0 THEN 'theo_dot' ELSE 'cong_trang' END,
              'Chủ tịch UBND cấp xã', (1 + p.unit_id % 900) || '/QĐ-UBND', make_date(y, 12, 20), 'imported'
         FROM people p, generate_series($1::int, $2::int) y
        WHERE (p.id * 31 + y * 17) % 100 < 15
       RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [LAST_AWARD_YEAR - years + 1, LAST_AWARD_YEAR],
  );
  await database.query("ANALYZE awards");
  return Number(rows[0]!.n);
}

/**
 * One connection, one transaction: the people table's secondary indexes and foreign keys
 * dropped, the rows written (the next batch prepared while the server writes the last),
 * the indexes built again and the foreign keys added back (checked in one pass each),
 * commit. Nothing else can see the table meanwhile, and a failure anywhere leaves the
 * database as it was.
 */
async function loadPostgres(
  url: string,
  communes: Commune[],
  subUnits: Map<number, { id: number; kind: string }[]>,
  perCommune: number,
  seed: number,
  batchSize: number,
  rebuildIndexes: boolean,
  log: (line: string) => void,
): Promise<{ people: number; loadMs: number; indexMs: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = now();
    await client.query("BEGIN");
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    const indexes: { name: string; def: string }[] = [];
    const foreignKeys: { name: string; def: string }[] = [];
    if (rebuildIndexes) {
      // Lock first: the table must not change between reading its definitions and dropping them.
      // person_words (the words of the names, written by the people triggers) is rebuilt likewise.
      await client.query("LOCK TABLE people, person_words IN ACCESS EXCLUSIVE MODE");
      const { rows } = await client.query<{ name: string; def: string; kind: string }>(
        `SELECT c.conname AS name, 'ALTER TABLE people ADD CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid) AS def, 'fk' AS kind
           FROM pg_constraint c WHERE c.conrelid = 'people'::regclass AND c.contype = 'f'
         UNION ALL
         SELECT i.indexname, i.indexdef, 'index' FROM pg_indexes i
          WHERE i.schemaname = current_schema() AND i.tablename IN ('people', 'person_words')
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid = i.tablename::regclass)`,
      );
      // The words of the new names are written in one statement after the rows (the same
      // function the trigger uses), not batch by batch; the trigger is back before commit.
      await client.query("ALTER TABLE people DISABLE TRIGGER people_words_insert");
      for (const r of rows) {
        if (r.kind === "fk") {
          await client.query(`ALTER TABLE people DROP CONSTRAINT ${pg.escapeIdentifier(r.name)}`);
          foreignKeys.push(r);
        } else {
          await client.query(`DROP INDEX ${pg.escapeIdentifier(r.name)}`);
          indexes.push(r);
        }
      }
    }
    const [{ before }] = (await client.query<{ before: number }>("SELECT coalesce(max(id), 0)::int AS before FROM people")).rows as [{ before: number }];
    const people = await insertPeople([(text, params) => client.query(text, params)], communes, subUnits, perCommune, seed, batchSize);
    if (rebuildIndexes) {
      await client.query("INSERT INTO person_words (word, sort_key, person_id, unit_id, search_text) SELECT w.* FROM people p, person_words_of(p) w WHERE p.id > $1", [before]);
      await client.query("ALTER TABLE people ENABLE TRIGGER people_words_insert");
    }
    const t1 = now();
    const steps: string[] = [];
    for (const r of [...indexes, ...foreignKeys]) {
      const t = now();
      await client.query(r.def);
      steps.push(`${r.name} ${Math.round(now() - t)} ms`);
    }
    await client.query("COMMIT");
    const t2 = now();
    if (steps.length) log(`rows written in ${Math.round(t1 - t0)} ms; then built again: ${steps.join(", ")}`);
    return { people, loadMs: t1 - t0, indexMs: t2 - t1 };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

// --- Command line ------------------------------------------------------------------------------

function parseArgs(argv: string[]) {
  const opts: GenerateOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--people-per-commune") opts.peoplePerCommune = Number(value());
    else if (a === "--ward") opts.ward = true;
    else if (a === "--ward-code") opts.wardCode = value();
    else if (a === "--seed") opts.seed = Number(value());
    else if (a === "--batch") opts.batchSize = Number(value());
    else if (a === "--keep-indexes") opts.rebuildIndexes = false;
    else if (a === "--awards") opts.awardYears = Number(value());
    else if (a === "--help" || a === "-h") {
      console.log(
        "npm run generate -- [--people-per-commune N] [--ward] [--ward-code CODE] [--seed S] [--batch ROWS] [--keep-indexes] [--awards YEARS]\n" +
          "  With DATABASE_URL: every commune of the country into PostgreSQL (300 people each by default).\n" +
          "  Without it, or with --ward: the official list and one ward (3,000 people) into PGlite in DATA_DIR.\n" +
          "  --awards 10: ten years of awards up to 2024 for the people (about 1.5 per person).",
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (opts.peoplePerCommune !== undefined && !(Number.isInteger(opts.peoplePerCommune) && opts.peoplePerCommune >= 0)) {
    throw new Error("--people-per-commune needs a whole number ≥ 0");
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { loadConfig } = await import("../src/config");
  const { openRuntime } = await import("../src/server");
  const { consoleLogger } = await import("../src/platform/logger");
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "error" });
  // --ward always means PGlite, the size of one installation.
  if (opts.ward) config.databaseUrl = undefined;
  if (!config.databaseUrl) opts.ward = true;
  const runtime = await openRuntime(config, consoleLogger(config.logLevel));
  try {
    const started = now();
    const target = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.dataDir}`;
    console.log(`Generating ${opts.ward ? "a ward-sized" : "the national"} dataset into ${target}`);
    const result = await generate(runtime.deps.database, { ...opts, databaseUrl: config.databaseUrl, log: (l) => console.log(`  ${l}`) });
    console.log(
      `Done in ${((now() - started) / 1000).toFixed(1)} s: ${result.communes} communes, ${result.subUnits} sub-units, ${result.people} people; ` +
        `${Math.round(result.peoplePerSecond)} people/s (load ${Math.round(result.loadMs)} ms, indexes ${Math.round(result.indexMs)} ms).`,
    );
  } finally {
    await runtime.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
