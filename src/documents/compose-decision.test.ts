import { describe, expect, it } from "vitest";
import { catalogueOn, nationalLayer } from "../domain/catalogue/in-force";
import { NATIONAL_CATALOGUE } from "../domain/catalogue/national";
import { type AwardDecisionContent, type DecisionLine, type RevocationDecisionContent, withBonus } from "../domain/decisions/decision-content";
import type { DocumentHeader } from "../domain/plans/plan-content";
import { composeAwardDecision, composeRevocationDecision } from "./compose-decision";
import type { Block, OfficialDocument } from "./model";

const header = (draft: boolean): DocumentHeader => ({
  parentBody: "UBND THÀNH PHỐ CAM RANH", issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", numberLine: draft ? "Số:      /QĐ-UBND" : "Số: 03/QĐ-UBND",
  placeDateLine: draft ? "Cam Phú, ngày     tháng     năm 2024" : "Cam Phú, ngày 20 tháng 12 năm 2024", signature: { authority: ["CHỦ TỊCH"], signerName: "Đỗ Xuân Chiến", signed: !draft },
  recipients: ["Như Điều 3", "Lưu: VT"], draft, author: "UBND",
});
const line = (over: Partial<DecisionLine>): DecisionLine => ({
  nominationId: 1, formCode: "GK_XA", formName: "", category: "form", rank: 0, recipientKind: "person", recipientId: 1, recipientName: "Nguyễn Thị Nguyệt",
  detail: "Hội Liên hiệp Phụ nữ phường", achievement: "Vận động hội viên", year: 2024, commendationKind: "theo_dot", ...over,
});
const decision = (lines: DecisionLine[], date = "2024-12-20"): AwardDecisionContent =>
  withBonus({ kind: "award", summary: "Về việc khen thưởng", authorityLine: "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", issuer: "Chủ tịch Ủy ban nhân dân phường Cam Phú", bases: ["Căn cứ Biên bản họp ngày 18 tháng 12 năm 2024;"], proposal: "Theo đề nghị của Thường trực Hội đồng.", lines, fund: "Quỹ Thi đua, khen thưởng của phường Cam Phú", executors: "Các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này." }, catalogueOn(nationalLayer(NATIONAL_CATALOGUE), date, null));

const text = (b: Block): string => (b.kind === "list" ? b.items.map((i) => i.map((r) => r.text).join("")).join("\n") : b.kind === "table" ? b.rows.map((r) => r.map((c) => c.map((i) => i.text).join("")).join(" | ")).join("\n") : b.content.map((r) => r.text).join(""));
const body = (d: OfficialDocument) => d.body.map(text).join("\n");

