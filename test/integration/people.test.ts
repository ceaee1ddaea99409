// People of the registry: Vietnamese order and search in the database, personal data
// only for roles that need it, memberships over time, no new members in an ended unit.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, units } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { foldForSearch } from "../../src/domain/text/vietnamese";
import { addMembership } from "../../src/features/people/add-membership";
import { createPerson } from "../../src/features/people/create-person";
import { listPeople, PEOPLE_PAGE_SIZE, SEARCH_CAP, searchTuning } from "../../src/features/people/list-people";
import type { DbOrTx } from "../../src/db/client";
import { todayInVietnam } from "../../src/domain/text/dates";
import { addCalendarDays } from "../../src/domain/tasks/deadlines";
import { Actor, loadActor } from "../../src/platform/actor";
import { Forbidden } from "../../src/platform/errors";
import { fieldsOf } from "../support/validation";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let groupId: number;
const names = ["Nguyễn Văn Bình", "Trần Thị Ánh", "Lê Văn Anh", "Phạm Thị Ăn", "Đỗ Văn Ân", "Võ Thị Dũng", "Hồ Văn Đức", "Bùi Thị Thắng", "Ngô Thị Thảo", "Lý Văn Tùng"];

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  const group = await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố Hòa Bình");
  groupId = group.id;
  for (const fullName of names) {
    await createPerson(Actor.system(), { fullName, unitId: groupId, gender: fullName.includes(" Thị ") ? "female" : "male", birthDate: "21/3/1980", ethnicity: "Kinh", phone: "0912 345 678" }, t.deps.database.db);
  }
});
afterAll(() => t.close());

describe("the people list", () => {
  it("sorts by given name in Vietnamese letter order, in the database", async () => {
    const list = await listPeople(Actor.system(), t.deps.database.db, {});
    expect(list.people.map((p) => p.fullName)).toEqual([
      "Lê Văn Anh", "Trần Thị Ánh", "Phạm Thị Ăn", "Đỗ Văn Ân", "Nguyễn Văn Bình", "Võ Thị Dũng", "Hồ Văn Đức", "Ngô Thị Thảo", "Bùi Thị Thắng", "Lý Văn Tùng",
    ]);
  });

  it("finds names typed without diacritics or in decomposed Unicode", async () => {
    for (const q of ["tran thi anh", "TRẦN THỊ ÁNH".normalize("NFD"), "thi anh"]) {
      const list = await listPeople(Actor.system(), t.deps.database.db, { q });
      expect(list.people.map((p) => p.fullName), q).toContain("Trần Thị Ánh");
    }
    expect((await listPeople(Actor.system(), t.deps.database.db, { q: "duc" })).people.map((p) => p.fullName)).toEqual(["Hồ Văn Đức"]);
    // One or two letters match whole words: "le" is the family name Lê, not a part of "Lê" in other words.
    expect((await listPeople(Actor.system(), t.deps.database.db, { q: "lê" })).people.map((p) => p.fullName)).toEqual(["Lê Văn Anh"]);
  });

  it("pages without losing or repeating anyone", async () => {
    for (let i = 0; i < 60; i++) await createPerson(Actor.system(), { fullName: `Phan Văn Người ${i}`, unitId: groupId }, t.deps.database.db);
    const first = await listPeople(Actor.system(), t.deps.database.db, { page: 1 });
    const second = await listPeople(Actor.system(), t.deps.database.db, { page: 2 });
    expect(first.total).toBe(70);
    const ids = [...first.people, ...second.people].map((p) => p.id);
    expect(new Set(ids).size).toBe(70);
  });

  it("is searchable from the page and the API", async () => {
    const page = await admin.get("/people?q=thang");
    expect(textOf(page.text)).toContain("Bùi Thị Thắng");
    expect(textOf(page.text)).not.toContain("Ngô Thị Thảo");
  });
});

