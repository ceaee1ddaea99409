import { describe, expect, it } from "vitest";
import { issuingBodyOf } from "../domain/documents/issuing-body";
import { composeAchievementReport, composeList, composeMinutes, composeProposal, legalBases, type AchievementRecord, type DossierContext } from "./compose-nomination";
import { bodyNameLines, SIZE } from "./layout";
import type { Block, OfficialDocument } from "./model";

const front = issuingBodyOf({ name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee" }, { name: "Phường Cam Phú", kind: "ward" });
const ctx = (over: Partial<DossierContext> = {}): DossierContext => ({
  body: front,
  unitName: "Ủy ban MTTQ phường Cam Phú",
  headName: "Lê Thị Hoa",
  date: "2024-12-20",
  year: 2024,
  addressee: "Chủ tịch Ủy ban nhân dân phường Cam Phú",
  movement: "Phong trào thi đua chào mừng 70 năm Chiến thắng Điện Biên Phủ",
  bases: legalBases("2024-12-20"),
  candidates: [
    { name: "Nguyễn Văn An", kind: "person", position: "Ủy viên Ủy ban MTTQ; Tổ dân phố Phú Thịnh", formName: "Lao động tiên tiến", formIsTitle: true, achievement: "Vận động 40 hộ tham gia" },
    { name: "Trần Thị Bích", kind: "person", position: "Tổ dân phố Hòa Bình", formName: "Lao động tiên tiến", formIsTitle: true, achievement: "" },
    { name: "Tổ dân phố Phú Thịnh", kind: "unit", position: "", formName: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", formIsTitle: false, achievement: "Không có hộ vi phạm" },
  ],
  ...over,
});

/** Every text of a document, in reading order, as one string. */
function textOf(doc: OfficialDocument): string {
  const block = (b: Block): string[] =>
    b.kind === "table" ? b.rows.flatMap((r) => r.map((c) => c.map((i) => i.text).join(""))) : b.kind === "list" ? b.items.map((i) => i.map((x) => x.text).join("")) : [b.content.map((i) => i.text).join("")];
  return [doc.parentBody ?? "", doc.issuingBody, doc.numberLine, doc.placeDateLine, doc.typeName ?? "", doc.summary, ...doc.body.flatMap(block), ...doc.recipients, ...(doc.leftSignature?.authority ?? []), doc.leftSignature?.signerName ?? "", ...doc.signature.authority, doc.signature.signerName].join("\n");
}

describe("the proposal (tờ trình)", () => {
  it("is the Front's: its own body, a blank number for its register, the date in words, its standing committee's signer", () => {
    const doc = composeProposal(ctx());
    expect(doc.issuingBody).toBe("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nPHƯỜNG CAM PHÚ");
    expect(doc.numberLine).toBe("Số:      /TTr-MTTQ");
    expect(doc.placeDateLine).toBe("Cam Phú, ngày 20 tháng 12 năm 2024");
    expect(doc.typeName).toBe("TỜ TRÌNH");
    expect(doc.summary).toBe("Về việc đề nghị khen thưởng trong phong trào thi đua chào mừng 70 năm Chiến thắng Điện Biên Phủ");
    expect(doc.signature).toEqual({ authority: ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"], signerName: "Lê Thị Hoa", signed: false });
    expect(doc.recipients).toEqual(["Như trên", "Lưu: VT"]);
    expect(doc.draft).toBe(false);
    expect(doc.meta.author).toBe("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG CAM PHÚ");
  });

  it("cites the Law and the Decree of the decision date, and puts the candidates under the form proposed", () => {
    const text = textOf(composeProposal(ctx()));
    expect(text).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân phường Cam Phú.");
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
    expect(text).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023");
    expect(text).toContain("khen thưởng cho 02 cá nhân và 01 tập thể đã có thành tích xuất sắc trong phong trào thi đua chào mừng");
    expect(text).toContain("1. Công nhận danh hiệu “Lao động tiên tiến” năm 2024 cho 02 cá nhân:");
    expect(text).toContain("Nguyễn Văn An, Ủy viên Ủy ban MTTQ; Tổ dân phố Phú Thịnh;");
    expect(text).toContain("2. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho 01 tập thể:");
    expect(textOf(composeProposal(ctx({ bases: legalBases("2025-12-20") })))).toContain("Nghị định số 152/2025/NĐ-CP");
  });

  it("leaves the day and month blank when it has no date, and the head's name for the signer when the registry has none", () => {
    const doc = composeProposal(ctx({ date: null, headName: "" }));
    expect(doc.placeDateLine).toBe("Cam Phú, ngày     tháng     năm 2024");
    expect(doc.signature.signerName).toBe("");
  });

  it("breaks the Front's name where it is written, and balances a line too wide for its column", () => {
    expect(bodyNameLines(front.issuingBody, SIZE.issuingBody)).toEqual(["ỦY BAN MẶT TRẬN", "TỔ QUỐC VIỆT NAM", "PHƯỜNG CAM PHÚ"]);
  });
});

describe("the list (danh sách)", () => {
  it("has a header row and a row per candidate, with the form and the achievement", () => {
    const doc = composeList(ctx());
    const table = doc.body.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]!.map((c) => c[0]!.text)).toEqual(["STT", "Họ và tên (tên tập thể)", "Chức vụ, đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích"]);
    expect(table.rows[1]!.map((c) => c[0]!.text)).toEqual(["1", "Nguyễn Văn An", "Ủy viên Ủy ban MTTQ; Tổ dân phố Phú Thịnh", "Danh hiệu “Lao động tiên tiến”", "Vận động 40 hộ tham gia"]);
    expect(table.rows[3]![3]![0]!.text).toBe("Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã");
    expect(textOf(doc)).toContain("(Kèm theo Tờ trình số      /TTr-MTTQ");
    expect(doc.typeName).toBe("DANH SÁCH");
    const consultation = composeList(ctx(), { consultation: true }).body.find((b) => b.kind === "table");
    expect(consultation?.kind === "table" && consultation.rows[0]!.at(-1)![0]!.text).toBe("Kết quả lấy ý kiến");
  });
});

describe("the achievement report (báo cáo thành tích)", () => {
  const record = (over: Partial<AchievementRecord> = {}): AchievementRecord => ({
    nominee: { name: "Nguyễn Văn An", kind: "person", position: "Ủy viên Ủy ban MTTQ; Tổ dân phố Phú Thịnh", unitName: "Tổ dân phố Phú Thịnh", gender: "Nam", born: "1980", ethnicity: "Kinh" },
    formName: "Lao động tiên tiến",
    formIsTitle: true,
    achievement: "Vận động 40 hộ tham gia Ngày hội Đại đoàn kết",
    assessments: [{ year: 2024, rating: "good" }, { year: 2023, rating: "excellent" }],
    initiatives: [{ title: "Số hóa hồ sơ mặt trận", scope: "unit", recognisedOn: "2024-06-01", recognisedBy: "Chủ tịch UBND phường" }],
    awards: [
      { year: 2023, formName: "Lao động tiên tiến", isTitle: true, decisionNumber: "120/QĐ-UBND", decisionDate: "2023-12-25", decidingBody: "Chủ tịch UBND phường Cam Phú" },
      { year: null, formName: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", isTitle: false, decisionNumber: "15/QĐ-UBND", decisionDate: "2024-01-10", decidingBody: "Chủ tịch UBND phường Cam Phú" },
    ],
    movement: {
      name: "Phong trào thi đua năm 2024",
      participant: "Ủy ban MTTQ phường Cam Phú",
      registration: { submittedOn: "2024-03-25", status: "đã được chấp nhận", titles: ["Tập thể lao động tiên tiến"] },
      reviews: [{ criterion: "Hộ tham gia", stage: "final", target: "40 hộ", self: "42 hộ", unit: "41 hộ" }],
      checkins: 3,
      evidence: 2,
    },
    ...over,
  });

  it("lists the yearly assessments, the initiatives and the awards with their decision numbers", () => {
    const doc = composeAchievementReport(ctx(), record());
    const text = textOf(doc);
    expect(doc.typeName).toBe("BÁO CÁO THÀNH TÍCH");
    expect(doc.summary).toBe("Đề nghị công nhận danh hiệu “Lao động tiên tiến” năm 2024");
    expect(text).toContain("Năm 2023: Hoàn thành xuất sắc nhiệm vụ;\nNăm 2024: Hoàn thành tốt nhiệm vụ;");
    expect(text).toContain("“Số hóa hồ sơ mặt trận”, phạm vi ảnh hưởng cấp cơ sở, công nhận ngày 01/06/2024");
    expect(text).toContain("Quyết định số 120/QĐ-UBND ngày 25/12/2023 của Chủ tịch UBND phường Cam Phú");
    expect(text).toContain("Quyết định số 15/QĐ-UBND ngày 10/01/2024 của Chủ tịch UBND phường Cam Phú");
    // Titles and forms of commendation in their own tables, in the order of the law's form.
    expect(text.indexOf("120/QĐ-UBND")).toBeLessThan(text.indexOf("2. Hình thức khen thưởng"));
    expect(text.indexOf("15/QĐ-UBND")).toBeGreaterThan(text.indexOf("2. Hình thức khen thưởng"));
  });

  it("draws the movement's registration, reviews and evidence", () => {
    const text = textOf(composeAchievementReport(ctx(), record()));
    expect(text).toContain("Kết quả tham gia phong trào thi đua năm 2024");
    expect(text).toContain("Đăng ký thi đua của Ủy ban MTTQ phường Cam Phú ngày 25/03/2024, danh hiệu đăng ký: Tập thể lao động tiên tiến (đã được chấp nhận);");
    expect(text).toContain("Báo cáo tiến độ: 3 lần, kèm 2 tệp minh chứng.");
    expect(text).toContain("42 hộ\n41 hộ");
  });

  it("is signed by the nominee and certified by the unit's head", () => {
    const doc = composeAchievementReport(ctx(), record());
    expect(doc.signature).toMatchObject({ authority: ["NGƯỜI BÁO CÁO THÀNH TÍCH"], signerName: "Nguyễn Văn An" });
    expect(doc.leftSignature).toMatchObject({ authority: ["XÁC NHẬN CỦA ĐƠN VỊ", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"], signerName: "Lê Thị Hoa" });
  });

  it("leaves the ratings and the birth date to fill in for those who may not see them, and says when there are no awards", () => {
    const text = textOf(composeAchievementReport(ctx(), record({ assessments: null, awards: [], nominee: { ...record().nominee, born: null } })));
    expect(text).not.toContain("Hoàn thành tốt nhiệm vụ");
    expect(text).toContain("(Đơn vị ghi kết quả đánh giá, xếp loại)");
    expect(text).toContain("Ngày, tháng, năm sinh: ……………………;");
    expect(text).toContain("1. Danh hiệu thi đua\nChưa có.");
  });
});

describe("the minutes (biên bản)", () => {
  it("dates the meeting, leaves attendance and votes to fill in, and is signed by the chair and the secretary", () => {
    const doc = composeMinutes(ctx(), "emulation");
    const text = textOf(doc);
    expect(doc.numberLine).toBe("Số:      /BB-MTTQ");
    expect(doc.summary).toBe("Họp bình xét thi đua năm 2024");
    expect(text).toContain("ngày 20 tháng 12 năm 2024, tại ……………………, Ủy ban MTTQ phường Cam Phú tổ chức họp bình xét thi đua năm 2024.");
    expect(text).toContain("Chủ trì: Lê Thị Hoa");
    expect(text).toContain("Số thành viên có mặt: ………/……… thành viên");
    const table = doc.body.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.slice(1).map((r) => [r[1]![0]!.text, r[3]![0]!.text])).toEqual([["Nguyễn Văn An", ""], ["Trần Thị Bích", ""], ["Tổ dân phố Phú Thịnh", ""]]);
    expect(doc.signature.authority).toEqual(["CHỦ TRÌ"]);
    expect(doc.leftSignature?.authority).toEqual(["THƯ KÝ"]);
    expect(composeMinutes(ctx(), "commendation").summary).toBe("Họp xét đề nghị khen thưởng năm 2024");
  });
});

describe("both renderers", () => {
  it("write a document with a second signer on the left in place of Nơi nhận", async () => {
    const { renderDocx } = await import("./docx");
    const { renderPdf } = await import("./pdf");
    const doc = composeMinutes(ctx(), "emulation");
    expect((await renderPdf(doc)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const docx = await renderDocx(doc);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
