import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translator, vi } from "../../i18n";
import { describeMessage } from "./describe";
import { includedTitle } from "./rules/included-title";
import { catalogueOn, formName, nationalLayer } from "../catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../catalogue/national";

const catalogue = catalogueOn(nationalLayer(NATIONAL_CATALOGUE), "2024-12-20", "/1/");
const say = (m: Parameters<typeof describeMessage>[0], lang: "vi" | "en" = "vi") => describeMessage(m, translator(lang), lang, (c) => formName(catalogue, c, lang));

describe("the rules' messages", () => {
  it("exist in the catalogue for every key the rules use", () => {
    const dir = new URL("./rules/", import.meta.url);
    const used = readdirSync(dir).flatMap((f) => [...readFileSync(new URL(f, dir), "utf8").matchAll(/"(rules\.[a-z_.]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    for (const key of used) expect(vi, key).toHaveProperty([key]);
  });

  it("read as officials write: labels, form names and dates", () => {
    expect(say({ key: "rules.rating_below", params: { year: 2024, rating: "completed", min: "good" } })).toBe(
      'Năm 2024 xếp loại "Hoàn thành nhiệm vụ", thấp hơn mức "Hoàn thành tốt nhiệm vụ".',
    );
    expect(say({ key: "rules.already_awarded_year", params: { form: "Lao động tiên tiến", year: 2024, number: "12/QĐ-UBND", date: "2025-01-10" } })).toBe(
      "Đã được tặng Lao động tiên tiến năm 2024 (Quyết định số 12/QĐ-UBND ngày 10 tháng 1 năm 2025).",
    );
    expect(say({ key: "rules.missing_award_year", params: { requires: "CSTDCS", year: 2022 } }, "en")).toBe("Grassroots Emulation Fighter for 2022");
  });

  it("render a nested standard first", () => {
    const r = includedTitle({
      nomination: { formCode: "CSTDCS", year: 2024, commendationKind: "cong_trang", achievement: "", decisionDate: "2024-12-20", checkedOn: "2024-12-20", unitChain: [] },
      record: { kind: "person", name: "A", assessments: [{ year: 2024, rating: "completed" }], disciplines: [], holds: [], initiatives: [], awards: [], members: null },
      catalogue,
    })!;
    expect(say(r.reason)).toBe('Tiêu chuẩn Lao động tiên tiến: Năm 2024 xếp loại "Hoàn thành nhiệm vụ", thấp hơn mức "Hoàn thành tốt nhiệm vụ".');
  });
});