describe("personal data", () => {
  it("is shown to the council's standing member and hidden from a council member", async () => {
    const [someone] = (await listPeople(Actor.system(), t.deps.database.db, { q: "tran thi anh" })).people;
    const secretary = await personWithRole(t, "council_secretary", wardId);
    const member = await personWithRole(t, "council_member", wardId);
    const full = textOf((await secretary.client.get(`/people/${someone!.id}`)).text);
    expect(full).toContain("ngày 21 tháng 3 năm 1980");
    expect(full).toContain("0912 345 678");
    const limited = textOf((await member.client.get(`/people/${someone!.id}`)).text);
    expect(limited).toContain("Trần Thị Ánh");
    expect(limited).not.toContain("1980");
    expect(limited).not.toContain("0912");
    expect(limited).toContain("chỉ hiện với người có thẩm quyền");
  });
});

describe("adding people and memberships", () => {
  it("explains each wrong field in Vietnamese and writes nothing", async () => {
    await admin.get("/people/new");
    const res = await admin.post("/people/new", { fullName: "", unitId: String(groupId), birthDate: "31/02/1980", ethnicity: "Người Sao Hỏa", phone: "abc" });
    expect(res.status).toBe(422);
    const text = textOf(res.text);
    expect(text).toContain("Nhập họ và tên");
    expect(text).toContain("Ngày không hợp lệ: 31/02/1980. Nhập ngày dạng dd/mm/yyyy, ví dụ 21/03/2024");
    expect(text).toContain("Chọn dân tộc trong danh mục 54 dân tộc");
    expect(text).toContain("Nhập số điện thoại đúng dạng");
  });

  it("takes a year of birth alone, shows it as such, and refuses one that contradicts the birth date", async () => {
    await admin.get("/people/new");
    const bad = await admin.post("/people/new", { fullName: "Cụ Ông Năm", unitId: String(groupId), birthYear: "45" });
    expect(bad.status).toBe(422);
    expect(textOf(bad.text)).toContain("Năm sinh là năm có 4 chữ số, từ 1900 đến năm nay");
    const clash = await admin.post("/people/new", { fullName: "Cụ Ông Năm", unitId: String(groupId), birthDate: "1/1/1945", birthYear: "1946" });
    expect(textOf(clash.text)).toContain("Năm sinh khác với năm của ngày sinh");
    const created = await admin.post("/people/new", { fullName: "Cụ Ông Năm", unitId: String(groupId), birthYear: "1938" });
    expect(created.status).toBe(303);
    expect(textOf((await admin.get(created.location!.split("?")[0]!)).text)).toContain("Ngày sinh năm 1938");
  });

  it("records a position over time on the profile", async () => {
    await admin.get("/people/new");
    const created = await admin.post("/people/new", { fullName: "Huỳnh Thị Mai", unitId: String(groupId), gender: "female", birthDate: "5/11/1975" });
    expect(created.status).toBe(303);
    const profilePath = created.location!.split("?")[0]!;
    await admin.get(profilePath);
    const added = await admin.post(`${profilePath}/memberships`, { unitId: String(groupId), position: "Tổ trưởng tổ dân phố", validFrom: "1/7/2021" });
    expect(added.status).toBe(303);
    const text = textOf((await admin.get(profilePath)).text);
    expect(text).toContain("Tổ trưởng tổ dân phố");
    expect(text).toContain("ngày 1 tháng 7 năm 2021");
  });

  it("refuses new members for a unit that ended (merged away)", async () => {
    const old = await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố đã sáp nhập");
    await t.deps.database.db.update(units).set({ validTo: "2025-06-30" }).where(eq(units.id, old.id));
    await admin.get("/people/new");
    const res = await admin.post("/people/new", { fullName: "Người Mới Đến", unitId: String(old.id) });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("đã kết thúc hoạt động từ 2025-06-30");
  });
});

