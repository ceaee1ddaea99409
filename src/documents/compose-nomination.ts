// The documents of a nomination's dossier that the product draws up from the record (L Art. 84,
// 85; the forms of the Decree's appendix — tờ trình Mẫu 01, achievement report Mẫu 05 under
// Decree 152/2025 — as secondary sources describe them): the proposal (tờ trình), the list of
// candidates (danh sách, or with the consultation's results for Gia đình văn hóa), the
// achievement report (báo cáo thành tích) or, in the simplified procedure, its summary (tóm tắt
// thành tích), and the minutes of the nominating unit's review (biên bản). Pure: the use case
// gathers the record, these functions only write it down. A number is never filled in (the
// organisation registers it when it signs: "Số:      /TTr-MTTQ"); what only a meeting can know
// (the time, who came, the votes) is left as dotted lines to fill in by hand.
import type { RecipientKind } from "../domain/catalogue/entries";
import { authorityLines } from "../domain/documents/authority";
import { draftDateLine, placeDateLine } from "../domain/documents/date-line";
import type { DocumentTypeCode } from "../domain/documents/document-types";
import type { IssuingBody } from "../domain/documents/issuing-body";
import { numberLine } from "../domain/documents/numbering";
import { formatShortDate } from "../domain/text/dates";
import type { Block, Inline, OfficialDocument, SignatureBlock } from "./model";

/** A line to fill in by hand. */
export const BLANK = "……………………";
const SHORT_BLANK = "………";

export interface DossierCandidate {
  name: string;
  kind: RecipientKind;
  /** Post and unit as the list shows them ("Ủy viên Ủy ban MTTQ; Tổ dân phố Phú Thịnh"). */
  position: string;
  formName: string;
  /** A title (danh hiệu) is "công nhận", a form of commendation is "tặng". */
  formIsTitle: boolean;
  achievement: string;
}

export interface DossierContext {
  /** The nominating unit or organisation, as it signs (issuingBodyOf). */
  body: IssuingBody;
  /** Its name as a sentence says it ("Ủy ban MTTQ phường Cam Phú"). */
  unitName: string;
  /** The head's name from the registry, or "" to leave the line for the signer. */
  headName: string;
  /** The document's date (ISO), or null to leave the day and month blank. */
  date: string | null;
  year: number;
  /** Who the proposal goes to: "Chủ tịch Ủy ban nhân dân phường Cam Phú". */
  addressee: string;
  /** The movement the achievements were made in, or null. */
  movement: string | null;
  /** The basis lines after "Căn cứ" (each a whole line without its end mark). */
  bases: string[];
  candidates: DossierCandidate[];
}

export interface AwardLine {
  year: number | null;
  formName: string;
  isTitle: boolean;
  decisionNumber: string;
  decisionDate: string;
  decidingBody: string;
}

export interface MovementRecord {
  name: string;
  /** The participant whose registration and reviews these are. */
  participant: string;
  registration: { submittedOn: string; status: string; titles: string[] } | null;
  reviews: { criterion: string; stage: "interim" | "final"; target: string; self: string; unit: string }[];
  checkins: number;
  evidence: number;
}

export interface AchievementRecord {
  nominee: {
    name: string;
    kind: RecipientKind;
    position: string;
    unitName: string;
    gender: string | null;
    /** "1980" or "05/03/1980"; null when the actor may not see it or the registry lacks it. */
    born: string | null;
    ethnicity: string | null;
  };
  formName: string;
  formIsTitle: boolean;
  achievement: string;
  /** Yearly ratings; null when the actor may not see them (left for the unit to write). */
  assessments: { year: number; rating: string }[] | null;
  initiatives: { title: string; scope: string; recognisedOn: string; recognisedBy: string }[];
  awards: AwardLine[];
  movement: MovementRecord | null;
}

// ——— shared parts ———

const text = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Inline[] => [{ text: t, ...style }];
const paragraph = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({ kind: "paragraph", content: text(t, style) });
const heading = (level: 1 | 2, t: string): Block => ({ kind: "heading", level, content: text(t) });
const cells = (...values: string[]): Inline[][] => values.map((v) => text(v));
const headerRow = (...values: string[]): Inline[][] => values.map((v) => text(v, { bold: true }));
const two = (n: number) => String(n).padStart(2, "0");

