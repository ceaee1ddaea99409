// The people of the demo ward, Phường Cam Phú (thành phố Cam Ranh, tỉnh Khánh Hòa) as it
// was in 2024: residents in households of the residential groups, the ward's officials
// with their positions over time, members of the organisations, a few collectives and
// the accounts of the people who run the 2024 plan. Pure and deterministic: the same
// seed gives the same ward, with no database and no Math.random.
//
// Everything here is invented. The real residential groups of Cam Phú are not in our
// sources, nor are its officials; the plan's signatory is deliberately not reused, so
// that no real person is tied to invented birth dates, phone numbers or households.
import type { Gender } from "../../domain/registry/person";
import type { Role } from "../../domain/access/roles";
import type { CouncilPost } from "../../domain/council/posts";

/** The date of the seed plan (Kế hoạch, 21/3/2024): ages and "current" positions are taken then. */
export const PLAN_DATE = "2024-03-21";

/** Residential groups (tổ dân phố). Invented names in the style of the area: the real list is unknown. */
export const RESIDENTIAL_GROUPS = [
  "Tổ dân phố Phú Thịnh",
  "Tổ dân phố Phú Hòa",
  "Tổ dân phố Phú Vinh",
  "Tổ dân phố Phú Quý",
  "Tổ dân phố Phú Lộc",
  "Tổ dân phố Phú Sơn",
  "Tổ dân phố Hòa Bình",
  "Tổ dân phố Hòa Thuận",
  "Tổ dân phố Thống Nhất",
  "Tổ dân phố Tân Lập",
  "Tổ dân phố Tân Hiệp",
  "Tổ dân phố Nghĩa Phú",
] as const;