describe("an award decision as a document", () => {
  it("reads: who decides, căn cứ, proposal, QUYẾT ĐỊNH:, Điều 1 for one form, Điều 2 the rate and the total in words, Điều 3", () => {
    const d = composeAwardDecision(decision([line({}), line({ nominationId: 2, recipientKind: "collective", recipientName: "Câu lạc bộ Phụ nữ khởi nghiệp" })]), header(false));
    expect(d.typeName).toBe("QUYẾT ĐỊNH");
    expect(d.body[0]).toMatchObject({ kind: "centered", content: [{ text: "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", bold: true }] });
    expect(body(d)).toMatch(/Căn cứ Nghị định số 98\/2023\/NĐ-CP[^\n]*\nCăn cứ Biên bản họp ngày 18 tháng 12 năm 2024;\nTheo đề nghị của Thường trực Hội đồng\.\nQUYẾT ĐỊNH:\nĐiều 1\. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho 1 cá nhân và 1 tập thể/);
    expect(body(d)).toContain("mỗi cá nhân 0,15 × 2.340.000 đồng (mức lương cơ sở) = 351.000 đồng, làm tròn 360.000 đồng;");
    expect(body(d)).toContain("mỗi tập thể 0,3 × 2.340.000 đồng (mức lương cơ sở) = 702.000 đồng, làm tròn 710.000 đồng;");
    expect(body(d)).toContain("Tổng số tiền thưởng: 1.070.000 đồng (Một triệu không trăm bảy mươi nghìn đồng), chi từ Quỹ Thi đua, khen thưởng của phường Cam Phú.");
    expect(body(d)).toContain("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các cá nhân có tên tại Điều 1");
    expect(body(d)).not.toContain("Dự thảo");
  });

  it("attaches the list after the signature on a landscape page, grouped by form with its total", () => {
    const d = composeAwardDecision(decision([line({}), line({ nominationId: 2, formCode: "LDTT", recipientName: "Lê Văn Bình" })]), header(false));
    const annex = d.annexes![0]!;
    expect(annex.landscape).toBe(true);
    expect(annex.titleLines).toEqual(["DANH SÁCH KHEN THƯỞNG"]);
    expect(annex.attachedTo).toBe("(Kèm theo Quyết định số 03/QĐ-UBND ngày 20 tháng 12 năm 2024 của Chủ tịch Ủy ban nhân dân phường Cam Phú)");
    const rows = text(annex.body[0]!).split("\n");
    expect(rows[1]).toMatch(/^I\. (TẶNG|CÔNG NHẬN)/);
    expect(rows).toContain("1 | Nguyễn Thị Nguyệt | Hội Liên hiệp Phụ nữ phường | Vận động hội viên | 360.000");
    expect(rows.at(-1)).toBe(" | Tổng cộng |  |  | 1.070.000");
    expect(body(d)).toMatch(/Khen thưởng 2 cá nhân[^\n]*gồm:\n(Tặng|Công nhận)/);
    expect(body(d)).toContain('Công nhận danh hiệu "Lao động tiên tiến" cho 1 cá nhân;');
  });

  it("marks a draft's amounts provisional, for the day they were computed", () => {
    const d = composeAwardDecision(decision([line({})], "2026-12-05"), header(true));
    expect(body(d)).toContain("(Dự thảo: số tiền tạm tính theo mức lương cơ sở ngày 05/12/2026; khi ban hành được tính theo mức lương cơ sở tại ngày ký quyết định.)");
    expect(d.annexes![0]!.attachedTo).toContain("Kèm theo Quyết định số      /QĐ-UBND ngày     tháng     năm 2024");
  });

  it("says when the forms carry no bonus, and lists nothing when there is no line", () => {
    const d = composeAwardDecision(decision([line({ formCode: "LDTT", recipientKind: "household" })]), header(false));
    expect(body(d)).toContain("Điều 2. Các hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.");
    expect(composeAwardDecision(decision([]), header(false)).annexes).toEqual([]);
  });
});

describe("a revocation decision (Law Art. 93)", () => {
  it("annuls the awards by their decisions and orders the items and the money back", () => {
    const content: RevocationDecisionContent = {
      kind: "revocation", summary: "Về việc hủy quyết định khen thưởng", authorityLine: "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", lawBases: ["Căn cứ Điều 93 Luật Thi đua, khen thưởng;"], bases: [],
      grounds: "kết luận của Thanh tra phường ngày 10/3/2025 về việc kê khai không trung thực thành tích", executors: "Bà Nguyễn Thị Nguyệt chịu trách nhiệm thi hành.",
      lines: [{ awardId: 7, recipientName: "Nguyễn Thị Nguyệt", formName: "Giấy khen", decisionNumber: "03/QĐ-UBND", decisionDate: "2024-12-20", moneyDue: 360_000 }],
    };
    const d = composeRevocationDecision(content, header(false));
    expect(body(d)).toContain("Căn cứ Điều 93 Luật Thi đua, khen thưởng;\nXét kết luận của Thanh tra phường");
    expect(body(d)).toContain("Điều 1. Hủy quyết định khen thưởng đối với:\nGiấy khen tặng Nguyễn Thị Nguyệt tại Quyết định số 03/QĐ-UBND ngày 20 tháng 12 năm 2024;");
    expect(body(d)).toContain("Điều 2. Thu hồi hiện vật khen thưởng và tiền thưởng (tổng cộng 360.000 đồng):\nNguyễn Thị Nguyệt: nộp lại hiện vật khen thưởng và 360.000 đồng tiền thưởng (Ba trăm sáu mươi nghìn đồng);");
    expect(d.annexes).toEqual([]);
  });
});
