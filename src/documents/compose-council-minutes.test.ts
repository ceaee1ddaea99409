import { describe, expect, it } from "vitest";
import type { SessionRules } from "../domain/council/rules";
import { tally } from "../domain/council/tally";
import { composeCountMinutes, composeMeetingMinutes, councilInSentence, councilParentBody, minutesDocument, percentWords, ruleWords, type MinutesData } from "./compose-council-minutes";
import type { Block, OfficialDocument } from "./model";

const RULES: SessionRules = {
  quorum: { value: { numerator: 2, denominator: 3 }, citation: "Điều 47 khoản 4 Nghị định 98/2023/NĐ-CP", unconfirmed: true },
  council: { value: { recuseOwnOrganisation: false, recusedCount: "excluded", writtenOpinions: "record", receipts: "codes" }, citation: "Quy chế Hội đồng", unconfirmed: true },
  thresholds: {
    CSTDCS: { value: { numerator: 80, denominator: 100, over: "all", strict: false, secret: true }, citation: "Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP", unconfirmed: false },
    "*": { value: { numerator: 1, denominator: 2, over: "present", strict: true, secret: true }, citation: "Quy chế Hội đồng", unconfirmed: true },
  },
};

function data(over: Partial<MinutesData> = {}): MinutesData {
  const members = [
    { memberId: 1, name: "Lê Văn Chủ", post: "chair" as const, attendance: "present" as const },
    { memberId: 2, name: "Phạm Thị Thư", post: "secretary" as const, attendance: "present" as const },
    { memberId: 3, name: "Hoàng Văn Nam", post: "member" as const, attendance: "absent" as const },
    { memberId: 4, name: "Đỗ Văn Tâm", post: "member" as const, attendance: "absent" as const },
  ];
  const result = tally("CSTDCS", { agree: 2, disagree: 0, invalid: 0, opinionsAgree: 1, opinionsDisagree: 0 }, { members: 4, voters: 2, recused: 0 }, RULES);
  return {
    session: {
      id: 9,
      title: "Xét khen thưởng năm 2024",
      meetsAt: new Date("2024-03-05T01:30:00Z"),
      place: "",
      status: "closed",
      ballotMode: "online",
      receiptMode: "with_choices",
      rules: RULES,
      votingOpenedAt: null,
      votingClosedAt: new Date("2024-03-06T02:00:00Z"),
    },
    unit: { id: 1, name: "Xã Cam Hải Đông", kind: "commune", path: "/1/2/" },
    parent: { name: "Tỉnh Khánh Hòa", kind: "province" },
    members,
    chair: members[0]!,
    secretary: members[1]!,
    items: [
      { itemId: 1, nominationId: 1, position: 0, formCode: "CSTDCS", formName: "Chiến sĩ thi đua cơ sở", nomineeName: "Nguyễn Văn An", nominatingUnit: "Thôn 1", result, passed: result.passed, recusals: [], receipts: 2, paper: null },
    ],
    opinions: [{ itemId: 1, memberId: 3, name: "Hoàng Văn Nam", post: "member", choice: "agree", note: "" }],
    ...over,
  };
}

const words = (doc: OfficialDocument) =>
  [doc.parentBody, doc.issuingBody, doc.numberLine, doc.placeDateLine, doc.typeName, doc.summary, ...doc.body.flatMap(blockText), ...doc.signature.authority, doc.signature.signerName, ...(doc.leftSignature?.authority ?? []), doc.leftSignature?.signerName].join("\n");
function blockText(b: Block): string[] {
  if (b.kind === "heading" || b.kind === "paragraph" || b.kind === "centered") return [b.content.map((i) => i.text).join("")];
  if (b.kind === "list") return b.items.map((i) => i.map((r) => r.text).join(""));
  return b.rows.map((r) => r.map((c) => c.map((i) => i.text).join("")).join(" | "));
}

describe("the council's minutes, composed", () => {
  it("name the council under its commune, dated the meeting's day with the leading zeros of Decree 30", () => {
    const doc = composeMeetingMinutes(data());
    expect(doc.parentBody).toBe("UBND XÃ CAM HẢI ĐÔNG");
    expect(doc.placeDateLine).toBe("Cam Hải Đông, ngày 05 tháng 3 năm 2024");
    expect(doc.numberLine).toBe("Số:      /BB-HĐTĐKT");
    expect(doc.signature).toMatchObject({ authority: ["CHỦ TỌA"], signerName: "Lê Văn Chủ" });
    expect(doc.leftSignature).toMatchObject({ authority: ["THƯ KÝ"], signerName: "Phạm Thị Thư" });
    expect(doc.recipients).toEqual([]);
    expect(councilInSentence(data().unit)).toBe("Hội đồng Thi đua – Khen thưởng xã Cam Hải Đông");
    expect(councilParentBody({ id: 2, name: "Ủy ban MTTQ phường Cam Phú", kind: "front_committee", path: "/1/3/" })).toBe("ỦY BAN MTTQ PHƯỜNG CAM PHÚ");
  });

  it("say when the quorum is not met, leave a blank place, and close on another day with its date", () => {
    const text = words(composeMeetingMinutes(data()));
    expect(text).toContain("Hôm nay, vào lúc 08 giờ 30, ngày 5 tháng 3 năm 2024, tại ……………………,");
    expect(text).toContain("Số thành viên có mặt: 2/4; theo quy định phải có ít nhất 3/4 thành viên (2/3 tổng số thành viên, Điều 47 khoản 4 Nghị định 98/2023/NĐ-CP): phiên họp không đủ số thành viên theo quy định.");
    expect(text).toContain("Phiên họp kết thúc vào lúc 09 giờ 00, ngày 6 tháng 3 năm 2024");
  });

  it("record written opinions the council's rules do not count, and say so", () => {
    const text = words(composeMeetingMinutes(data()));
    expect(text).toContain("được ghi nhận, không tính vào kết quả theo Quy chế Hội đồng");
    expect(text).toContain("Ý kiến bằng văn bản: đồng ý 1, không đồng ý 0 (ghi nhận, không tính);");
    expect(text).toContain("Tổng số tán thành: 2/4 (50%); yêu cầu từ 80% tổng số thành viên Hội đồng trở lên, tức ít nhất 4/4");
    expect(text).toContain("Không có trường hợp nào đạt số phiếu theo quy định.");
  });

  it("say receipts were published with their choices when the session said so, and name no voter", () => {
    const doc = minutesDocument(data(), "count");
    expect(doc).toEqual(composeCountMinutes(data()));
    const text = words(doc);
    expect(text).toContain("hệ thống đã công bố 02 mã biên nhận kèm lựa chọn, theo quy chế của Hội đồng");
    expect(text).not.toContain("Hoàng Văn Nam");
    expect(text).not.toContain("Đỗ Văn Tâm");
  });

  it("leave the signers' names blank when the session has none", () => {
    const doc = composeMeetingMinutes(data({ chair: null, secretary: null }));
    expect(doc.signature.signerName).toBe("");
    expect(words(doc)).toContain("Chủ tọa: ……………………;");
  });

  it("write shares and rules in words", () => {
    expect(percentWords(5 / 6)).toBe("83,3%");
    expect(percentWords(0.5)).toBe("50%");
    expect(ruleWords({ numerator: 1, denominator: 2, over: "present", strict: true, secret: true })).toBe("trên 1/2 số thành viên dự họp được biểu quyết");
  });
});
