import { describe, expect, it } from "vitest";
import { authorityLines } from "./authority";
import { placeDateLine } from "./date-line";
import { issuingBodyOf } from "./issuing-body";
import { numberLine } from "./numbering";
import { localityOf, organisationOf } from "./organisation-bodies";

const ward = { name: "Phường Cam Phú", kind: "ward" } as const;
const body = (name: string, kind: "front_committee" | "mass_organisation" | "residential_group" = "mass_organisation") => issuingBodyOf({ name, kind }, ward);
const signing = (b: ReturnType<typeof body>) => authorityLines(b.collectiveBody ? "TM" : "HEAD", b, b.headTitle);

describe("the Front and the mass organisations sign in their own name", () => {
  it("gives the Front its body, symbol and standing committee: Số: 05/TTr-MTTQ, TM. BAN THƯỜNG TRỰC / CHỦ TỊCH", () => {
    const front = body("Ủy ban Mặt trận Tổ quốc phường Cam Phú", "front_committee");
    expect(front.issuingBody).toBe("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nPHƯỜNG CAM PHÚ");
    expect(front.parentBody).toBeNull();
    expect(numberLine(5, { typeCode: "TTr", issuerCode: front.issuerCode })).toBe("Số: 05/TTr-MTTQ");
    expect(numberLine(null, { typeCode: "TTr", issuerCode: front.issuerCode })).toBe("Số:      /TTr-MTTQ");
    expect(signing(front)).toEqual(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]);
    expect(placeDateLine(front.place, "2024-12-20")).toBe("Cam Phú, ngày 20 tháng 12 năm 2024");
  });

  it("reads abbreviated and differently accented names alike", () => {
    for (const name of ["Ủy ban MTTQ phường Cam Phú", "Uỷ ban Mặt trận Tổ quốc Việt Nam phường Cam Phú", "UB MTTQ phường Cam Phú"]) {
      expect(organisationOf({ name, kind: "front_committee" })?.key, name).toBe("front");
    }
    expect(organisationOf({ name: "Hội LHPN phường Cam Phú", kind: "mass_organisation" })?.key).toBe("women");
  });

  it("gives each mass organisation its symbol and its executive committee's signer", () => {
    const cases: [string, string, string[], string][] = [
      ["Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Cam Phú", "ĐTN", ["TM. BAN CHẤP HÀNH", "BÍ THƯ"], "BAN CHẤP HÀNH ĐOÀN\nPHƯỜNG CAM PHÚ"],
      ["Hội Liên hiệp Phụ nữ phường Cam Phú", "HPN", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"], "HỘI LIÊN HIỆP PHỤ NỮ\nPHƯỜNG CAM PHÚ"],
      ["Hội Cựu chiến binh phường Cam Phú", "CCB", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"], "HỘI CỰU CHIẾN BINH\nPHƯỜNG CAM PHÚ"],
      ["Hội Nông dân phường Cam Phú", "HND", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"], "HỘI NÔNG DÂN\nPHƯỜNG CAM PHÚ"],
      // "Công đoàn" holds "đoàn": the trade union is not the Youth Union.
      ["Công đoàn cơ sở phường Cam Phú", "CĐCS", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"], "CÔNG ĐOÀN CƠ SỞ\nPHƯỜNG CAM PHÚ"],
    ];
    for (const [name, symbol, lines, issuing] of cases) {
      const b = body(name);
      expect(b.issuerCode, name).toBe(symbol);
      expect(signing(b), name).toEqual(lines);
      expect(b.issuingBody, name).toBe(issuing);
      expect(b.place, name).toBe("Cam Phú");
    }
    expect(numberLine(3, { typeCode: "BC", issuerCode: body("Hội Nông dân phường Cam Phú").issuerCode })).toBe("Số: 03/BC-HND");
  });

  it("lets a residential group's head sign alone, under the ward's committee", () => {
    const group = body("Tổ dân phố Phú Thịnh", "residential_group");
    expect(group).toMatchObject({ parentBody: "UBND PHƯỜNG CAM PHÚ", issuingBody: "TỔ DÂN PHỐ PHÚ THỊNH", issuerCode: "TDP", place: "Cam Phú" });
    expect(signing(group)).toEqual(["TỔ TRƯỞNG"]);
  });

  it("leaves the People's Committee and other units as they were", () => {
    expect(issuingBodyOf(ward, { name: "Tỉnh Khánh Hòa", kind: "province" })).toMatchObject({ issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", issuerCode: "UBND" });
    expect(issuingBodyOf({ name: "Trường Tiểu học Cam Phú", kind: "school" }, ward)).toMatchObject({ issuingBody: "TRƯỜNG TIỂU HỌC CAM PHÚ", issuerCode: "" });
  });

  it("finds the locality in the name, or in the parent's", () => {
    expect(localityOf({ name: "Hội Nông dân phường Cam Phú" }, null)).toBe("phường Cam Phú");
    expect(localityOf({ name: "Hội Nông dân" }, { name: "Xã Cam Hải Đông" })).toBe("Xã Cam Hải Đông");
    expect(localityOf({ name: "Hội Nông dân thị xã Ninh Hòa" }, null)).toBe("thị xã Ninh Hòa");
    expect(localityOf({ name: "Hội Nông dân" }, null)).toBeNull();
  });
});