/** "Số:      /TTr-MTTQ": the number is the organisation's to give; a unit with no symbol gets the type code alone. */
export function blankNumberLine(typeCode: DocumentTypeCode, issuerCode: string): string {
  return issuerCode ? numberLine(null, { typeCode, issuerCode }) : `Số:      /${typeCode}`;
}

/** The head signing for the unit: "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH", or the head alone. */
export function headSignature(ctx: Pick<DossierContext, "body" | "headName">): SignatureBlock {
  const body = ctx.body;
  return { authority: authorityLines(body.collectiveBody ? "TM" : "HEAD", body, body.headTitle), signerName: ctx.headName, signed: false };
}

function frame(ctx: DossierContext, typeCode: DocumentTypeCode | null, typeName: string, summary: string, body: Block[], rest: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    parentBody: ctx.body.parentBody,
    issuingBody: ctx.body.issuingBody,
    numberLine: typeCode ? blankNumberLine(typeCode, ctx.body.issuerCode) : "",
    placeDateLine: ctx.date ? placeDateLine(ctx.body.place, ctx.date) : draftDateLine(ctx.body.place, ctx.year),
    typeName,
    summary,
    body,
    signature: headSignature(ctx),
    recipients: ["Lưu: VT"],
    draft: false,
    meta: { title: `${typeName.charAt(0)}${typeName.slice(1).toLocaleLowerCase("vi")} ${summary}`.trim(), author: ctx.body.issuingBody.replace(/\s*\n\s*/g, " ") },
    ...rest,
  };
}

/** "phong trào thi đua …" inside a sentence; a name starting with an acronym keeps its capitals. */
function inSentence(name: string): string {
  const [first = "", second = ""] = [...name.trim()];
  return second && second === second.toLocaleLowerCase("vi") ? first.toLocaleLowerCase("vi") + name.trim().slice(first.length) : name.trim();
}

/** "Lao động tiên tiến" → "công nhận danh hiệu “Lao động tiên tiến”"; a form → "tặng Giấy khen …". */
export function proposedAs(formName: string, isTitle: boolean): string {
  return isTitle ? `công nhận danh hiệu “${formName}”` : `tặng ${formName}`;
}

const KIND_WORD: Record<RecipientKind, string> = { person: "cá nhân", household: "hộ gia đình", collective: "tập thể", unit: "tập thể" };

