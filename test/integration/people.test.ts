// People of the registry: Vietnamese order and search in the database, personal data
// only for roles that need it, memberships over time, no new members in an ended unit.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { units } from "../../src/db/schema";
import { createPerson } from "../../src/features/people/create-person";
import { listPeople } from "../../src/features/people/list-people";
import { Actor } from "../../src/platform/actor";
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
    expect(text).toContain("Nhập ngày sinh có thật");
    expect(text).toContain("Chọn dân tộc trong danh mục 54 dân tộc");
    expect(text).toContain("Nhập số điện thoại đúng dạng");
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
