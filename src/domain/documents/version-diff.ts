// What changed between two versions of a plan, section by section, word by word, as a
// reviewer reads it: unchanged sections are left out.
import { diffWords } from "diff";
import type { PlanContent } from "../plans/plan-content";

export const PLAN_SECTIONS = ["summary", "basis", "introduction", "purposes", "requirements", "contents", "assignments", "closing"] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export interface Change {
  kind: "added" | "removed" | "same";
  text: string;
}
export interface SectionDiff {
  section: PlanSection;
  changes: Change[];
}

function sectionText(plan: PlanContent, section: PlanSection): string {
  if (section !== "assignments") return plan[section] ?? "";
  return plan.assignments.map((a, i) => `${i + 1}. ${a.party}${a.dueDate ? ` (hạn ${a.dueDate})` : ""}\n${a.duties}`).join("\n\n");
}

export function diffPlans(before: PlanContent, after: PlanContent): SectionDiff[] {
  return PLAN_SECTIONS.flatMap((section) => {
    const [a, b] = [sectionText(before, section), sectionText(after, section)];
    if (a === b) return [];
    const changes = diffWords(a, b).map((part): Change => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
    return [{ section, changes }];
  });
}
