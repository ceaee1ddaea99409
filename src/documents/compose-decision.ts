// A decision (quyết định) as an official document, in the pattern of real award decisions
// (docs/legal.md, "Award decision pattern"): who decides, the căn cứ lines, the proposal, the
// centred "QUYẾT ĐỊNH:", Điều 1 the awards (the list attached after the signature, landscape),
// Điều 2 the bonus and its fund, Điều 3 execution. A revocation decision (Law Art. 93) annuls
// awards and orders the items and money back; it has no list.
import { amountInWords } from "../domain/bonus/words";
import {
  type AwardDecisionContent,
  countWords,
  type DecisionLine,
  groupByForm,
  type RevocationDecisionContent,
  totalBonus,
} from "../domain/decisions/decision-content";
import type { DocumentHeader } from "../domain/plans/plan-content";
import { formatDate, formatShortDate } from "../domain/text/dates";
import type { Annex, Block, Inline, OfficialDocument } from "./model";
import { romanNumeral } from "./compose-plan";

const money = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);
const decimal = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 }).format(n);

const italic = (text: string): Block => ({ kind: "paragraph", content: [{ text, italic: true }] });
const article = (n: number, text: Inline[]): Block => ({ kind: "paragraph", content: [{ text: `Điều ${n}. `, bold: true }, ...text] });
const centred = (text: string, spaceBeforePt = 0): Block => ({ kind: "centered", content: [{ text, bold: true }], spaceBeforePt });

/** "Tặng Giấy khen …" for a form, "Công nhận danh hiệu …" for a title. */
function grant(category: "title" | "form", formName: string): string {
  return category === "title" ? `Công nhận danh hiệu "${formName}"` : `Tặng ${formName}`;
}

function frame(header: DocumentHeader, summary: string, body: Block[], annexes: Annex[]): OfficialDocument {
  return {
    parentBody: header.parentBody,
    issuingBody: header.issuingBody,
    numberLine: header.numberLine,
    placeDateLine: header.placeDateLine,
    typeName: "QUYẾT ĐỊNH",
    summary,
    body,
    signature: { ...header.signature },
    recipients: [...header.recipients],
    annexes,
    draft: header.draft,
    meta: { title: `Quyết định ${summary}`.trimEnd(), author: header.author },
  };
}

/** "12/QĐ-UBND ngày 20 tháng 12 năm 2024" from the header's number and date lines (blanks in a draft). */
function numberAndDate(header: DocumentHeader): string {
  // One space after "Số:" goes; a draft's blank number keeps its space for the hand-written one.
  const number = header.numberLine.replace(/^Số:\s/, "");
  const date = header.placeDateLine.slice(header.placeDateLine.indexOf(",") + 1).trim();
  return `${number} ${date}`;
}

export function composeAwardDecision(content: AwardDecisionContent, header: DocumentHeader): OfficialDocument {
  const groups = groupByForm(content.lines);
  const all = countWords(content.lines);
  const article1: Block[] =
    groups.length === 1
      ? [article(1, [{ text: `${grant(groups[0]!.category, groups[0]!.formName)} cho ${all} đã có thành tích trong phong trào thi đua (có danh sách kèm theo).` }])]
      : [
          article(1, [{ text: `Khen thưởng ${all} đã có thành tích trong phong trào thi đua (có danh sách kèm theo), gồm:` }]),
          { kind: "list", ordered: false, items: groups.map((g) => [{ text: `${grant(g.category, g.formName)} cho ${countWords(g.lines)};` }]) },
        ];
  const body: Block[] = [
    centred(content.authorityLine, 6),
    ...[...(content.lawBases ?? []), ...content.bases].map(italic),
    ...(content.proposal.trim() ? [italic(content.proposal.trim())] : []),
    centred("QUYẾT ĐỊNH:", 6),
    ...article1,
    ...article2(content, groups, header.draft),
    article(3, [{ text: `Quyết định này có hiệu lực kể từ ngày ký. ${content.executors.trim()}`.trim() }]),
  ];
  return frame(header, content.summary.trim(), body, content.lines.length ? [awardList(content, groups, header)] : []);
}