/** "02 cá nhân và 01 tập thể". */
export function countWords(candidates: { kind: RecipientKind }[]): string {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(KIND_WORD[c.kind], (counts.get(KIND_WORD[c.kind]) ?? 0) + 1);
  const parts = [...counts].map(([word, n]) => `${two(n)} ${word}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}` : (parts[0] ?? "");
}

/** The legal basis of a proposal on its decision date: the Law, the Decree in force that day. */
export function legalBases(decisionDate: string): string[] {
  const decree =
    decisionDate < "2025-07-01"
      ? "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"
      : "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng";
  return ["Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", decree];
}

const about = (ctx: DossierContext) => (ctx.movement ? `trong ${inSentence(ctx.movement)}` : `năm ${ctx.year}`);

// ——— the documents ———

/** Tờ trình: the proposal, with its basis, the candidates by form, and the head's signature. */
export function composeProposal(ctx: DossierContext): OfficialDocument {
  const byForm = new Map<string, DossierCandidate[]>();
  for (const c of ctx.candidates) byForm.set(`${c.formIsTitle ? 1 : 0}${c.formName}`, [...(byForm.get(`${c.formIsTitle ? 1 : 0}${c.formName}`) ?? []), c]);
  const body: Block[] = [
    paragraph(`Kính gửi: ${ctx.addressee}.`, { bold: true }),
    ...ctx.bases.map((b, i) => paragraph(`Căn cứ ${b}${i === ctx.bases.length - 1 ? "," : ";"}`, { italic: true })),
    paragraph(`${ctx.unitName} kính trình ${ctx.addressee} xem xét, khen thưởng cho ${countWords(ctx.candidates)} đã có thành tích ${ctx.movement ? `xuất sắc trong ${inSentence(ctx.movement)}` : "xuất sắc"} năm ${ctx.year}, cụ thể như sau:`),
  ];
  let k = 0;
  for (const group of byForm.values()) {
    const first = group[0]!;
    const subject = `${first.formIsTitle ? "Công nhận danh hiệu" : "Tặng"} ${first.formIsTitle ? `“${first.formName}”` : first.formName}${first.formIsTitle ? ` năm ${ctx.year}` : ""} cho ${countWords(group)}:`;
    body.push(heading(2, `${++k}. ${subject}`));
    body.push({ kind: "list", ordered: false, items: group.map((c) => text(c.position ? `${c.name}, ${c.position};` : `${c.name};`)) });
  }
  body.push(paragraph("(Có danh sách, báo cáo thành tích và biên bản họp xét kèm theo)", { italic: true }));
  body.push(paragraph(`Kính trình ${ctx.addressee} xem xét, quyết định./.`));
  return frame(ctx, "TTr", "TỜ TRÌNH", `Về việc đề nghị khen thưởng ${about(ctx)}`, body, { recipients: ["Như trên", "Lưu: VT"] });
}

/** Danh sách: one row per candidate; `consultation` adds the column of the consultation's results (Gia đình văn hóa). */
export function composeList(ctx: DossierContext, opts: { consultation?: boolean } = {}): OfficialDocument {
  const columns = ["STT", "Họ và tên (tên tập thể)", "Chức vụ, đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích", ...(opts.consultation ? ["Kết quả lấy ý kiến"] : [])];
  const rows = ctx.candidates.map((c, i) => cells(String(i + 1), c.name, c.position, c.formIsTitle ? `Danh hiệu “${c.formName}”` : c.formName, c.achievement || BLANK, ...(opts.consultation ? [SHORT_BLANK] : [])));
  const body: Block[] = [
    paragraph(`(Kèm theo Tờ trình số      /TTr-${ctx.body.issuerCode || "…"} ngày     tháng     năm ${ctx.year} của ${ctx.unitName})`, { italic: true }),
    { kind: "table", header: true, rows: [headerRow(...columns), ...rows], widths: opts.consultation ? [7, 20, 20, 16, 23, 14] : [7, 22, 22, 18, 31] },
    paragraph(`Tổng số: ${countWords(ctx.candidates)}.`),
  ];
  return frame(ctx, null, "DANH SÁCH", `Đề nghị khen thưởng ${about(ctx)}`, body);
}

/** Biên bản: the nominating unit's review meeting; what only the meeting knows is left to fill in. */
export function composeMinutes(ctx: DossierContext, kind: "emulation" | "commendation"): OfficialDocument {
  const what = kind === "emulation" ? "bình xét thi đua" : "xét đề nghị khen thưởng";
  const day = ctx.date ? `ngày ${ctx.date.slice(8, 10)} tháng ${ctx.date.slice(5, 7)} năm ${ctx.date.slice(0, 4)}` : `ngày ${SHORT_BLANK} tháng ${SHORT_BLANK} năm ${ctx.year}`;
  const body: Block[] = [
    paragraph(`Hôm nay, vào lúc ${SHORT_BLANK} giờ ${SHORT_BLANK}, ${day}, tại ${BLANK}, ${ctx.unitName} tổ chức họp ${what} năm ${ctx.year}.`),
    heading(1, "I. THÀNH PHẦN THAM DỰ"),
    {
      kind: "list",
      ordered: false,
      items: [
        text(`Chủ trì: ${ctx.headName || BLANK}, chức vụ: ${BLANK};`),
        text(`Thư ký: ${BLANK}, chức vụ: ${BLANK};`),
        text(`Số thành viên có mặt: ${SHORT_BLANK}/${SHORT_BLANK} thành viên; vắng mặt: ${SHORT_BLANK} (lý do: ${BLANK}).`),
      ],
    },
    heading(1, "II. NỘI DUNG"),
    paragraph(`Cuộc họp đã nghe báo cáo thành tích, thảo luận và bỏ phiếu kín (hoặc biểu quyết) đối với ${countWords(ctx.candidates)} được đề nghị khen thưởng ${about(ctx)}. Kết quả như sau:`),
    {
      kind: "table",
      header: true,
      rows: [headerRow("STT", "Họ và tên (tên tập thể)", "Hình thức đề nghị", "Số phiếu đồng ý", "Tỷ lệ (%)", "Ghi chú"), ...ctx.candidates.map((c, i) => cells(String(i + 1), c.name, c.formIsTitle ? `Danh hiệu “${c.formName}”` : c.formName, "", "", ""))],
      widths: [7, 28, 25, 14, 11, 15],
    },
    heading(1, "III. KẾT LUẬN"),
    paragraph(`Cuộc họp thống nhất đề nghị ${ctx.addressee} xem xét, khen thưởng cho ${SHORT_BLANK} trường hợp đạt số phiếu theo quy định nêu trên.`),
    paragraph(`Biên bản kết thúc vào lúc ${SHORT_BLANK} giờ ${SHORT_BLANK} cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`),
  ];
  return frame(ctx, "BB", "BIÊN BẢN", `Họp ${what} năm ${ctx.year}`, body, {
    signature: { authority: ["CHỦ TRÌ"], signerName: ctx.headName, signed: false },
    leftSignature: { authority: ["THƯ KÝ"], signerName: "", signed: false },
    recipients: [],
  });
}

const SCOPE_WORD: Record<string, string> = { unit: "cấp cơ sở", province: "cấp tỉnh", national: "toàn quốc" };
export const RATING_WORDS: Record<string, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  completed: "Hoàn thành nhiệm vụ",
  not_completed: "Không hoàn thành nhiệm vụ",
};
const STAGE_WORD = { interim: "Sơ kết", final: "Tổng kết" } as const;