/** Units of the ward other than the groups, by the key the rest of the plan refers to them with. */
export const WARD_BODIES = [
  { key: "front", name: "Ủy ban Mặt trận Tổ quốc phường Cam Phú", kind: "front_committee", code: "22420-MTTQ" },
  { key: "youth", name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Cam Phú", kind: "mass_organisation", code: "22420-DTN" },
  { key: "women", name: "Hội Liên hiệp Phụ nữ phường Cam Phú", kind: "mass_organisation", code: "22420-HPN" },
  { key: "veterans", name: "Hội Cựu chiến binh phường Cam Phú", kind: "mass_organisation", code: "22420-CCB" },
  { key: "farmers", name: "Hội Nông dân phường Cam Phú", kind: "mass_organisation", code: "22420-HND" },
  { key: "union", name: "Công đoàn cơ sở phường Cam Phú", kind: "mass_organisation", code: "22420-CDCS" },
] as const;

/**
 * Codes of the demo's units that have no official one (Cam Phú's code before 2025 is not in
 * our sources). A local code starts with the official code of the commune or province the
 * unit lies in today (Cam Phú became part of Phường Cam Ranh, 22420; the city of Cam Ranh lay
 * in Khánh Hòa, 56), then its own part: "22420-TDP01" is the ward's first residential group.
 */
export const DEMO_CODES = { ward: "22420-CAMPHU", city: "56-CAMRANH", home_affairs: "56-CAMRANH-PNV" } as const;
export const groupCode = (i: number) => `22420-TDP${String(i + 1).padStart(2, "0")}`;

/**
 * Where a person, position or collective belongs: the ward itself, one of its bodies, a
 * residential group by index, or the city's Phòng Nội vụ (which is not part of the ward).
 */
export type UnitKey = "ward" | "city" | "home_affairs" | (typeof WARD_BODIES)[number]["key"] | `group:${number}`;

export const groupKey = (i: number): UnitKey => `group:${i}`;

export const DEMO_EMAIL_DOMAIN = "camphu.example";
const CITY_EMAIL_DOMAIN = "camranh.example";

export interface DemoPerson {
  fullName: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  frontline: boolean;
  phone: string | null;
  email: string | null;
  unit: UnitKey;
  /** Index into `households`, or null for someone who does not live in the ward. */
  household: number | null;
  householdRole: string | null;
}

export interface DemoHousehold {
  group: number;
  ethnicity: string;
  address: string;
}

export interface DemoMembership {
  person: number;
  unit: UnitKey;
  position: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface DemoCollective {
  name: string;
  kind: string;
  unit: UnitKey;
  memberCount: number;
}

export interface DemoAccount {
  role: Role;
  email: string;
  fullName: string;
  unit: UnitKey;
  /** The registry entry of the account holder, when they have one. */
  person: number | null;
}

export interface DemoPopulation {
  households: DemoHousehold[];
  people: DemoPerson[];
  memberships: DemoMembership[];
  collectives: DemoCollective[];
  accounts: DemoAccount[];
  /** The ward's Emulation–Commendation Council: each member's account (by e-mail), post and term. */
  council: DemoCouncilMember[];
}

export interface DemoCouncilMember {
  person: number;
  email: string;
  post: CouncilPost;
  validFrom: string;
  validTo: string | null;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast and good enough for invented data; the same seed gives the same sequence. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

// ---------------------------------------------------------------- names

/** Family names of the Kinh, roughly as often as they occur in the south-central coast. */
const KINH_FAMILY: readonly (readonly [string, number])[] = [
  ["Nguyễn", 36], ["Trần", 11], ["Lê", 9.5], ["Phạm", 6], ["Huỳnh", 4], ["Hoàng", 1.5], ["Phan", 4.5],
  ["Võ", 5], ["Vũ", 1], ["Đặng", 2], ["Bùi", 2], ["Đỗ", 1.5], ["Hồ", 2], ["Ngô", 1.5], ["Dương", 1],
  ["Lý", 0.6], ["Trương", 1.5], ["Đinh", 0.8], ["Đoàn", 0.8], ["Mai", 0.5], ["Cao", 0.5], ["Lương", 0.4],
  ["Châu", 0.4], ["Tô", 0.3], ["Lâm", 0.4], ["Thái", 0.3], ["Tạ", 0.2],
];
/** Family names as members of other groups living in Khánh Hòa commonly carry them. */
const MINORITY_FAMILY: Record<string, readonly string[]> = {
  Hoa: ["Lâm", "Lý", "Trương", "Quách", "Diệp", "Hứa", "Mã", "Tăng", "La"],
  Chăm: ["Đàng", "Đạo", "Lưu", "Thành", "Quảng", "Thuận", "Trượng", "Lộ"],
  "Ra Glai": ["Mấu", "Pi Năng", "Bo Bo", "Katơr", "Chamaléa", "Cao"],
};
const ETHNIC_MIX: readonly (readonly [string, number])[] = [
  ["Kinh", 95.5],
  ["Hoa", 2],
  ["Chăm", 1.2],
  ["Ra Glai", 1.3],
];

const GUARANTEED_MINORITIES = [
  { by: 17, ethnicity: "Hoa" },
  { by: 37, ethnicity: "Ra Glai" },
  { by: 57, ethnicity: "Chăm" },
];

const MALE_MIDDLE = ["Văn", "Hữu", "Minh", "Quốc", "Đức", "Công", "Thanh", "Xuân", "Ngọc", "Tấn", "Trung", "Hoàng", "Đình", "Anh", "Gia", "Bảo"];
const FEMALE_MIDDLE = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích", "Hồng", "Minh", "Thùy", "Phương", "Bảo", "Khánh", "Diệu", "Tuyết"];
/** A second middle name after Thị: "Nguyễn Thị Thu Hà". */
const FEMALE_SECOND_MIDDLE = ["Thu", "Kim", "Ngọc", "Thanh", "Mỹ", "Bích", "Hồng", "Minh", "Kiều"];

const MALE_GIVEN_OLD = ["Chiến", "Thắng", "Lợi", "Hòa", "Bình", "Dũng", "Hùng", "Sơn", "Hải", "Thành", "Tâm", "Lâm", "Phúc", "Tài", "Trung", "Nghĩa", "Quang", "Minh", "Đức", "Cường", "Việt", "Tùng", "Long", "Vinh", "Lực", "Sang", "Tín", "Toàn", "Tư", "Hiền"];
const MALE_GIVEN_MID = ["Anh", "Tuấn", "Hưng", "Huy", "Khánh", "Nam", "Phong", "Thiện", "Trí", "Hiếu", "Lộc", "Phát", "Đạt", "Kiên", "Quân", "Tú", "Nhân", "Hoàng", "Cường", "Dũng", "Hải", "Sơn", "Thành", "Vũ", "Duy", "Tân", "Thịnh", "Bảo", "Long", "Tiến"];
const MALE_GIVEN_YOUNG = ["Khang", "Khôi", "Bảo", "Huy", "Khoa", "Phúc", "Minh", "Nhật", "Quân", "Thịnh", "Tài", "Duy", "Hiếu", "Đạt", "Kiệt", "Nguyên", "Trọng", "Vinh", "Lộc", "Hào"];
const FEMALE_GIVEN_OLD = ["Hoa", "Lan", "Cúc", "Hồng", "Huệ", "Liên", "Mai", "Nga", "Sương", "Tuyết", "Xuân", "Hạnh", "Hương", "Loan", "Thủy", "Vân", "Yến", "Lệ", "Nguyệt", "Hiền", "Bích", "Dung", "Hà", "Nhung", "Phượng", "Thơ", "Tâm", "Châu", "Oanh", "Lý"];
const FEMALE_GIVEN_MID = ["Anh", "Hằng", "Hạnh", "Hương", "Linh", "Nga", "Ngân", "Phương", "Quyên", "Tâm", "Thảo", "Trang", "Trinh", "Vân", "Yến", "Diễm", "Giang", "Hiền", "Loan", "Ly", "Nhung", "Oanh", "Thúy", "Thư", "Hà", "Huyền", "Dung", "Mai", "Duyên", "Vy"];
const FEMALE_GIVEN_YOUNG = ["Vy", "Nhi", "Hân", "Thư", "Uyên", "Ngân", "An", "Linh", "My", "Trâm", "Quỳnh", "Anh", "Ngọc", "Thảo", "Trang", "Hà", "Tiên", "Như", "Yến", "Giang"];

/** Mobile prefixes of the networks in use in 2024 (Viettel, VinaPhone, MobiFone, Vietnamobile). */
const MOBILE_PREFIXES = ["090", "093", "089", "070", "076", "077", "078", "079", "091", "094", "088", "081", "082", "083", "084", "085", "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "092", "056", "058"];

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Whole years of age on a date. */
export function ageOn(birthDate: string, on: string): number {
  const years = yearOf(on) - yearOf(birthDate);
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The same day some years later (29 February becomes 28 February). */
export function addYears(isoDate: string, years: number): string {
  const y = yearOf(isoDate) + years;
  const md = isoDate.slice(5) === "02-29" ? "02-28" : isoDate.slice(5);
  return `${y}-${md}`;
}

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A day chosen evenly between two dates (inclusive). */
function dayBetween(rng: Random, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (b <= a) return from;
  return isoOf(a + rng.int(0, Math.round((b - a) / DAY_MS)) * DAY_MS);
}

function birthDateIn(rng: Random, year: number): string {
  const y = Math.min(2010, Math.max(1940, year));
  return dayBetween(rng, `${y}-01-01`, `${y}-12-31`);
}

function givenNames(gender: Gender, year: number) {
  if (gender === "male") return year < 1970 ? MALE_GIVEN_OLD : year < 1995 ? MALE_GIVEN_MID : MALE_GIVEN_YOUNG;
  return year < 1970 ? FEMALE_GIVEN_OLD : year < 1995 ? FEMALE_GIVEN_MID : FEMALE_GIVEN_YOUNG;
}

/** A full name whose middle name agrees with the gender (Văn for men, Thị for women, more varied for the young). */
export function personName(rng: Random, family: string, gender: Gender, year: number): string {
  const given = rng.pick(givenNames(gender, year));
  let middle: string;
  if (gender === "male") {
    const van = year < 1970 ? 0.6 : year < 1990 ? 0.35 : 0.15;
    middle = rng.chance(van) ? "Văn" : rng.pick(MALE_MIDDLE);
  } else {
    const thi = year < 1970 ? 0.8 : year < 1990 ? 0.55 : 0.3;
    middle = rng.chance(thi) ? "Thị" : rng.pick(FEMALE_MIDDLE);
    if (middle === "Thị" && year >= 1960 && rng.chance(0.2)) {
      const second = rng.pick(FEMALE_SECOND_MIDDLE);
      if (second !== given) middle = `Thị ${second}`;
    }
  }
  // "Minh Minh", "Hoàng Hoàng": pick a plainer middle name instead.
  if (middle === given || middle === family) middle = gender === "male" ? "Văn" : "Thị";
  return `${family} ${middle} ${given}`.normalize("NFC");
}

function familyName(rng: Random, ethnicity: string): string {
  const own = MINORITY_FAMILY[ethnicity];
  return own ? rng.pick(own) : rng.weighted(KINH_FAMILY);
}

// ---------------------------------------------------------------- households

interface Draft {
  gender: Gender;
  year: number;
  role: string;
  /** Shares the family name of the household's father line. */
  family: string;
}

/** One household's members, head first: couples with children, three generations, the elderly, singles. */
function draftHousehold(rng: Random, ethnicity: string): Draft[] {
  const shape = rng.weighted([
    ["family", 55],
    ["elderly", 12],
    ["three_generations", 15],
    ["single_parent", 8],
    ["single", 5],
    ["young_couple", 5],
  ] as const);
  const fatherLine = familyName(rng, ethnicity);
  const otherFamily = () => familyName(rng, ethnicity);
  const members: Draft[] = [];
  const couple = (husbandYear: number) => {
    const wifeYear = Math.max(1940, husbandYear + rng.int(-1, 6));
    // About one couple in six has the wife registered as head of the household.
    const wifeHeads = rng.chance(0.16);
    const husband: Draft = { gender: "male", year: husbandYear, role: wifeHeads ? "Chồng" : "Chủ hộ", family: fatherLine };
    const wife: Draft = { gender: "female", year: wifeYear, role: wifeHeads ? "Chủ hộ" : "Vợ", family: otherFamily() };
    members.push(...(wifeHeads ? [wife, husband] : [husband, wife]));
    return wifeYear;
  };
  const children = (motherYear: number, max: number) => {
    let year = motherYear + rng.int(20, 28);
    const count = rng.int(1, max);
    for (let i = 0; i < count && year <= 2010 && year <= motherYear + 42; i++) {
      members.push({ gender: rng.chance(0.51) ? "male" : "female", year, role: "Con", family: fatherLine });
      year += rng.int(2, 6);
    }
  };
  switch (shape) {
    case "family":
      children(couple(rng.int(1950, 1986)), 3);
      break;
    case "elderly": {
      // Sometimes with one grown-up child still at home.
      const motherYear = couple(rng.int(1940, 1958));
      if (rng.chance(0.3)) children(motherYear, 1);
      break;
    }
    case "three_generations": {
      const headYear = rng.int(1965, 1986);
      const motherYear = couple(headYear);
      const parentYear = Math.max(1940, headYear - rng.int(22, 35));
      // The husband's widowed mother or father lives with them.
      const mother = rng.chance(0.7);
      members.push({ gender: mother ? "female" : "male", year: parentYear, role: mother ? "Mẹ" : "Cha", family: mother ? otherFamily() : fatherLine });
      children(motherYear, 2);
      // A head who is the wife calls her husband's parent "Mẹ chồng"/"Cha chồng".
      if (members[0]!.role === "Chủ hộ" && members[0]!.gender === "female") {
        const parent = members.find((m) => m.role === "Mẹ" || m.role === "Cha")!;
        parent.role = `${parent.role} chồng`;
      }
      break;
    }
    case "single_parent": {
      const year = rng.int(1960, 1986);
      members.push({ gender: "female", year, role: "Chủ hộ", family: otherFamily() });
      // Children carry their (absent) father's family name.
      let childYear = year + rng.int(20, 28);
      for (let i = 0, n = rng.int(1, 2); i < n && childYear <= 2010; i++, childYear += rng.int(2, 5)) {
        members.push({ gender: rng.chance(0.5) ? "male" : "female", year: childYear, role: "Con", family: fatherLine });
      }
      break;
    }
    case "single":
      members.push({ gender: rng.chance(0.45) ? "male" : "female", year: rng.int(1940, 1994), role: "Chủ hộ", family: fatherLine });
      break;
    case "young_couple":
      couple(rng.int(1988, 1998));
      break;
  }
  return members;
}

// ---------------------------------------------------------------- officials

interface PositionSpec {
  unit: UnitKey | "own_group";
  position: string;
  validFrom: string;
  validTo?: string;
  gender?: Gender;
  born: [number, number];
  account?: { role: Role; email: string };
  /** Another position held by the same person (a công chức who also chairs the trade union). */
  also?: { unit: UnitKey; position: string; validFrom: string }[];
  /** A member of the ward's emulation and commendation council: the post as the records write it, and its code. */
  council?: string;
  councilPost?: CouncilPost;
  /** The name the seed documents print (the signatory of the 2024 plan); otherwise a generated one. */
  fullName?: string;
}

const COUNCIL_FROM = "2021-08-02";

/** The ward's posts in 2024. Dates follow the 2021–2026 term (elections of May 2021) and the organisations' congresses. */
const WARD_POSTS: PositionSpec[] = [
  {
    unit: "ward", position: "Chủ tịch UBND phường", validFrom: "2021-07-01", born: [1970, 1979], gender: "male", fullName: "Đỗ Xuân Chiến",
    account: { role: "chairman", email: "chutich" }, council: "Chủ tịch Hội đồng Thi đua – Khen thưởng phường", councilPost: "chair",
  },
  { unit: "ward", position: "Chủ tịch UBND phường", validFrom: "2016-07-01", validTo: "2021-06-30", born: [1956, 1963] },
  {
    unit: "ward", position: "Phó Chủ tịch UBND phường", validFrom: "2021-07-01", born: [1975, 1985],
    account: { role: "vice_chairman", email: "phochutich" }, council: "Phó Chủ tịch Hội đồng Thi đua – Khen thưởng phường", councilPost: "vice_chair",
  },
  {
    unit: "ward", position: "Công chức Văn phòng – Thống kê", validFrom: "2015-03-01", born: [1982, 1990],
    account: { role: "council_secretary", email: "thuongtruc" }, council: "Ủy viên Thường trực Hội đồng Thi đua – Khen thưởng phường", councilPost: "standing",
  },
  { unit: "ward", position: "Công chức Văn hóa – Xã hội", validFrom: "2018-09-01", born: [1986, 1994], account: { role: "culture_officer", email: "vanhoa" }, council: "Thư ký Hội đồng Thi đua – Khen thưởng phường", councilPost: "secretary" },
  { unit: "ward", position: "Công chức Tài chính – Kế toán", validFrom: "2016-05-01", born: [1980, 1990], account: { role: "council_member", email: "ketoan" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường" },
  {
    unit: "ward", position: "Chỉ huy trưởng Ban Chỉ huy Quân sự phường", validFrom: "2019-10-01", gender: "male", born: [1978, 1988],
    account: { role: "council_member", email: "chqs" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường",
  },
  {
    unit: "ward", position: "Công chức Địa chính – Xây dựng", validFrom: "2017-06-01", born: [1980, 1990],
    account: { role: "organisation", email: "congdoan" },
    also: [{ unit: "union", position: "Chủ tịch Công đoàn cơ sở phường", validFrom: "2023-04-01" }],
  },
  { unit: "front", position: "Chủ tịch Ủy ban MTTQ Việt Nam phường", validFrom: "2019-08-01", born: [1962, 1972], account: { role: "organisation", email: "mattran" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường" },
  { unit: "youth", position: "Bí thư Đoàn phường", validFrom: "2022-09-01", born: [1994, 1998], account: { role: "organisation", email: "doanthanhnien" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường" },
  { unit: "youth", position: "Bí thư Đoàn phường", validFrom: "2017-09-01", validTo: "2022-08-31", born: [1988, 1992] },
  { unit: "women", position: "Chủ tịch Hội LHPN phường", validFrom: "2021-05-01", gender: "female", born: [1972, 1985], account: { role: "organisation", email: "phunu" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường" },
  { unit: "veterans", position: "Chủ tịch Hội CCB phường", validFrom: "2022-06-01", gender: "male", born: [1952, 1962], account: { role: "organisation", email: "cuuchienbinh" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường" },
  { unit: "farmers", position: "Chủ tịch Hội Nông dân phường", validFrom: "2023-06-01", born: [1962, 1975], account: { role: "organisation", email: "nongdan" }, council: "Ủy viên Hội đồng Thi đua – Khen thưởng phường" },
];

/** Staff of the ward's People's Committee: the members of its trade union. */
const WARD_STAFF_POSITIONS = new Set([
  "Chủ tịch UBND phường",
  "Phó Chủ tịch UBND phường",
  "Công chức Văn phòng – Thống kê",
  "Công chức Văn hóa – Xã hội",
  "Công chức Tài chính – Kế toán",
  "Chỉ huy trưởng Ban Chỉ huy Quân sự phường",
  "Công chức Địa chính – Xây dựng",
]);

/** Positions held on units that ended (the ward on 30/6/2025) end with them. */
export const WARD_ENDED_ON = "2025-06-30";

// ---------------------------------------------------------------- the population

export interface PopulationOptions {
  residents: number;
  seed: number;
}

export const MIN_RESIDENTS = 100;
export const MAX_RESIDENTS = 50_000;

export function buildDemoPopulation({ residents, seed }: PopulationOptions): DemoPopulation {
  if (!Number.isInteger(residents) || residents < MIN_RESIDENTS || residents > MAX_RESIDENTS) {
    throw new RangeError(
      `Số cư dân mẫu phải là số nguyên từ ${MIN_RESIDENTS} đến ${MAX_RESIDENTS} / the number of demo residents must be an integer from ${MIN_RESIDENTS} to ${MAX_RESIDENTS}`,
    );
  }
  const rng = new Random(seed);
  const households: DemoHousehold[] = [];
  const people: DemoPerson[] = [];
  const phones = new Set<string>();
  const phone = () => {
    for (;;) {
      const number = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, "0");
      if (!phones.has(number)) {
        phones.add(number);
        return number;
      }
    }
  };
  const houseNumbers = RESIDENTIAL_GROUPS.map(() => 0);

  while (people.length < residents) {
    // The first households go one to each group, so that every group has residents.
    const group = households.length < RESIDENTIAL_GROUPS.length ? households.length : rng.int(0, RESIDENTIAL_GROUPS.length - 1);
    // Mostly Kinh; a Hoa, a Ra Glai and a Chăm household at the latest by these places, so
    // that every demo shows a few of the other groups living in Khánh Hòa.
    const due = GUARANTEED_MINORITIES.find((m) => m.by === households.length && !households.some((h) => h.ethnicity === m.ethnicity));
    const ethnicity = due?.ethnicity ?? rng.weighted(ETHNIC_MIX);
    const drafts = draftHousehold(rng, ethnicity).slice(0, residents - people.length);
    houseNumbers[group]! += rng.int(1, 4);
    const household = households.length;
    households.push({
      group,
      ethnicity,
      address: `Số ${houseNumbers[group]}, ${RESIDENTIAL_GROUPS[group]!.replace("Tổ dân phố", "tổ dân phố")}, phường Cam Phú, thành phố Cam Ranh, tỉnh Khánh Hòa`,
    });
    for (const d of drafts) {
      const birthDate = birthDateIn(rng, d.year);
      const age = ageOn(birthDate, PLAN_DATE);
      people.push({
        fullName: personName(rng, d.family, d.gender, d.year),
        gender: d.gender,
        birthDate,
        ethnicity,
        // Người lao động trực tiếp: workers, fishers, traders of working age.
        frontline: age >= 18 && age <= 60 && rng.chance(0.35),
        phone: age >= 16 && rng.chance(age >= 18 ? 0.85 : 0.5) ? phone() : null,
        email: null,
        unit: groupKey(group),
        household,
        householdRole: d.role,
      });
    }
  }

  const memberships: DemoMembership[] = [];
  const accounts: DemoAccount[] = [];
  const council: DemoCouncilMember[] = [];
  const taken = new Set<number>();
  const age = (i: number) => ageOn(people[i]!.birthDate, PLAN_DATE);

  /** A resident not yet holding a post who fits; the birth-year range widens until someone does. */
  const choose = (fits: (p: DemoPerson, i: number) => boolean, born: [number, number], gender?: Gender): number | null => {
    for (let widen = 0; widen <= 30; widen += 5) {
      const candidates = people.flatMap((p, i) => {
        const y = yearOf(p.birthDate);
        return !taken.has(i) && p.household !== null && fits(p, i) && (!gender || p.gender === gender) && y >= born[0] - widen && y <= born[1] + widen ? [i] : [];
      });
      if (candidates.length) {
        const i = rng.pick(candidates);
        taken.add(i);
        return i;
      }
    }
    return null;
  };
  const adult = (_: DemoPerson, i: number) => age(i) >= 21;
  const endFor = (unit: UnitKey) => (unit === "ward" ? WARD_ENDED_ON : null);

  // Each group's leader (tổ trưởng) and its Front work committee head live in the group.
  const groupLeaders: number[] = [];
  RESIDENTIAL_GROUPS.forEach((name, g) => {
    const inGroup = (p: DemoPerson, i: number) => p.unit === groupKey(g) && adult(p, i);
    const leader = choose(inGroup, [1950, 1975]) ?? choose(inGroup, [1940, 2010]);
    if (leader === null) throw new Error(`no adult lives in ${name}`);
    groupLeaders.push(leader);
    const suffix = name.replace("Tổ dân phố ", "");
    memberships.push({ person: leader, unit: groupKey(g), position: `Tổ trưởng tổ dân phố ${suffix}`, validFrom: dayBetween(rng, "2019-01-01", "2023-06-30"), validTo: null });
    const front = choose(inGroup, [1950, 1975]);
    if (front !== null) {
      memberships.push({ person: front, unit: "front", position: `Trưởng ban Công tác Mặt trận tổ dân phố ${suffix}`, validFrom: dayBetween(rng, "2019-09-01", "2022-12-31"), validTo: null });
    }
  });
  // Three group leaders report progress from their phones (the demo's check-ins come from them).
  for (const g of [0, 1, 2]) {
    const leader = groupLeaders[g]!;
    accounts.push({ role: "reporter", email: `totruong.${ascii(RESIDENTIAL_GROUPS[g]!.replace("Tổ dân phố ", ""))}@${DEMO_EMAIL_DOMAIN}`, fullName: people[leader]!.fullName, unit: groupKey(g), person: leader });
  }

  const wardStaff: number[] = [];
  for (const post of WARD_POSTS) {
    const person = choose(adult, post.born, post.gender) ?? choose(adult, [1940, 2010]);
    if (person === null) throw new Error(`no resident left for ${post.position}`);
    // Officials are not counted as frontline workers.
    people[person]!.frontline = false;
    if (post.fullName) people[person]!.fullName = post.fullName;
    const ended = post.validTo ?? endFor(post.unit as UnitKey);
    memberships.push({ person, unit: post.unit as UnitKey, position: post.position, validFrom: post.validFrom, validTo: ended });
    for (const extra of post.also ?? []) memberships.push({ person, unit: extra.unit, position: extra.position, validFrom: extra.validFrom, validTo: endFor(extra.unit) });
    if (post.council) {
      const from = post.validFrom > COUNCIL_FROM ? post.validFrom : COUNCIL_FROM;
      memberships.push({ person, unit: "ward", position: post.council, validFrom: from, validTo: WARD_ENDED_ON });
      if (post.account) council.push({ person, email: `${post.account.email}@${DEMO_EMAIL_DOMAIN}`, post: post.councilPost ?? "member", validFrom: from, validTo: WARD_ENDED_ON });
    }
    if (WARD_STAFF_POSITIONS.has(post.position) && !post.validTo) wardStaff.push(person);
    if (post.account) {
      const email = `${post.account.email}@${DEMO_EMAIL_DOMAIN}`;
      people[person]!.email = email;
      const unit = post.account.role === "organisation" ? (post.also?.[0]?.unit ?? (post.unit as UnitKey)) : "ward";
      accounts.push({ role: post.account.role, email, fullName: people[person]!.fullName, unit, person });
    }
  }
  for (const person of wardStaff) {
    memberships.push({ person, unit: "union", position: "Đoàn viên công đoàn", validFrom: dayBetween(rng, "2015-01-01", "2021-12-31"), validTo: null });
  }

  // Ordinary members of the organisations (those holding a post there are members already).
  const posts = new Map<number, Set<UnitKey>>();
  for (const m of memberships) posts.set(m.person, (posts.get(m.person) ?? new Set()).add(m.unit));
  people.forEach((p, i) => {
    if (p.household === null) return;
    const a = age(i);
    const y = yearOf(p.birthDate);
    const held = posts.get(i) ?? new Set<UnitKey>();
    const join = (unit: UnitKey, from: string, to: string) => {
      if (held.has(unit)) return;
      memberships.push({ person: i, unit, position: unit === "youth" ? "Đoàn viên" : "Hội viên", validFrom: dayBetween(rng, from < to ? from : to, to), validTo: null });
    };
    const latest = PLAN_DATE;
    if (p.gender === "female" && a >= 18 && rng.chance(0.55)) {
      const from = addYears(p.birthDate, 18) > "1995-01-01" ? addYears(p.birthDate, 18) : "1995-01-01";
      join("women", from, latest);
    }
    if (a >= 16 && a <= 30 && rng.chance(0.5)) join("youth", addYears(p.birthDate, 16), addYears(p.birthDate, 18) < latest ? addYears(p.birthDate, 18) : latest);
    if (p.gender === "male" && y >= 1940 && y <= 1975 && rng.chance(0.25)) {
      const from = addYears(p.birthDate, 35) > "1990-01-01" ? addYears(p.birthDate, 35) : "1990-01-01";
      join("veterans", from, "2023-12-31");
    }
    if (p.frontline && a >= 25 && rng.chance(0.2)) join("farmers", "2005-01-01", "2023-12-31");
  });

  // The superior reviewer works at the city's Phòng Nội vụ and does not live in the ward.
  const reviewerGender: Gender = rng.chance(0.5) ? "male" : "female";
  const reviewerYear = rng.int(1980, 1990);
  const reviewer = people.length;
  people.push({
    fullName: personName(rng, familyName(rng, "Kinh"), reviewerGender, reviewerYear),
    gender: reviewerGender,
    birthDate: birthDateIn(rng, reviewerYear),
    ethnicity: "Kinh",
    frontline: false,
    phone: phone(),
    email: `noivu@${CITY_EMAIL_DOMAIN}`,
    unit: "home_affairs",
    household: null,
    householdRole: null,
  });
  memberships.push({ person: reviewer, unit: "home_affairs", position: "Chuyên viên Phòng Nội vụ (phụ trách thi đua, khen thưởng)", validFrom: "2017-02-01", validTo: WARD_ENDED_ON });
  accounts.push({ role: "superior_reviewer", email: `noivu@${CITY_EMAIL_DOMAIN}`, fullName: people[reviewer]!.fullName, unit: "city", person: reviewer });

  // The system administrator is an account, not a resident of the registry.
  const adminGender: Gender = rng.chance(0.5) ? "male" : "female";
  accounts.push({ role: "admin", email: `quantri@${DEMO_EMAIL_DOMAIN}`, fullName: personName(rng, familyName(rng, "Kinh"), adminGender, rng.int(1985, 1995)), unit: "ward", person: null });

  const collectives: DemoCollective[] = [
    { name: "Câu lạc bộ Dưỡng sinh phường Cam Phú", kind: "club", unit: "ward", memberCount: rng.int(25, 45) },
    { name: "Đội Văn nghệ tổ dân phố Phú Thịnh", kind: "art_troupe", unit: groupKey(0), memberCount: rng.int(10, 18) },
    { name: "Đội Văn nghệ tổ dân phố Hòa Bình", kind: "art_troupe", unit: groupKey(6), memberCount: rng.int(10, 18) },
    { name: "Tổ Tự quản về an ninh trật tự tổ dân phố Tân Lập", kind: "team", unit: groupKey(9), memberCount: rng.int(8, 14) },
    { name: "Đội Thanh niên tình nguyện phường Cam Phú", kind: "team", unit: "youth", memberCount: rng.int(20, 35) },
    { name: "Câu lạc bộ Phụ nữ khởi nghiệp phường Cam Phú", kind: "club", unit: "women", memberCount: rng.int(15, 30) },
    { name: "Câu lạc bộ Truyền thống Cựu chiến binh phường Cam Phú", kind: "club", unit: "veterans", memberCount: rng.int(20, 40) },
  ];

  return { households, people, memberships, collectives, accounts, council };
}

/** "Phú Thịnh" → "phuthinh": for e-mail addresses. */
export function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