/** Điều 2: each form's amount as coefficient × base salary, rounded; the total in figures and words; the fund. */
function article2(content: AwardDecisionContent, groups: ReturnType<typeof groupByForm>, draft: boolean): Block[] {
  const paid = content.lines.filter((l) => l.bonus);
  if (paid.length === 0) return [article(2, [{ text: "Các hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng." }])];
  const total = totalBonus(content.lines);
  const rates: Inline[][] = [];
  for (const g of groups) {
    const seen = new Set<string>();
    for (const line of g.lines) {
      const b = line.bonus;
      const key = `${line.recipientKind}:${b?.amount}`;
      if (!b || seen.has(key)) continue;
      seen.add(key);
      const who = { person: "mỗi cá nhân", household: "mỗi hộ gia đình", collective: "mỗi tập thể", unit: "mỗi tập thể" }[line.recipientKind];
      const rounded = b.amount !== b.exact ? `, làm tròn ${money(b.amount)} đồng` : "";
      rates.push([{ text: `${g.formName}: ${who} ${decimal(b.coefficient)} × ${money(b.baseSalary)} đồng (mức lương cơ sở) = ${money(b.exact)} đồng${rounded};` }]);
    }
  }
  const provisional =
    draft && content.bonusOn
      ? [italic(`(Dự thảo: số tiền tạm tính theo mức lương cơ sở ngày ${formatShortDate(content.bonusOn)}; khi ban hành được tính theo mức lương cơ sở tại ngày ký quyết định.)`)]
      : [];
  return [
    article(2, [{ text: "Mức tiền thưởng kèm theo:" }]),
    { kind: "list", ordered: false, items: rates },
    { kind: "paragraph", content: [{ text: `Tổng số tiền thưởng: ${money(total)} đồng (${amountInWords(total)}), chi từ ${content.fund.trim()}.` }] },
    ...provisional,
  ];
}

const LIST_HEADER: Inline[][] = [[{ text: "STT" }], [{ text: "Họ và tên / Tên tập thể" }], [{ text: "Chức vụ, đơn vị" }], [{ text: "Thành tích" }], [{ text: "Số tiền thưởng (đồng)" }]];

function awardList(content: AwardDecisionContent, groups: ReturnType<typeof groupByForm>, header: DocumentHeader): Annex {
  const rows: Inline[][][] = [LIST_HEADER];
  groups.forEach((g, k) => {
    rows.push([[{ text: `${romanNumeral(k + 1)}. ${grant(g.category, g.formName).toUpperCase()} (${countWords(g.lines)})`, bold: true }]]);
    g.lines.forEach((line: DecisionLine, i) =>
      rows.push([[{ text: String(i + 1) }], [{ text: line.recipientName }], [{ text: line.detail }], [{ text: line.achievement }], [{ text: line.bonus ? money(line.bonus.amount) : "–" }]]),
    );
  });
  rows.push([[], [{ text: "Tổng cộng", bold: true }], [], [], [{ text: money(totalBonus(content.lines)), bold: true }]]);
  return {
    titleLines: ["DANH SÁCH KHEN THƯỞNG"],
    attachedTo: `(Kèm theo Quyết định số ${numberAndDate(header)} của ${content.issuer})`,
    body: [{ kind: "table", header: true, rows, widths: [0.6, 2.6, 2.6, 4.6, 1.6], align: ["center", "left", "left", "left", "right"] }],
    landscape: true,
  };
}

export function composeRevocationDecision(content: RevocationDecisionContent, header: DocumentHeader): OfficialDocument {
  const total = content.lines.reduce((sum, l) => sum + l.moneyDue, 0);
  const annulled: Inline[][] = content.lines.map((l) => [
    { text: `${l.formName} tặng ${l.recipientName} tại Quyết định số ${l.decisionNumber} ${formatDate(l.decisionDate)};` },
  ]);
  const recovered: Inline[][] = content.lines.map((l) => [
    { text: `${l.recipientName}: nộp lại hiện vật khen thưởng${l.moneyDue > 0 ? ` và ${money(l.moneyDue)} đồng tiền thưởng (${amountInWords(l.moneyDue)})` : ""};` },
  ]);
  const body: Block[] = [
    centred(content.authorityLine, 6),
    ...[...(content.lawBases ?? []), ...content.bases].map(italic),
    italic(`Xét ${content.grounds.trim().replace(/^xét\s+/i, "")}`),
    centred("QUYẾT ĐỊNH:", 6),
    article(1, [{ text: "Hủy quyết định khen thưởng đối với:" }]),
    { kind: "list", ordered: false, items: annulled },
    article(2, [{ text: `Thu hồi hiện vật khen thưởng và tiền thưởng${total > 0 ? ` (tổng cộng ${money(total)} đồng)` : ""}:` }]),
    { kind: "list", ordered: false, items: recovered },
    article(3, [{ text: `Quyết định này có hiệu lực kể từ ngày ký. ${content.executors.trim()}`.trim() }]),
  ];
  return frame(header, content.summary.trim(), body, []);
}