/** "Quyết định số 15/QĐ-UBND ngày 10/01/2024 của Chủ tịch UBND phường Cam Phú". */
export function awardDecision(a: AwardLine): string {
  return `Quyết định số ${a.decisionNumber} ngày ${formatShortDate(a.decisionDate)}${a.decidingBody ? ` của ${a.decidingBody}` : ""}`;
}

function awardTable(list: AwardLine[], what: string): Block[] {
  if (list.length === 0) return [paragraph("Chưa có.")];
  const sorted = [...list].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.decisionDate.localeCompare(b.decisionDate));
  return [{ kind: "table", header: true, rows: [headerRow("Năm", what, "Số, ngày, tháng, năm của quyết định; cơ quan ban hành"), ...sorted.map((a) => cells(a.year ? String(a.year) : a.decisionDate.slice(0, 4), a.formName, awardDecision(a)))], widths: [12, 38, 50] }];
}

function movementBlocks(m: MovementRecord): Block[] {
  const lines: Inline[][] = [];
  if (m.registration) {
    const titles = m.registration.titles.length ? `, danh hiệu đăng ký: ${m.registration.titles.join(", ")}` : "";
    lines.push(text(`Đăng ký thi đua của ${m.participant} ngày ${formatShortDate(m.registration.submittedOn)}${titles} (${m.registration.status});`));
  } else {
    lines.push(text(`Chưa có đăng ký thi đua của ${m.participant} trong phong trào;`));
  }
  lines.push(text(`Báo cáo tiến độ: ${m.checkins} lần, kèm ${m.evidence} tệp minh chứng.`));
  const out: Block[] = [{ kind: "list", ordered: false, items: lines }];
  if (m.reviews.length) {
    out.push({
      kind: "table",
      header: true,
      rows: [headerRow("Tiêu chí", "Đợt", "Chỉ tiêu", "Tự đánh giá", "Đơn vị đánh giá"), ...m.reviews.map((r) => cells(r.criterion, STAGE_WORD[r.stage], r.target, r.self || "—", r.unit || "—"))],
      widths: [36, 14, 16, 17, 17],
    });
  }
  return out;
}

