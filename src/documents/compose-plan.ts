// A plan (kế hoạch) as an official document, in the structure of the seed plan: basis,
// introduction, I. Mục đích, yêu cầu (1. Mục đích, 2. Yêu cầu), II. Nội dung kế hoạch,
// III. Tổ chức thực hiện (one numbered part per assigned party), closing. A part with
// nothing in it is left out and the numbers after it close up, so they stay consecutive.
import type { DocumentHeader, PlanContent } from "../domain/plans/plan-content";
import { parseInline, parseMarkup } from "./markup";
import type { Block, OfficialDocument } from "./model";

/** A titled part of the document with its content; `parts` are its numbered sub-parts. */
interface Section {
  title: string;
  blocks: Block[];
  parts?: Section[];
}

export function composePlanDocument(plan: PlanContent, header: DocumentHeader): OfficialDocument {
  const summary = plan.summary.trim();
  const sections: Section[] = [
    {
      title: "MỤC ĐÍCH, YÊU CẦU",
      blocks: [],
      parts: [
        { title: "Mục đích", blocks: markup(plan.purposes) },
        { title: "Yêu cầu", blocks: markup(plan.requirements) },
      ],
    },
    { title: "NỘI DUNG KẾ HOẠCH", blocks: markup(plan.contents) },
    {
      title: "TỔ CHỨC THỰC HIỆN",
      blocks: [],
      parts: plan.assignments.map((a) => ({ title: a.party.trim(), blocks: markup(a.duties) })),
    },
  ];
  return {
    parentBody: header.parentBody,
    issuingBody: header.issuingBody,
    numberLine: header.numberLine,
    placeDateLine: header.placeDateLine,
    typeName: "KẾ HOẠCH",
    summary,
    body: [...markup(plan.basis), ...paragraph(plan.introduction), ...numbered(sections), ...markup(plan.closing)],
    signature: { ...header.signature },
    recipients: [...header.recipients],
    draft: header.draft,
    meta: { title: `Kế hoạch ${summary}`.trimEnd(), author: header.author },
  };
}

/** Level-1 sections get Roman numerals, their parts Arabic ones; empty ones are skipped. */
function numbered(sections: Section[]): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const section of sections) {
    const parts = (section.parts ?? []).filter((p) => p.blocks.length > 0);
    if (section.blocks.length === 0 && parts.length === 0) continue;
    out.push(heading(1, `${romanNumeral(++n)}. ${section.title}`), ...section.blocks);
    parts.forEach((part, k) => out.push(heading(2, `${k + 1}. ${part.title}`), ...part.blocks));
  }
  return out;
}

function heading(level: 1 | 2, text: string): Block {
  return { kind: "heading", level, content: [{ text }] };
}

function markup(text: string): Block[] {
  return parseMarkup(text).blocks;
}

/** One paragraph of inline markup, or nothing when the text is blank. */
function paragraph(text: string): Block[] {
  return text.trim() === "" ? [] : [{ kind: "paragraph", content: parseInline(text.trim()) }];
}

const ROMAN: [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/** 1 → "I", 4 → "IV", 14 → "XIV" (for n from 1 to 3999). */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`romanNumeral: ${n} is not between 1 and 3999`);
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    for (; rest >= value; rest -= value) out += letters;
  }
  return out;
}
