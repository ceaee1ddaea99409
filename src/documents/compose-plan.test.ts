import { describe, expect, it } from "vitest";
import type { PlanContent } from "../domain/plans/plan-content";
import { CAM_PHU_PLAN, CAM_PHU_PLAN_HEADER_EXAMPLE } from "../features/demo/cam-phu-plan";
import { composePlanDocument, romanNumeral } from "./compose-plan";
import type { Block } from "./model";

const headings = (body: Block[]) =>
  body.filter((b) => b.kind === "heading").map((b) => `${b.level}:${b.content.map((r) => r.text).join("")}`);

const text = (b: Block | undefined) => (b?.kind === "paragraph" || b?.kind === "heading" ? b.content.map((r) => r.text).join("") : "");

describe("romanNumeral", () => {
  it("writes the numbers of the parts", () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 1994].map(romanNumeral)).toEqual(["I", "II", "III", "IV", "V", "IX", "XIV", "XL", "MCMXCIV"]);
  });

  it("refuses numbers it cannot write", () => {
    expect(() => romanNumeral(0)).toThrow(RangeError);
    expect(() => romanNumeral(1.5)).toThrow(RangeError);
  });
});

describe("composePlanDocument", () => {
  const doc = composePlanDocument(CAM_PHU_PLAN, CAM_PHU_PLAN_HEADER_EXAMPLE);

  it("takes the header, the type name and the summary", () => {
    expect(doc).toMatchObject({
      parentBody: "UBND THÀNH PHỐ CAM RANH",
      issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ",
      numberLine: "Số: 35/KH-UBND",
      placeDateLine: "Cam Phú, ngày 21 tháng 3 năm 2024",
      typeName: "KẾ HOẠCH",
      summary: CAM_PHU_PLAN.summary,
      signature: { authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signerName: "Đỗ Xuân Chiến", signed: true },
      draft: false,
      meta: { title: `Kế hoạch ${CAM_PHU_PLAN.summary}`, author: "UBND phường Cam Phú" },
    });
    expect(doc.recipients.at(-1)).toBe("Lưu: VT, VP");
  });

  it("lays the body out as the seed plan", () => {
    expect(headings(doc.body)).toEqual([
      "1:I. MỤC ĐÍCH, YÊU CẦU",
      "2:1. Mục đích",
      "2:2. Yêu cầu",
      "1:II. NỘI DUNG KẾ HOẠCH",
      "1:III. TỔ CHỨC THỰC HIỆN",
      "2:1. Thường trực Hội đồng Thi đua - Khen thưởng",
      "2:2. Ủy ban Mặt trận TQVN và các tổ chức chính trị - xã hội",
      "2:3. Công chức Văn hóa – Xã hội",
    ]);
    expect(text(doc.body[0])).toMatch(/^Thực hiện công văn số 1240\/UBND-NV/);
    expect(text(doc.body[1])).toBe("UBND phường xây dựng kế hoạch phát động phong trào thi đua cụ thể như sau:");
    expect(text(doc.body.at(-1))).toBe("Yêu cầu cán bộ, công chức nghiêm túc thực hiện nội dung kế hoạch này./.");
  });

  it("keeps the seed's lists, italics and bold", () => {
    const lists = doc.body.filter((b) => b.kind === "list");
    expect(lists.map((l) => [l.ordered, l.items.length])).toEqual([
      [false, 4],
      [false, 2],
      [true, 5],
    ]);
    const runs = doc.body.flatMap((b) => (b.kind === "list" ? b.items.flat() : b.kind === "paragraph" ? b.content : []));
    expect(runs.filter((r) => r.italic)).toHaveLength(6);
    expect(runs.find((r) => r.bold)).toEqual({ text: "trước ngày 20/11/2024", bold: true });
  });

  it("leaves out empty parts and keeps the numbers consecutive", () => {
    const plan: PlanContent = {
      ...CAM_PHU_PLAN,
      basis: "",
      purposes: "  ",
      requirements: "",
      assignments: [
        { party: "Không có việc", duties: "" },
        { party: "Công chức Văn hóa – Xã hội", duties: "Viết tin." },
      ],
    };
    expect(headings(composePlanDocument(plan, CAM_PHU_PLAN_HEADER_EXAMPLE).body)).toEqual([
      "1:I. NỘI DUNG KẾ HOẠCH",
      "1:II. TỔ CHỨC THỰC HIỆN",
      "2:1. Công chức Văn hóa – Xã hội",
    ]);
    const onlyRequirements = { ...plan, requirements: "- Nghiêm túc." };
    expect(headings(composePlanDocument(onlyRequirements, CAM_PHU_PLAN_HEADER_EXAMPLE).body).slice(0, 2)).toEqual([
      "1:I. MỤC ĐÍCH, YÊU CẦU",
      "2:1. Yêu cầu",
    ]);
  });

  it("does not share the header's arrays", () => {
    expect(doc.recipients).not.toBe(CAM_PHU_PLAN_HEADER_EXAMPLE.recipients);
    expect(doc.signature).not.toBe(CAM_PHU_PLAN_HEADER_EXAMPLE.signature);
  });
});