/** Báo cáo thành tích: who the nominee is, what they achieved (from the record and the movement), the awards they already hold. */
export function composeAchievementReport(ctx: DossierContext, r: AchievementRecord): OfficialDocument {
  const n = r.nominee;
  const isPerson = n.kind === "person";
  const profile: Inline[][] = isPerson
    ? [
        text(`Họ và tên: ${n.name};`),
        text(`Giới tính: ${n.gender ?? BLANK};`),
        text(`Ngày, tháng, năm sinh: ${n.born ?? BLANK};`),
        text(`Dân tộc: ${n.ethnicity ?? BLANK};`),
        text(`Chức vụ, đơn vị: ${n.position || n.unitName};`),
      ]
    : [text(`Tên ${KIND_WORD[n.kind]}: ${n.name};`), text(`Thuộc: ${n.unitName};`), text(`Đặc điểm, tình hình: ${BLANK}.`)];
  const body: Block[] = [heading(1, isPerson ? "I. SƠ LƯỢC LÝ LỊCH" : "I. ĐẶC ĐIỂM, TÌNH HÌNH"), { kind: "list", ordered: false, items: profile }, heading(1, "II. THÀNH TÍCH ĐẠT ĐƯỢC")];
  let k = 0;
  body.push(heading(2, `${++k}. Thành tích`), paragraph(r.achievement.trim() || BLANK));
  if (isPerson) {
    body.push(heading(2, `${++k}. Kết quả đánh giá, xếp loại hằng năm`));
    if (r.assessments === null) body.push(paragraph(`(Đơn vị ghi kết quả đánh giá, xếp loại) ${BLANK}`, { italic: true }));
    else if (r.assessments.length === 0) body.push(paragraph("Chưa có kết quả đánh giá, xếp loại trong hồ sơ."));
    else body.push({ kind: "list", ordered: false, items: [...r.assessments].sort((a, b) => a.year - b.year).map((a) => text(`Năm ${a.year}: ${RATING_WORDS[a.rating] ?? a.rating};`)) });
    if (r.initiatives.length) {
      body.push(heading(2, `${++k}. Sáng kiến, đề tài được công nhận`));
      body.push({
        kind: "list",
        ordered: false,
        items: r.initiatives.map((i) => text(`“${i.title}”, phạm vi ảnh hưởng ${SCOPE_WORD[i.scope] ?? i.scope}, công nhận ngày ${formatShortDate(i.recognisedOn)}${i.recognisedBy ? ` (${i.recognisedBy})` : ""};`)),
      });
    }
  }
  if (r.movement) body.push(heading(2, `${++k}. Kết quả tham gia ${inSentence(r.movement.name)}`), ...movementBlocks(r.movement));
  body.push(
    heading(1, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    heading(2, "1. Danh hiệu thi đua"),
    ...awardTable(r.awards.filter((a) => a.isTitle), "Danh hiệu thi đua"),
    heading(2, "2. Hình thức khen thưởng"),
    ...awardTable(r.awards.filter((a) => !a.isTitle), "Hình thức khen thưởng"),
  );
  const reporter = isPerson ? "NGƯỜI BÁO CÁO THÀNH TÍCH" : n.kind === "household" ? "ĐẠI DIỆN HỘ GIA ĐÌNH" : "THỦ TRƯỞNG ĐƠN VỊ";
  const head = headSignature(ctx);
  return frame(ctx, null, "BÁO CÁO THÀNH TÍCH", `Đề nghị ${proposedAs(r.formName, r.formIsTitle)}${r.formIsTitle ? ` năm ${ctx.year}` : ""}`, body, {
    signature: { authority: [reporter], signerName: isPerson ? n.name : "", signed: false },
    leftSignature: { ...head, authority: ["XÁC NHẬN CỦA ĐƠN VỊ", ...head.authority] },
    recipients: [],
  });
}

/** Tóm tắt thành tích (the simplified procedure, L Art. 85): who, what they did, what is proposed. */
export function composeSummary(ctx: DossierContext, r: AchievementRecord): OfficialDocument {
  const n = r.nominee;
  const body: Block[] = [
    { kind: "list", ordered: false, items: [text(`${n.kind === "person" ? "Họ và tên" : `Tên ${KIND_WORD[n.kind]}`}: ${n.name};`), text(`Chức vụ, đơn vị: ${n.position || n.unitName};`), text(`Hình thức đề nghị: ${r.formName}.`)] },
    heading(2, "Tóm tắt thành tích"),
    paragraph(r.achievement.trim() || BLANK),
  ];
  return frame(ctx, null, "TÓM TẮT THÀNH TÍCH", `Đề nghị ${proposedAs(r.formName, r.formIsTitle)}`, body);
}
