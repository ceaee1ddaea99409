// The legal catalogue as officials read and change it: the page with citations and the
// "cần xác nhận" marks, the authority that moved from the district to the commune on 1 July
// 2025, a province's own quota seen by its wards from its first day and by no other province,
// what each layer may not replace (the base salary is the State's), a ward's own quorum, bad
// input refused whole, another ward's unit answered 404, and `thidua catalogue show`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, catalogueEntries, registrations } from "../../src/db/schema";
import { ENTRY_KINDS, OVERRIDABLE_BY } from "../../src/domain/catalogue/entries";
import { addCatalogueVersion } from "../../src/features/catalogue/add-catalogue-version";
import { catalogueShowCommand } from "../../src/features/catalogue/cli";
import { createMovement } from "../../src/features/movements/create-movement";
import { isMessageKey } from "../../src/i18n";
import { loadActor } from "../../src/platform/actor";
import { Forbidden } from "../../src/platform/errors";
import { runCli } from "../support/processes";
import { addUnit, apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { freshPgDatabase, onPostgres, startTestApp, type TestApp } from "../support/test-app";
import { fieldsOf } from "../support/validation";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
const db = () => t.deps.database.db;
const ids = { provinceA: 0, wardA: 0, groupA: 0, provinceB: 0, wardB: 0 };
let provinceAdmin: Awaited<ReturnType<typeof personWithRole>>;
let wardAdmin: Awaited<ReturnType<typeof personWithRole>>;
let wardChairman: Awaited<ReturnType<typeof personWithRole>>;
let wardReporter: Awaited<ReturnType<typeof personWithRole>>;
let otherWardAdmin: Awaited<ReturnType<typeof personWithRole>>;

beforeAll(async () => {
  t = await startTestApp();
  ({ admin } = await setUpWard(t)); // the set-up administrator: a national administrator
  const provinceA = await addUnit(t, null, "Tỉnh Khánh Hòa", "province");
  const wardA = await addUnit(t, provinceA, "Phường Cam Ranh", "ward");
  const groupA = await addUnit(t, wardA, "Tổ dân phố Phú Thịnh");
  const provinceB = await addUnit(t, null, "Tỉnh Ninh Thuận", "province");
  const wardB = await addUnit(t, provinceB, "Phường Đô Vinh", "ward");
  Object.assign(ids, { provinceA: provinceA.id, wardA: wardA.id, groupA: groupA.id, provinceB: provinceB.id, wardB: wardB.id });
  provinceAdmin = await personWithRole(t, "admin", provinceA.id);
  wardAdmin = await personWithRole(t, "admin", wardA.id);
  wardChairman = await personWithRole(t, "chairman", wardA.id);
  wardReporter = await personWithRole(t, "reporter", groupA.id);
  otherWardAdmin = await personWithRole(t, "admin", wardB.id);
});
afterAll(() => t.close());

/** The table row (as text) whose row header is `code`, in a catalogue page (in the section of `kind`, when given). */
function rowOf(html: string, code: string, kind?: string): string {
  const section = kind ? html.slice(html.indexOf(`id="kind-${kind}"`)).split("<section>")[0]! : html;
  const row = section.split("<tr").find((r) => r.includes(`<th scope="row">${code}</th>`) || r.includes(`<th scope="row">${code} — `));
  if (!row) throw new Error(`no row ${code}`);
  return textOf(`<tr${row}`);
}

const rowCount = async () => Number((await db().select({ n: count() }).from(catalogueEntries))[0]!.n);

const QUOTA_FORM = {
  scope: "province",
  unitId: "",
  code: "CSTDCS",
  "value.of": "LDTT",
  "value.maxShare": "15",
  validFrom: "01/01/2026",
  citation: "Điều 5 Quyết định 12/2025/QĐ-UBND của UBND tỉnh Khánh Hòa",
};

describe("the catalogue page", () => {
  it("shows every kind with citations, dates, layers and the 'cần xác nhận' mark with its note", async () => {
    const page = await wardReporter.client.get("/catalogue?on=01/07/2025");
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Căn cứ pháp lý"); // the heading and the navigation link
    expect(page.text).toContain('href="/catalogue"');
    expect(text).toContain("áp dụng cho Tổ dân phố Phú Thịnh vào ngày 1 tháng 7 năm 2025");
    for (const heading of ["Danh hiệu thi đua và hình thức khen thưởng", "Loại hình khen thưởng", "Tiêu chuẩn", "Hồ sơ đề nghị", "Hệ số tiền thưởng", "Mức lương cơ sở", "Thời gian công khai", "Tỷ lệ phiếu cần đạt", "Hạn mức (tỷ lệ) khen thưởng", "Thời hạn giải quyết hồ sơ"]) {
      expect(text).toContain(heading);
    }
    const ldtt = rowOf(page.text, "LDTT");
    expect(ldtt).toContain("Lao động tiên tiến (danh hiệu, xét hằng năm) cá nhân");
    expect(ldtt).toContain("Điều 24 Luật Thi đua, khen thưởng 2022");
    expect(ldtt).toContain("từ ngày 1 tháng 1 năm 2024");
    expect(ldtt).toContain("Quốc gia");
    const quota = rowOf(page.text, "CSTDCS — Chiến sĩ thi đua cơ sở", "quota");
    expect(quota).toContain("cần xác nhận");
    expect(quota).toContain("Nghị định 91/2017 giới hạn 15% số Lao động tiên tiến");
    expect(quota).toContain("Không giới hạn chung");
    expect(text).toContain("2.340.000 đồng/tháng");
    expect(rowOf(page.text, "GK_XA.person — Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã (cá nhân)")).toContain("0,3 × mức lương cơ sở");
  });

  it("reads in English when English is chosen", async () => {
    await wardReporter.client.get("/catalogue?lang=en"); // the choice is kept, then the address without it
    const page = textOf((await wardReporter.client.get("/catalogue?on=01/07/2025")).text);
    expect(page).toContain("Legal catalogue");
    expect(page).toContain("Emulation titles and forms of commendation");
    expect(page).toContain("Advanced Labour Collective (title, given each year) collectives, units");
    expect(page).toContain("to be confirmed");
    expect(page).toContain("from 1 July 2025");
    await wardReporter.client.get("/catalogue?lang=vi");
  });

  it("is documented in the OpenAPI document, the entry's kind and code as text", async () => {
    const doc = JSON.parse((await wardAdmin.client.get("/api/v1/openapi.json")).text) as { paths: Record<string, Record<string, { parameters: { name: string; schema: { type: string } }[] }>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/catalogue", "/catalogue/entries", "/catalogue/entries/{kind}/{code}"]));
    expect(doc.paths["/catalogue/entries/{kind}/{code}"]!.get!.parameters.map((p) => [p.name, p.schema.type])).toEqual([["kind", "string"], ["code", "string"]]);
    expect(doc.paths["/catalogue/entries"]!.post).toBeDefined();
  });

  it("shows who decides Tập thể lao động tiên tiến: the district until 30/6/2025, the commune from 1/7/2025", async () => {
    const before = rowOf((await wardAdmin.client.get("/catalogue?on=30/06/2025")).text, "TTLDTT");
    expect(before).toContain("Chủ tịch Ủy ban nhân dân cấp huyện");
    expect(before).toContain("Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022");
    const after = rowOf((await wardAdmin.client.get("/catalogue?on=01/07/2025")).text, "TTLDTT");
    expect(after).toContain("Chủ tịch Ủy ban nhân dân cấp xã");
    expect(after).not.toContain("cấp huyện");
    expect(after).toContain("Điều 59 Nghị định 129/2025/NĐ-CP");
    // The district's own form is gone from the catalogue of 1/7/2025.
    expect((await wardAdmin.client.get("/catalogue?on=01/07/2025")).text).not.toContain(">GK_HUYEN<");
  });

  it("lists an entry's versions in its history: what changed on 1/7/2025", async () => {
    const page = await wardAdmin.client.get("/catalogue/entries/authority/TTLDTT");
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toMatch(/từ ngày 1 tháng 7 năm 2004 đến ngày 30 tháng 6 năm 2025 .*cấp huyện/);
    expect(text).toMatch(/từ ngày 1 tháng 7 năm 2025 Đang áp dụng .*cấp xã/);
    expect((await wardAdmin.client.get("/catalogue/entries/authority/KHONG_CO")).status).toBe(404);
    expect((await wardAdmin.client.get("/catalogue/entries/khong_co/LDTT")).status).toBe(404);
  });

  it("answers a bad date with the date quoted, not a 500", async () => {
    const page = await wardAdmin.client.get("/catalogue?on=30/02/2025");
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("30/02/2025");
  });

  it("answers 404 for a unit the official cannot see, on the pages and the API", async () => {
    for (const path of [`/catalogue?unit=${ids.wardA}`, `/catalogue/entries/quota/CSTDCS?unit=${ids.wardA}`, `/catalogue/new?kind=quorum&unit=${ids.wardA}`, "/catalogue?unit=abc"]) {
      const page = await otherWardAdmin.client.get(path);
      expect(page.status, path).toBe(404);
      expect(page.text).not.toContain("Cam Ranh");
    }
    const token = await apiTokenOf(otherWardAdmin.client);
    const res = await t.app.request(`/api/v1/catalogue?unit=${ids.wardA}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
  });
});

describe("a province's own version", () => {
  it("adds a quota of 15 % for CSTĐCS from 1/1/2026: its wards see it in 2026, not in 2025; another province never", async () => {
    expect((await provinceAdmin.client.get(`/catalogue/new?kind=quota&code=CSTDCS&unit=${ids.provinceA}`)).status).toBe(200);
    const res = await provinceAdmin.client.post(`/catalogue/new?kind=quota&code=CSTDCS&unit=${ids.provinceA}`, { ...QUOTA_FORM, unitId: String(ids.provinceA) });
    expect(res.status, textOf(res.text).slice(0, 500)).toBe(303);
    expect(res.location).toBe(`/catalogue/entries/quota/CSTDCS?unit=${ids.provinceA}&added=1`);

    const in2026 = rowOf((await wardAdmin.client.get("/catalogue?on=15/03/2026")).text, "CSTDCS — Chiến sĩ thi đua cơ sở", "quota");
    expect(in2026).toContain("Tối đa 15 % số người đạt Lao động tiên tiến");
    expect(in2026).toContain("Tỉnh Khánh Hòa");
    expect(in2026).toContain("Điều 5 Quyết định 12/2025/QĐ-UBND");
    expect(in2026).not.toContain("cần xác nhận");
    const in2025 = rowOf((await wardAdmin.client.get("/catalogue?on=31/12/2025")).text, "CSTDCS — Chiến sĩ thi đua cơ sở", "quota");
    expect(in2025).toContain("Không giới hạn chung");
    const elsewhere = rowOf((await otherWardAdmin.client.get("/catalogue?on=15/03/2026")).text, "CSTDCS — Chiến sĩ thi đua cơ sở", "quota");
    expect(elsewhere).toContain("Không giới hạn chung");
    expect(elsewhere).not.toContain("Khánh Hòa");

    // The history shows both layers; the API gives the share as 0.15.
    const history = textOf((await wardAdmin.client.get("/catalogue/entries/quota/CSTDCS")).text);
    expect(history).toContain("Quốc gia");
    expect(history).toContain("Tối đa 15 % số người đạt Lao động tiên tiến");
    const token = await apiTokenOf(wardAdmin.client);
    const api = await t.app.request(`/api/v1/catalogue?on=2026-03-15&unit=${ids.groupA}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await api.json()) as { entries: { kind: string; code: string; value: { maxShare: number }; layer: string; layerUnit: string }[] };
    expect(body.entries.find((e) => e.kind === "quota" && e.code === "CSTDCS")).toMatchObject({ value: { of: "LDTT", maxShare: 0.15 }, layer: "province", layerUnit: "Tỉnh Khánh Hòa" });
    const [logged] = await db().select().from(auditLog).where(eq(auditLog.action, "catalogue.version_added"));
    expect(logged).toBeDefined();
  });

  it("ends its previous open version the day before a new one, and never rewrites a version's start", async () => {
    const actor = (await loadActor(db(), provinceAdmin.user.id))!;
    const input = { scope: "province", unitId: ids.provinceA, kind: "quota", code: "CSTDCS", value: { of: "LDTT", maxShare: 0.2 }, validFrom: "2027-01-01", citation: "Quyết định 3/2026/QĐ-UBND" };
    const added = await addCatalogueVersion(actor, input, db());
    const versions = await db().select().from(catalogueEntries).where(and(eq(catalogueEntries.kind, "quota"), eq(catalogueEntries.scopeUnitId, ids.provinceA)));
    expect(versions.map((v) => [v.validFrom, v.validTo, (v.value as { maxShare: number }).maxShare]).sort()).toEqual([
      ["2026-01-01", "2026-12-31", 0.15],
      ["2027-01-01", null, 0.2],
    ]);
    expect(added.endedVersionId).toBe(versions.find((v) => v.validFrom === "2026-01-01")!.id);
    // A version starting on or before the layer's latest is refused, naming its day.
    expect(await fieldsOf(addCatalogueVersion(actor, { ...input, validFrom: "2026-06-01" }, db()))).toEqual({ validFrom: "errors.catalogue_version_exists" });
    // The national entry is untouched.
    const national = await db().select().from(catalogueEntries).where(and(eq(catalogueEntries.kind, "quota"), isNull(catalogueEntries.scopeUnitId)));
    expect(national.map((n) => [n.validFrom, n.validTo])).toEqual([["2024-01-01", null]]);
  });
});

describe("what a layer may not replace", () => {
  it("refuses a commune chairman a province-only kind, in plain words, and writes nothing", async () => {
    const before = await rowCount();
    const form = { ...QUOTA_FORM, scope: "unit", unitId: String(ids.wardA), validFrom: "01/02/2026" };
    await wardChairman.client.get(`/catalogue/new?kind=quorum&unit=${ids.wardA}`);
    const asUnit = await wardChairman.client.post(`/catalogue/new?kind=quota&code=CSTDCS&unit=${ids.wardA}`, form);
    expect(asUnit.status).toBe(422);
    expect(textOf(asUnit.text)).toContain("Đơn vị không được đặt hạn mức khen thưởng: đây là quy định của tỉnh");
    // The form itself says so before anything is typed.
    expect(textOf((await wardChairman.client.get(`/catalogue/new?kind=quota&code=CSTDCS&unit=${ids.wardA}`)).text)).toContain("Đơn vị không được đặt hạn mức khen thưởng");
    // As the province: the chairman holds no post there.
    expect((await wardChairman.client.post(`/catalogue/new?kind=quota&code=CSTDCS&unit=${ids.wardA}`, { ...form, scope: "province" })).status).toBe(403);
    // A reporter may not add versions at all.
    expect((await wardReporter.client.get(`/catalogue/new?kind=quorum&unit=${ids.groupA}`)).status).toBe(403);
    expect(await rowCount()).toBe(before);
  });

  it("lets nobody but a national administrator change the base salary", async () => {
    const before = await rowCount();
    const salary = { kind: "base_salary", code: "base_salary", value: { amount: "2.700.000".replace(/\./g, "") }, validFrom: "2030-01-01", citation: "Nghị định thử" };
    const province = (await loadActor(db(), provinceAdmin.user.id))!;
    const ward = (await loadActor(db(), wardAdmin.user.id))!;
    const provinceRefusal = await fieldsOf(addCatalogueVersion(province, { ...salary, scope: "province", unitId: ids.provinceA }, db()));
    expect(provinceRefusal).toEqual({ kind: "errors.catalogue_province_may_not.base_salary" });
    expect(await fieldsOf(addCatalogueVersion(ward, { ...salary, scope: "unit", unitId: ids.wardA }, db()))).toEqual({ kind: "errors.catalogue_unit_may_not.base_salary" });
    await expect(addCatalogueVersion(province, { ...salary, scope: "national" }, db())).rejects.toBeInstanceOf(Forbidden);
    const token = await apiTokenOf(provinceAdmin.client);
    const res = await t.app.request("/api/v1/catalogue/entries", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ ...salary, scope: "province", unitId: ids.provinceA }),
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain("Tỉnh không được thay mức lương cơ sở: đây là quy định của Nhà nước");
    expect(await rowCount()).toBe(before);

    // The national administrator may: the open national version ends on 31/12/2029.
    const page = await admin.get("/catalogue/new?kind=base_salary");
    expect(page.status).toBe(200);
    const done = await admin.post("/catalogue/new?kind=base_salary", { scope: "national", code: "base_salary", "value.amount": "2700000", validFrom: "01/01/2030", citation: "Nghị định thử nghiệm" });
    expect(done.status, textOf(done.text).slice(0, 400)).toBe(303);
    expect(textOf((await wardAdmin.client.get("/catalogue?on=01/01/2030")).text)).toContain("2.700.000 đồng/tháng");
    expect(textOf((await wardAdmin.client.get("/catalogue?on=31/12/2029")).text)).toContain("2.530.000 đồng/tháng");
  });

  it("has a plain-words refusal for every kind a layer may not replace", () => {
    for (const kind of ENTRY_KINDS) {
      for (const scope of ["province", "unit"] as const) {
        if (!OVERRIDABLE_BY[kind].includes(scope)) expect(isMessageKey(`errors.catalogue_${scope}_may_not.${kind}`), `${scope} ${kind}`).toBe(true);
      }
    }
  });
});

describe("the version form", () => {
  it("opens for every kind, starting from the entry in force, without JSON", async () => {
    const codes: Record<string, string> = { form: "LDTT", authority: "TTLDTT", commendation_kind: "dot_xuat", criterion: "TTLDTT", chain: "CSTD_TINH", dossier: "CSTDCS", bonus: "LDTT.person", bonus_rule: "calculation", base_salary: "base_salary", disclosure: "*", quorum: "quorum", ballot_threshold: "CSTDCS", quota: "CSTDCS", processing: "*" };
    for (const kind of ENTRY_KINDS) {
      const page = await admin.get(`/catalogue/new?kind=${kind}&code=${encodeURIComponent(codes[kind]!)}`);
      expect(page.status, kind).toBe(200);
      expect(page.text, kind).not.toMatch(/\{&quot;/);
    }
    const criterion = await admin.get("/catalogue/new?kind=criterion&code=TTLDTT");
    expect(criterion.text).toContain('value="70"'); // the members' share, in per cent
    expect(textOf((await admin.get("/catalogue/new?kind=quota&code=CSTDCS")).text)).toContain("Tỷ lệ tối đa (%)");
  });

  it("takes a province's dossier one document a line, keeping what it knows of each", async () => {
    const form = await provinceAdmin.client.get(`/catalogue/new?kind=dossier&code=LDTT&unit=${ids.provinceA}`);
    expect(form.status).toBe(200);
    const res = await provinceAdmin.client.post(`/catalogue/new?kind=dossier&code=LDTT&unit=${ids.provinceA}`, {
      scope: "province", unitId: String(ids.provinceA), code: "LDTT",
      "value.items": "Tờ trình đề nghị khen thưởng\nDanh sách đề nghị khen thưởng\nBản nhận xét của thủ trưởng đơn vị",
      validFrom: "01/01/2026", citation: "Điều 7 Quyết định 12/2025/QĐ-UBND",
    });
    expect(res.status, textOf(res.text).slice(0, 400)).toBe(303);
    const [row] = await db().select().from(catalogueEntries).where(and(eq(catalogueEntries.kind, "dossier"), eq(catalogueEntries.scopeUnitId, ids.provinceA)));
    expect((row!.value as { items: unknown[] }).items).toEqual([
      { code: "to_trinh", name: "Tờ trình đề nghị khen thưởng", nameEn: "Proposal (tờ trình)", generated: true },
      { code: "danh_sach", name: "Danh sách đề nghị khen thưởng", nameEn: "List of candidates", generated: true },
      { code: "ban_nhan_xet_cua_thu_truong_don_vi", name: "Bản nhận xét của thủ trưởng đơn vị", nameEn: "Bản nhận xét của thủ trưởng đơn vị", generated: false },
    ]);
    expect(rowOf((await wardAdmin.client.get("/catalogue?on=01/02/2026")).text, "LDTT — Lao động tiên tiến", "dossier")).toContain("3. Bản nhận xét của thủ trưởng đơn vị");
  });
});

describe("a ward's own version", () => {
  it("lets the ward's administrator set its own council quorum; its sub-units see it, the province does not", async () => {
    const page = await wardAdmin.client.get(`/catalogue/new?kind=quorum&unit=${ids.wardA}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="2"'); // the national 2/3 to start from
    const res = await wardAdmin.client.post(`/catalogue/new?kind=quorum&unit=${ids.wardA}`, {
      scope: "unit", unitId: String(ids.wardA), code: "quorum", "value.numerator": "3", "value.denominator": "4", validFrom: "01/01/2026", citation: "Điều 6 Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng phường",
    });
    expect(res.status, textOf(res.text).slice(0, 400)).toBe(303);
    const row = rowOf((await wardReporter.client.get("/catalogue?on=01/03/2026")).text, "quorum");
    expect(row).toContain("Ít nhất 3/4 số thành viên hội đồng");
    expect(row).toContain("Đơn vị Phường Cam Ranh");
    expect(rowOf((await provinceAdmin.client.get("/catalogue?on=01/03/2026")).text, "quorum")).toContain("Ít nhất 2/3");
  });
});

describe("bad input", () => {
  it("answers an end before the start, a share of 1.5 and a missing citation at once, naming each field, and writes nothing", async () => {
    const before = await rowCount();
    const token = await apiTokenOf(provinceAdmin.client);
    const res = await t.app.request("/api/v1/catalogue/entries", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ scope: "province", unitId: ids.provinceA, kind: "quota", code: "CSTDCS", value: { of: "LDTT", maxShare: 1.5 }, validFrom: "2028-01-01", validTo: "2027-12-31", citation: "" }),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields).sort()).toEqual(["citation", "validTo", "value.maxShare"]);
    expect(body.error.fields["value.maxShare"]).toContain("từ 0 đến 1");
    expect(body.error.fields.validTo).toContain("01/01/2028");

    const form = await provinceAdmin.client.post(`/catalogue/new?kind=quota&code=CSTDCS&unit=${ids.provinceA}`, {
      ...QUOTA_FORM, unitId: String(ids.provinceA), "value.maxShare": "150", validFrom: "01/01/2028", validTo: "31/12/2027", citation: "",
    });
    expect(form.status).toBe(422);
    const text = textOf(form.text);
    expect(text).toContain("tỷ lệ tối đa (%) phải là tỷ lệ từ 0 đến 1");
    expect(text).toContain("Ngày hết hiệu lực phải từ ngày bắt đầu (01/01/2028) trở đi");
    expect(text).toContain("Nhập căn cứ");
    const actor = (await loadActor(db(), provinceAdmin.user.id))!;
    const quorum = { scope: "province", unitId: ids.provinceA, kind: "quorum", code: "quorum", validFrom: "2028-01-01", citation: "Quy chế" };
    expect(await fieldsOf(addCatalogueVersion(actor, { ...quorum, value: { numerator: 5, denominator: 4 } }, db()))).toEqual({ "value.numerator": "errors.catalogue_numerator_over" });
    expect(await fieldsOf(addCatalogueVersion(actor, { ...quorum, kind: "disclosure", code: "*", value: { workingDays: "0" } }, db()))).toEqual({ "value.workingDays": "errors.catalogue_range" });
    expect(await fieldsOf(addCatalogueVersion(actor, { ...quorum, kind: "disclosure", code: "HUAN_CHUONG", value: { workingDays: 5 } }, db()))).toEqual({ code: "errors.catalogue_code_unknown" });
    expect(await rowCount()).toBe(before);
  });
});

describe("thidua catalogue show", () => {
  it("prints the catalogue in force for a unit on a day, as JSON and as lines with the mark", async () => {
    const json = JSON.parse(await catalogueShowCommand(db(), { on: "2026-03-15", unit: String(ids.groupA), json: true })) as Record<string, unknown>[];
    expect(json.find((e) => e.kind === "quota" && e.code === "CSTDCS")).toEqual({
      id: expect.any(Number), kind: "quota", code: "CSTDCS", value: { of: "LDTT", maxShare: 0.15 }, validFrom: "2026-01-01", validTo: "2026-12-31",
      citation: QUOTA_FORM.citation, unconfirmed: false, note: null, layer: "province", layerUnit: "Tỉnh Khánh Hòa",
    });
    expect(json.find((e) => e.kind === "authority" && e.code === "TTLDTT")).toMatchObject({ value: { tier: "commune" }, layer: "national" });
    const text = await catalogueShowCommand(db(), { on: "30/06/2025" });
    expect(text).toMatch(/^authority +TTLDTT +Chủ tịch Ủy ban nhân dân cấp huyện \(cấp huyện\) \| 01\/07\/2004–30\/06\/2025 \| Điều 80 khoản 2/m);
    expect(text).toMatch(/^quota +CSTDCS .*\[cần xác nhận\]$/m);
  });

  it("runs as a command and names a wrong date", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-catalogue-cli-"));
    try {
      const env = { DATA_DIR: path.join(dir, "data"), LOG_LEVEL: "error", ...(onPostgres() ? { DATABASE_URL: await freshPgDatabase() } : {}) };
      const run = await runCli(["catalogue", "show", "--on", "01/07/2025", "--json"], env);
      expect(run.code, run.stderr).toBe(0);
      const rows = JSON.parse(run.stdout) as { kind: string; code: string; value: { tier?: string } }[];
      expect(rows.find((r) => r.kind === "authority" && r.code === "CSTDCS")?.value.tier).toBe("commune");
      const bad = await runCli(["catalogue", "show", "--on", "31/06/2025"], env);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain("31/06/2025");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("registrations stored before the catalogue (migration 0013)", () => {
  it("turns the titles' names into catalogue codes and keeps any other title as written", async () => {
    const migration = readFileSync(new URL("../../src/db/migrations/0013_commendation.sql", import.meta.url), "utf8");
    const statement = migration.split("--> statement-breakpoint").find((s) => s.includes('UPDATE "registrations"'))!;
    const chairman = (await loadActor(db(), wardChairman.user.id))!;
    const m = await createMovement(chairman, { unitId: ids.wardA, name: "Phong trào trước danh mục", kind: "regular", startsOn: "2024-05-01", endsOn: "2024-12-31", participantIds: [ids.groupA] }, db());
    const [old] = await db()
      .insert(registrations)
      .values({ movementId: m.id, unitId: ids.groupA, titles: ["Tập thể lao động tiên tiến", "Cờ thi đua", "Bằng khen của Trung ương Hội", "Giấy khen của Chủ tịch UBND"] })
      .returning();
    await t.deps.database.query(statement);
    const [row] = await db().select().from(registrations).where(eq(registrations.id, old!.id));
    expect(row).toMatchObject({ titles: ["TTLDTT", "CO_TINH", "GK_XA"], otherTitle: "Bằng khen của Trung ương Hội" });
    // The page shows them by name on the movement's date.
    const page = textOf((await wardChairman.client.get(`/movements/${m.id}`)).text);
    expect(page).toContain("Tập thể lao động tiên tiến; Cờ thi đua của bộ, ban, ngành, tỉnh; Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã; Bằng khen của Trung ương Hội");
  });
});
