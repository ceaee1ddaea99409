// The tờ trình to the level above (đề nghị khen thưởng vượt thẩm quyền), in the Decree 30/2020
// layout: "TỜ TRÌNH / Về việc đề nghị … khen thưởng …", "Kính gửi", the căn cứ lines (the Law, the
// Decree in force on the proposal's date, the council's meeting), the nominees as a table per form
// with the council's result for each (votes in favour over the members the rule counts, as the
// tally of the council item says), the dossier attached, "Kính đề nghị …". Pure: the content is
// gathered by features/proposals/create-proposal.ts; the header and the signature come from the
// documents workflow (register number "Số: 15/TTr-UBND", TM. / KT.).
import type { RecipientKind } from "../domain/catalogue/entries";
import type { DocumentHeader } from "../domain/plans/plan-content";
import { formatDate } from "../domain/text/dates";
import { countWords, proposedAs } from "./compose-nomination";
import type { Block, Inline, OfficialDocument } from "./model";

export interface ProposalCouncilResult {
  /** Votes in favour as the rule counts them, over the denominator the rule counts (all members, or those present). */
  inFavour: number;
  denominator: number;
  /** Members of the council on the session's date. */
  members: number;
  share: number;
  /** The session's date (ISO). */
  meetsOn: string;
}

export interface ProposalNominee {
  nominationId: number;
  name: string;
  kind: RecipientKind;
  /** The nominating unit or organisation. */
  unitName: string;
  achievement: string;
  council: ProposalCouncilResult;
}

export interface ProposalGroup {
  formCode: string;
  formName: string;
  isTitle: boolean;
  /** Who decides the form on the date ("Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"). */
  decidingBody: string;
  nominees: ProposalNominee[];
}

export interface ProposalContent {
  proposalId: number;
  /** Trích yếu: "Về việc đề nghị khen thưởng …". */
  summary: string;
  year: number;
  /** The proposal's date, whose rules the căn cứ lines name. */
  proposedOn: string;
  /** The proposing government as a sentence names it ("Ủy ban nhân dân phường Cam Phú"). */
  unitName: string;
  /** The level above ("Ủy ban nhân dân thành phố Cam Ranh") and its head, to whom "Kính đề nghị" is addressed. */
  recipientUnitId: number;
  addressee: string;
  addresseeHead: string;
  /** The council that passed the items ("Hội đồng Thi đua – Khen thưởng phường Cam Phú") and the days it met. */
  councilName: string;
  sessionDates: string[];
  bases: string[];
  groups: ProposalGroup[];
}

const text = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Inline[] => [{ text: t, ...style }];
const paragraph = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({ kind: "paragraph", content: text(t, style) });
const two = (n: number) => String(n).padStart(2, "0");

/** "7/9 thành viên đồng ý (77,78%)": the count the rule made, as the tally says. */
export function councilResultLine(r: ProposalCouncilResult): string {
  const pct = (Math.round(r.share * 10_000) / 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  return `${r.inFavour}/${r.denominator} thành viên đồng ý (${pct}%)`;
}

/** The nominees of every group, in the printed order. */
export function proposalNominees(content: ProposalContent): (ProposalNominee & { formCode: string; formName: string })[] {
  return content.groups.flatMap((g) => g.nominees.map((n) => ({ ...n, formCode: g.formCode, formName: g.formName })));
}

export function composeProposalDocument(content: ProposalContent, header: DocumentHeader): OfficialDocument {
  const all = proposalNominees(content);
  const meetings = content.sessionDates.map((d) => formatDate(d)).join(", ");
  const body: Block[] = [
    paragraph(`Kính gửi: ${content.addressee}.`, { bold: true }),
    ...content.bases.map((b) => paragraph(`Căn cứ ${b};`, { italic: true })),
    paragraph(`Căn cứ kết quả họp xét của ${content.councilName} ${meetings},`, { italic: true }),
    paragraph(
      `${content.unitName} kính trình ${content.addressee} xem xét, khen thưởng cho ${countWords(all)} có thành tích xuất sắc năm ${content.year}, thuộc thẩm quyền khen thưởng của cấp trên, cụ thể như sau:`,
    ),
  ];
  content.groups.forEach((g, i) => {
    body.push({ kind: "heading", level: 2, content: text(`${i + 1}. Đề nghị ${proposedAs(g.formName, g.isTitle)}${g.isTitle ? ` năm ${content.year}` : ""} cho ${countWords(g.nominees)} (thẩm quyền: ${g.decidingBody}):`) });
    body.push({
      kind: "table",
      header: true,
      widths: [7, 23, 22, 28, 20],
      rows: [
        ["STT", "Họ và tên (tên tập thể)", "Đơn vị đề nghị", "Tóm tắt thành tích", "Kết quả họp xét của Hội đồng"].map((h) => text(h, { bold: true })),
        ...g.nominees.map((n, k) => [text(two(k + 1)), text(n.name), text(n.unitName), text(n.achievement || "—"), text(councilResultLine(n.council))]),
      ],
    });
  });
  body.push(paragraph(`Tổng số: ${countWords(all)}.`));
  body.push(paragraph("(Kèm theo hồ sơ của từng trường hợp, danh sách, biên bản họp và biên bản kiểm phiếu của Hội đồng)", { italic: true }));
  body.push(paragraph(`Kính đề nghị ${content.addresseeHead} xem xét, quyết định./.`));
  return {
    parentBody: header.parentBody,
    issuingBody: header.issuingBody,
    numberLine: header.numberLine,
    placeDateLine: header.placeDateLine,
    typeName: "TỜ TRÌNH",
    summary: content.summary,
    body,
    signature: header.signature,
    recipients: header.recipients,
    draft: header.draft,
    meta: { title: `Tờ trình ${content.summary}`, author: header.author },
  };
}
