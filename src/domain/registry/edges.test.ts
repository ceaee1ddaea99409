// Edges of the registry rules that `npm run mutate` found untested: the cells Excel really
// sends (rich text, links, formulas, empty cells), blank lines, the limits of a name, a birth
// date and a member count, and the optional columns carried through.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ethnicityCode } from "./ethnicities";
import { isOfficialCode, parseOfficialUnits } from "./official-units";
import { describeProblem, parseCollectivesSheet, parsePeopleSheet } from "./people-sheet";
import { parseGender } from "./person";

describe("codes and genders", () => {
  it("numbers the first ethnic group 01", () => {
    expect(ethnicityCode("Kinh")).toBe("01");
    expect(ethnicityCode("Người Sao Hỏa")).toBeNull();
  });

  it("takes only 2 or 5 digits as an official code", () => {
    expect(isOfficialCode("01")).toBe(true);
    expect(isOfficialCode("22420")).toBe(true);
    expect(isOfficialCode("22420-TDP01")).toBe(false);
    expect(isOfficialCode("")).toBe(false);
    expect(isOfficialCode(null)).toBe(false);
  });

  it("reads the short and English forms of a gender", () => {
    expect(["M", "male", "Nam"].map(parseGender)).toEqual(["male", "male", "male"]);
    expect(["F", "female", "nu", "NỮ"].map(parseGender)).toEqual(["female", "female", "female", "female"]);
  });
});

describe("the official list's header", () => {
  const row = "01,Thành phố Hà Nội,00004,Phường Ba Đình";
  it("refuses four columns with other names, and the right four with one more", () => {
    expect(parseOfficialUnits(`ma_tinh,ten_tinh,ma_xa,ten_xa\n${row}\n`).ok).toBe(false);
    expect(parseOfficialUnits(`province_code,province_name,commune_code,commune_name,note\n${row},x\n`).ok).toBe(false);
    expect(parseOfficialUnits(`province_code,province_name,commune_code,commune_name\n${row}\n`).ok).toBe(true);
  });
});

describe("cells as Excel gives them", () => {
  const header = ["Họ và tên", "Số điện thoại", "Email", "Địa chỉ", "Nơi sinh hoạt", "Mã hộ", "Quan hệ với chủ hộ"];

  it("reads rich text, a link's text and a formula's result, and an empty or missing cell as nothing", () => {
    const { rows, problems } = parsePeopleSheet([
      header,
      [{ richText: [{ text: "Nguyễn " }, { text: "Văn An" }] } as never, { formula: "A1", result: "0912 345 678" } as never, { text: "an@example.vn", hyperlink: "mailto:an@example.vn" } as never, null, undefined],
      ["Trần Thị Bình"],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.fullName, r.phone, r.email, r.address, r.unit, r.household])).toEqual([
      ["Nguyễn Văn An", "0912 345 678", "an@example.vn", null, null, null],
      ["Trần Thị Bình", null, null, null, null, null],
    ]);
  });

  it("carries the optional columns through", () => {
    const { rows } = parsePeopleSheet([header, ["Lê Văn Cường", "0912345678", "cuong@example.vn", "Số 5, ngõ 12", "Tổ dân phố 3", "H07", "Con"]]);
    expect(rows[0]).toMatchObject({ phone: "0912345678", email: "cuong@example.vn", address: "Số 5, ngõ 12", unit: "Tổ dân phố 3", household: "H07", householdRole: "Con" });
  });

  it("skips a blank line and keeps the sheet's row numbers", () => {
    const { rows, problems } = parsePeopleSheet([header, ["Lê Văn Cường"], ["", "", ""], [], ["Phạm Thị Dung"]]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.fullName])).toEqual([[2, "Lê Văn Cường"], [5, "Phạm Thị Dung"]]);
  });
});

describe("the people sheet's limits", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2024-06-01T05:00:00Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const sheet = (...rows: string[][]) => parsePeopleSheet([["Họ và tên", "Ngày sinh"], ...rows]).problems.map(describeProblem);

  it("takes a name of 120 characters, not 121", () => {
    expect(sheet(["A".repeat(120), ""])).toEqual([]);
    expect(sheet(["A".repeat(121), ""])).toEqual(["Dòng 2, cột Họ và tên: quá dài (tối đa 120 ký tự)"]);
  });

  it("takes a birth date from 1 January 1900 to today, not tomorrow", () => {
    expect(sheet(["Người Một", "1/1/1900"], ["Người Hai", "1/6/2024"])).toEqual([]);
    expect(sheet(["Người Ba", "2/6/2024"], ["Người Bốn", "1/1/2030"])).toEqual([
      "Dòng 2, cột Ngày sinh: '2/6/2024' nằm ngoài khoảng từ năm 1900 đến hôm nay",
      "Dòng 3, cột Ngày sinh: '1/1/2030' nằm ngoài khoảng từ năm 1900 đến hôm nay",
    ]);
  });

  it("does not take two people of the same name without birth dates for one", () => {
    expect(sheet(["Nguyễn Văn An", ""], ["Nguyễn Văn An", ""])).toEqual([]);
  });
});

describe("the collectives sheet's member count", () => {
  const counts = (...values: string[]) =>
    parseCollectivesSheet([["Tên tập thể", "Số thành viên"], ...values.map((v, i) => [`Tập thể ${i}`, v])]).problems.map((p) => `${p.row}: ${p.message}`);

  it("takes 1 to 100,000 members, not 0 or more", () => {
    expect(counts("1", "100000")).toEqual([]);
    expect(counts("0", "100001")).toEqual(["2: '0' phải là số nguyên dương", "3: '100001' phải là số nguyên dương"]);
  });
});