describe("people and memberships at their edges", () => {
  const db = () => t.deps.database.db;
  const ward = () => ({ id: wardId, path: `/${wardId}/` });
  let chairman: Actor;
  beforeAll(async () => {
    chairman = (await loadActor(db(), (await personWithRole(t, "chairman", wardId, "Đỗ Xuân Chiến")).user.id))!;
  });

  it("records a membership of one day, from the unit's first day or with no date, not before the unit began", async () => {
    const person = await createPerson(Actor.system(), { fullName: "Đinh Văn Mốc", unitId: groupId }, db());
    const unit = await addUnit(t, ward(), "Tổ dân phố Mới Lập");
    await db().update(units).set({ validFrom: "2020-01-01" }).where(eq(units.id, unit.id));
    const add = (input: Record<string, unknown>, actor = Actor.system()) => addMembership(actor, person.id, { unitId: unit.id, ...input }, db());
    expect(await add({ validFrom: "1/7/2021", validTo: "1/7/2021" })).toMatchObject({ validFrom: "2021-07-01", validTo: "2021-07-01" });
    expect(await add({ validFrom: "1/1/2020" })).toMatchObject({ validFrom: "2020-01-01" });
    expect(await add({ position: "Tổ viên" })).toMatchObject({ validFrom: null });
    expect(await fieldsOf(add({ validFrom: "31/12/2019" }))).toEqual({ validFrom: "errors.before_unit_start" });
    expect(await fieldsOf(add({ validFrom: "2/7/2021", validTo: "1/7/2021" }))).toEqual({ validTo: "errors.end_before_start" });
    await expect(add({ position: "Tổ phó" }, chairman)).rejects.toBeInstanceOf(Forbidden);
  });

  it("takes new people in a unit until its last day, and only from those who manage people", async () => {
    const ending = await addUnit(t, ward(), "Tổ dân phố Hết Hôm Nay");
    await db().update(units).set({ validTo: new Date().toISOString().slice(0, 10) }).where(eq(units.id, ending.id));
    const later = await addUnit(t, ward(), "Tổ dân phố Sáp Nhập Sau");
    await db().update(units).set({ validTo: "2099-12-31" }).where(eq(units.id, later.id));
    expect(await createPerson(Actor.system(), { fullName: "Người Ngày Cuối", unitId: ending.id }, db())).toMatchObject({ unitId: ending.id });
    expect(await createPerson(Actor.system(), { fullName: "Người Sắp Chuyển", unitId: later.id }, db())).toMatchObject({ unitId: later.id });
    await expect(createPerson(chairman, { fullName: "Người Chủ Tịch Thêm", unitId: groupId }, db())).rejects.toBeInstanceOf(Forbidden);
  });

  it("takes a birth date of today, not tomorrow, and an empty gender or ethnicity as not given", async () => {
    const today = todayInVietnam();
    expect(await createPerson(Actor.system(), { fullName: "Bé Mới Sinh", unitId: groupId, birthDate: today }, db())).toMatchObject({ birthDate: today });
    expect(await fieldsOf(createPerson(Actor.system(), { fullName: "Bé Chưa Sinh", unitId: groupId, birthDate: addCalendarDays(today, 1) }, db()))).toEqual({ birthDate: "errors.date_future" });
    expect(await createPerson(Actor.system(), { fullName: "Người Không Khai", unitId: groupId, gender: "", ethnicity: "" }, db())).toMatchObject({ gender: null, ethnicity: null });
    expect(await createPerson(Actor.system(), { fullName: "Người Không Khai Hai", unitId: groupId, gender: null, ethnicity: null }, db())).toMatchObject({ gender: null, ethnicity: null });
  });

  it("shows a person of another ward to no one here", async () => {
    const otherWard = await addUnit(t, null, "Phường Ba Ngòi", "ward");
    const stranger = await createPerson(Actor.system(), { fullName: "Người Phường Khác", unitId: otherWard.id }, db());
    expect((await admin.get(`/people/${stranger.id}`)).status).toBe(404);
  });
});

