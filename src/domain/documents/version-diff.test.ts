import { describe, expect, it } from "vitest";
import type { PlanContent } from "../plans/plan-content";
import { diffPlans } from "./version-diff";

const plan: PlanContent = {
  summary: "Phát động phong trào thi đua",
  basis: "Thực hiện công văn số 1240/UBND-NV",
  introduction: "",
  purposes: "- Tuyên truyền sâu rộng",
  requirements: "- Công khai, kịp thời",
  contents: "1. Tổ chức phát động",
  assignments: [{ party: "Công chức Văn hóa – Xã hội", duties: "Viết tin, bài." }],
  closing: "Yêu cầu thực hiện./.",
};

describe("diff between plan versions", () => {
  it("shows only the sections that changed, with the words added and removed", () => {
    const diff = diffPlans(plan, { ...plan, purposes: "- Tuyên truyền rộng rãi", assignments: [...plan.assignments, { party: "Đoàn Thanh niên", duties: "Vận động đoàn viên." }] });
    expect(diff.map((d) => d.section)).toEqual(["purposes", "assignments"]);
    const purposes = diff[0]!.changes;
    expect(purposes.filter((c) => c.kind === "removed").map((c) => c.text.trim())).toEqual(["sâu"]);
    expect(purposes.filter((c) => c.kind === "added").map((c) => c.text.trim())).toEqual(["rãi"]);
    expect(diff[1]!.changes.some((c) => c.kind === "added" && c.text.includes("Đoàn Thanh niên"))).toBe(true);
  });
  it("is empty for the same content", () => {
    expect(diffPlans(plan, structuredClone(plan))).toEqual([]);
  });
});