describe("searching by the words of names", () => {
  let groupA: { id: number; path: string };
  let groupB: { id: number; path: string };
  const adminOf = (unit: { id: number; path: string }) =>
    Actor.user({ id: 0, email: "tim@camphu.gov.vn", fullName: "Người Tìm", lang: "vi" }, [{ role: "admin", unitId: unit.id, unitPath: unit.path }]);

  // A small population with the hard cases: names folding alike (Thành, Thanh, Thạnh), a word
  // twice in a name once folded (Hoàng Thị Hòa, Lê Lệ), short words (Lê, Vũ, Vu), words that begin
  // with others (Hoa, Hoài, Hoàng), and enough "Khúc" to pass the count cap.
  beforeAll(async () => {
    const ward = { id: wardId, path: `/${wardId}/` };
    groupA = await addUnit(t, ward, "Tổ dân phố Phú Thịnh");
    groupB = await addUnit(t, ward, "Tổ dân phố Phú Hòa");
    const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Lý", "Phan"];
    const middle = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Thanh", "Minh", "Thành", "Thị Thu", "Văn Lê"];
    const given = ["An", "Anh", "Ánh", "Bình", "Hòa", "Hoa", "Hoài", "Hoàng", "Thảo", "Thắng", "Thanh", "Thành", "Thạnh", "Lê", "Lệ", "Lệnh", "Vu", "Vũ", "Trang", "Phận"];
    let seed = 7;
    const pick = <T>(list: T[]) => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length]!;
    const rows = [];
    for (let i = 0; i < 400; i++) {
      const fullName = `${pick(family)} ${pick(middle)} ${pick(given)}`;
      rows.push({ fullName, ...personKeys(fullName), unitId: i % 3 === 0 ? groupB.id : groupA.id });
    }
    for (let i = 0; i < SEARCH_CAP + 10; i++) {
      const fullName = `Khúc ${pick(middle)} ${pick(given)}`;
      rows.push({ fullName, ...personKeys(fullName), unitId: i % 2 ? groupB.id : groupA.id });
    }
    await t.deps.database.db.insert(people).values(rows);
  });

  /** The plain definition: every query word is a word of the name, the last one possibly unfinished; one short word alone is whole. */
  type Everyone = { id: number; full_name: string; sort_key: string; path: string }[];
  const everyone = () => t.deps.database.query<Everyone[number]>("SELECT p.id, p.full_name, p.sort_key, u.path FROM people p JOIN units u ON u.id = p.unit_id");

  function bruteForce(all: Everyone, q: string, scope: string) {
    const words = foldForSearch(q).split(" ").filter(Boolean);
    return all
      .filter((p) => p.path.startsWith(scope))
      .filter((p) => {
        const name = foldForSearch(p.full_name).split(" ");
        return words.every((w, i) => {
          const unfinished = i === words.length - 1 && !(words.length === 1 && w.length <= 2);
          return name.some((n) => (unfinished ? n.startsWith(w) : n === w));
        });
      })
      .sort((a, b) => Buffer.compare(Buffer.from(a.sort_key), Buffer.from(b.sort_key)) || Number(a.id) - Number(b.id))
      .map((p) => Number(p.id));
  }

  const QUERIES = [
    "hoa", "hoang", "ho", "le", "Lê", "lenh", "le thi", "thi le", "nguyen v", "nguyen van t", "tha", "thanh", "THÀNH".normalize("NFD"),
    "thạnh", "vu", "v", "an", "anh", "a", "nguyen thi hoa", "hoang hoa", "hoa hoang", "x", "zzz", "  le   van  ", "phan", "khuc", "khuc thi", "khuc van le",
    "k", "hang", "guyen", "50%", "a_b",
  ];

  async function expectSameAsBruteForce(db: DbOrTx, all: Everyone) {
    const scopes: [Actor, string, number | undefined][] = [
      [Actor.system(), "/", undefined],
      [adminOf(groupA), groupA.path, undefined],
      [adminOf(groupB), groupB.path, undefined],
      [Actor.system(), groupB.path, groupB.id],
      [adminOf({ id: wardId, path: `/${wardId}/` }), `/${wardId}/`, undefined],
    ];
    for (const [actor, scope, unit] of scopes) {
      for (const q of QUERIES) {
        const want = bruteForce(all, q, scope);
        const first = await listPeople(actor, db, { q, unit });
        expect({ q, scope, total: first.total, capped: first.totalCapped }).toEqual({ q, scope, total: Math.min(want.length, SEARCH_CAP), capped: want.length > SEARCH_CAP });
        const pages = Math.ceil(first.total / PEOPLE_PAGE_SIZE);
        for (const page of new Set([1, 2, pages, pages + 1].filter((n) => n >= 1))) {
          const list = page === 1 ? first : await listPeople(actor, db, { q, unit, page });
          expect({ q, scope, page, ids: list.people.map((p) => p.id) }).toEqual({ q, scope, page, ids: want.slice((page - 1) * PEOPLE_PAGE_SIZE, page * PEOPLE_PAGE_SIZE) });
        }
      }
    }
  }

  it("finds whole words and the beginning of the last word, in any order and scope, exactly as a plain query would", async () => {
    await expectSameAsBruteForce(t.deps.database.db, await everyone());
  });

  it("gives the same results once the database has statistics (which change how a search is run)", async () => {
    await t.deps.database.query("ANALYZE person_words");
    await t.deps.database.query("ANALYZE people");
    // A transaction is a new handle: its first search reads the fresh statistics.
    const all = await everyone();
    await t.deps.database.db.transaction(async (tx) => expectSameAsBruteForce(tx, all));
    // As on a national database: the words of an unfinished word looked up in a statement of their own.
    const saved = searchTuning.sameStatementBelowBytes;
    searchTuning.sameStatementBelowBytes = 0;
    try {
      await t.deps.database.db.transaction(async (tx) => expectSameAsBruteForce(tx, all));
    } finally {
      searchTuning.sameStatementBelowBytes = saved;
    }
  });

  it("matches the beginning of words as people type, never the inside of a word", async () => {
    const names = async (q: string) => (await listPeople(Actor.system(), t.deps.database.db, { q, unit: groupId })).people.map((p) => p.fullName);
    expect(await names("tha")).toEqual(expect.arrayContaining(["Ngô Thị Thảo", "Bùi Thị Thắng"]));
    expect(await names("thao")).toContain("Ngô Thị Thảo");
    expect(await names("thao")).not.toContain("Bùi Thị Thắng");
    expect(await names("hao")).not.toContain("Ngô Thị Thảo");
    expect(await names("ngo thi th")).toContain("Ngô Thị Thảo");
    expect(await names("thao ngo")).toContain("Ngô Thị Thảo");
  });

  it("counts a common name up to the cap and says there are more", async () => {
    const list = await listPeople(Actor.system(), t.deps.database.db, { q: "khuc" });
    expect(list.total).toBe(SEARCH_CAP);
    expect(list.totalCapped).toBe(true);
    const text = textOf((await admin.get("/people?q=khuc")).text);
    expect(text).toContain(`Hơn ${SEARCH_CAP.toLocaleString("vi-VN")} người`);
  });

  it("keeps the word index in step when names change, people move or are removed", async () => {
    const { db } = t.deps.database;
    const [person] = await db.insert(people).values({ fullName: "Tạ Quang Bửu", ...personKeys("Tạ Quang Bửu"), unitId: groupA.id }).returning();
    const find = async (q: string, actor = Actor.system()) => (await listPeople(actor, db, { q })).people.map((p) => p.id);
    expect(await find("ta quang buu")).toEqual([person!.id]);
    await db.update(people).set({ fullName: "Tạ Quang Bảo", ...personKeys("Tạ Quang Bảo") }).where(eq(people.id, person!.id));
    expect(await find("buu")).toEqual([]);
    expect(await find("ta quang bao")).toEqual([person!.id]);
    await db.update(people).set({ unitId: groupB.id }).where(eq(people.id, person!.id));
    expect(await find("ta quang bao", adminOf(groupA))).toEqual([]);
    expect(await find("ta quang bao", adminOf(groupB))).toEqual([person!.id]);
    await db.update(people).set({ phone: "0912 000 111" }).where(eq(people.id, person!.id));
    const words = async () => (await t.deps.database.query<{ n: number }>("SELECT count(*)::int AS n FROM person_words WHERE person_id = $1", [person!.id]))[0]!.n;
    expect(await words()).toBe(3);
    await db.delete(people).where(eq(people.id, person!.id));
    expect(await words()).toBe(0);
    const [{ missing }] = await t.deps.database.query<{ missing: number }>(
      `SELECT count(*)::int AS missing FROM people p, unnest(string_to_array(p.search_text, ' ')) w(word)
        WHERE NOT EXISTS (SELECT 1 FROM person_words pw WHERE pw.person_id = p.id AND pw.word = w.word AND pw.sort_key = p.sort_key AND pw.unit_id = p.unit_id)`,
    ) as [{ missing: number }];
    expect(missing).toBe(0);
  });
});
