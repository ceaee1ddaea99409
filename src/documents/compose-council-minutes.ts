// The minutes of a session of the Emulation–Commendation Council, in the Decree 30/2020 layout:
// the meeting's minutes (biên bản họp Hội đồng: who came, the quorum, the written opinions of
// absent members, each item with its recusals and result, the conclusion) and the ballot
// count's minutes (biên bản kiểm phiếu: who counted, ballots issued and received, valid and
// invalid, each item's counts, how many receipts were published). Both signed by the chair
// (right) and the secretary (left). Pure: the data comes from features/council/minutes-data.ts.
//
// Secrecy: nothing here links a member to a choice. The only named choices are written opinions,
// which their authors sign; the count minutes name nobody next to a count.
import type { CouncilPost } from "../domain/council/posts";
import { quorumOf } from "../domain/council/quorum";
import type { RecusalReason } from "../domain/council/recusal";
import type { SessionRules } from "../domain/council/rules";
import type { Choice, Tally } from "../domain/council/tally";
import type { UnitKind } from "../domain/access/unit-kinds";
import { placeDateLine } from "../domain/documents/date-line";
import { GOVERNMENT_KINDS, citedIssuer, issuingBodyOf } from "../domain/documents/issuing-body";
import { numberLine } from "../domain/documents/numbering";
import { formatDate, formatDateTime, todayInVietnam } from "../domain/text/dates";
import type { Block, Inline, OfficialDocument } from "./model";

// ——— what the minutes say (gathered by features/council/minutes-data.ts) ———

export interface MinutesMember {
  memberId: number;
  name: string;
  post: CouncilPost;
  /** null when not recorded. */
  attendance: "present" | "absent" | null;
}

export interface MinutesRecusal {
  memberId: number;
  name: string;
  post: CouncilPost;
  reason: RecusalReason;
  note: string;
}

export interface MinutesPaperCount {
  agree: number;
  disagree: number;
  invalid: number;
  enteredBy: string;
  confirmedBy: string | null;
}

export interface MinutesItem {
  itemId: number;
  nominationId: number;
  position: number;
  formCode: string;
  formName: string;
  nomineeName: string;
  nominatingUnit: string;
  /** The counted result; null if the item was never counted. */
  result: Tally | null;
  passed: boolean | null;
  recusals: MinutesRecusal[];
  /** Receipt codes published for the item (their number only). */
  receipts: number;
  paper: MinutesPaperCount | null;
}

export interface MinutesOpinion {
  itemId: number;
  memberId: number;
  name: string;
  post: CouncilPost;
  choice: Choice;
  note: string;
}

export interface MinutesData {
  session: {
    id: number;
    title: string;
    meetsAt: Date;
    place: string;
    status: string;
    ballotMode: "online" | "paper";
    receiptMode: "codes" | "with_choices";
    rules: SessionRules | null;
    votingOpenedAt: Date | null;
    votingClosedAt: Date | null;
  };
  unit: { id: number; name: string; kind: UnitKind; path: string };
  parent: { name: string; kind: UnitKind } | null;
  /** In list order: posts first, then names. */
  members: MinutesMember[];
  chair: MinutesMember | null;
  secretary: MinutesMember | null;
  /** In agenda order. */
  items: MinutesItem[];
  opinions: MinutesOpinion[];
}

export type MinutesKind = "meeting" | "count";
export const MINUTES_KINDS: readonly MinutesKind[] = ["meeting", "count"];

export const COUNCIL_NAME = "Hội đồng Thi đua – Khen thưởng";
/** The council's symbol in a number: "Số:      /BB-HĐTĐKT". */
export const COUNCIL_ISSUER_CODE = "HĐTĐKT";
const BLANK = "……………………";

export const POST_WORDS: Record<CouncilPost, string> = {
  chair: "Chủ tịch Hội đồng",
  vice_chair: "Phó Chủ tịch Hội đồng",
  standing: "Ủy viên thường trực",
  secretary: "Thư ký Hội đồng",
  member: "Ủy viên",
};

const RECUSAL_WORDS: Record<RecusalReason, string> = {
  self: "là người (thuộc tập thể) được đề nghị",
  relative: "là người thân của người được đề nghị",
  organisation: "thuộc đơn vị, tổ chức đề nghị",
  declared: "tự đề nghị không tham gia biểu quyết",
};

const ATTENDANCE_WORDS = { present: "Có mặt", absent: "Vắng mặt" } as const;
const CHOICE_WORDS = { agree: "đồng ý", disagree: "không đồng ý" } as const;

// ——— small helpers ———

const text = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Inline[] => [{ text: t, ...style }];
const paragraph = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({ kind: "paragraph", content: text(t, style) });
const heading = (level: 1 | 2 | 3, t: string): Block => ({ kind: "heading", level, content: text(t) });
const list = (lines: string[]): Block => ({ kind: "list", ordered: false, items: lines.map((l) => text(l)) });
const upper = (s: string) => s.toLocaleUpperCase("vi");
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

/** "UBND PHƯỜNG CAM PHÚ": the body whose council it is, above the council's own name. */
export function councilParentBody(unit: MinutesData["unit"]): string {
  return GOVERNMENT_KINDS.includes(unit.kind) ? `UBND ${upper(unit.name.normalize("NFC").trim())}` : upper(unit.name.normalize("NFC").trim());
}

/** "Hội đồng Thi đua – Khen thưởng phường Cam Phú" inside a sentence. */
export function councilInSentence(unit: MinutesData["unit"]): string {
  const cited = citedIssuer(unit);
  return GOVERNMENT_KINDS.includes(unit.kind) ? `${COUNCIL_NAME} ${cited.replace(/^UBND /, "")}` : `${COUNCIL_NAME} ${cited}`;
}

/** "14 giờ 05" in Vietnam's time. */
export function clockWords(moment: Date): string {
  const [hour = "", minute = ""] = formatDateTime(moment).split(" ")[0]!.split(":");
  return `${hour} giờ ${minute}`;
}

/** "77,8%": one decimal, with the Vietnamese decimal comma; whole numbers without it. */
export function percentWords(share: number): string {
  const tenths = Math.round(share * 1000);
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1).replace(".", ",")}%`;
}

/** "từ 80% tổng số thành viên Hội đồng trở lên", "trên 1/2 tổng số thành viên Hội đồng". */
export function ruleWords(rule: Tally["rule"]): string {
  const share = rule.denominator === 100 ? `${rule.numerator}%` : `${rule.numerator}/${rule.denominator}`;
  const whom = rule.over === "all" ? "tổng số thành viên Hội đồng" : "số thành viên dự họp được biểu quyết";
  return rule.strict ? `trên ${share} ${whom}` : `từ ${share} ${whom} trở lên`;
}

const member = (m: { name: string; post: CouncilPost }) => `${m.name} (${POST_WORDS[m.post]})`;
const verdict = (passed: boolean | null) => (passed === null ? "Chưa có kết quả" : passed ? "Đạt" : "Không đạt");
const two = (n: number) => String(n).padStart(2, "0");

/** The items grouped by form, in agenda order (a form where its first item comes). */
export function itemsByForm(items: readonly MinutesItem[]): { formCode: string; formName: string; items: MinutesItem[] }[] {
  const groups = new Map<string, { formCode: string; formName: string; items: MinutesItem[] }>();
  for (const item of items) {
    const group = groups.get(item.formCode) ?? { formCode: item.formCode, formName: item.formName, items: [] };
    group.items.push(item);
    groups.set(item.formCode, group);
  }
  return [...groups.values()];
}

/** "Tổng số tán thành: 7/9 (77,8%); yêu cầu từ 80% tổng số thành viên Hội đồng trở lên (Điều 30 …): Không đạt." */
function resultLine(r: Tally, passed: boolean | null): string {
  return `Tổng số tán thành: ${r.inFavour}/${r.denominator} (${percentWords(r.share)}); yêu cầu ${ruleWords(r.rule)}, tức ít nhất ${r.needed}/${r.denominator} (${r.citation}): ${verdict(passed ?? r.passed)}.`;
}

/** Whether the written opinions counted in the item's result (the council's rules, over all members), or were only recorded. */
function opinionsCounted(rules: SessionRules | null, r: Tally): boolean {
  if (rules) return rules.council.value.writtenOpinions === "count" && r.rule.over === "all";
  return r.inFavour !== r.agree;
}

function frame(data: MinutesData, summary: string, body: Block[]): OfficialDocument {
  const day = todayInVietnam(data.session.meetsAt);
  const place = issuingBodyOf(data.unit, data.parent).place;
  return {
    parentBody: councilParentBody(data.unit),
    // Two lines, the dash ending the first ("HỘI ĐỒNG THI ĐUA –" / "KHEN THƯỞNG"), rather than a line starting with it.
    issuingBody: "HỘI ĐỒNG THI ĐUA –\nKHEN THƯỞNG",
    numberLine: numberLine(null, { typeCode: "BB", issuerCode: COUNCIL_ISSUER_CODE }),
    placeDateLine: placeDateLine(place, day),
    typeName: "BIÊN BẢN",
    summary,
    body,
    signature: { authority: ["CHỦ TỌA"], signerName: data.chair?.name ?? "", signed: false },
    leftSignature: { authority: ["THƯ KÝ"], signerName: data.secretary?.name ?? "", signed: false },
    recipients: [],
    draft: false,
    meta: { title: `Biên bản ${summary.charAt(0).toLocaleLowerCase("vi")}${summary.slice(1)}`, author: `${COUNCIL_NAME} ${councilParentBody(data.unit)}` },
  };
}

/** "Hôm nay, vào lúc 14 giờ 00, ngày 20 tháng 12 năm 2024, tại Hội trường …". */
function opening(data: MinutesData): string {
  const s = data.session;
  return `Hôm nay, vào lúc ${clockWords(s.meetsAt)}, ${formatDate(s.meetsAt)}, tại ${s.place.trim() || BLANK}`;
}

function closing(data: MinutesData, what: string): string {
  const end = data.session.votingClosedAt;
  if (!end) return `${what} kết thúc vào lúc ${BLANK}.`;
  const sameDay = todayInVietnam(end) === todayInVietnam(data.session.meetsAt);
  return `${what} kết thúc vào lúc ${clockWords(end)}${sameDay ? " cùng ngày" : `, ${formatDate(end)}`}`;
}

// ——— the meeting's minutes ———

/** Biên bản họp Hội đồng Thi đua – Khen thưởng. */
export function composeMeetingMinutes(data: MinutesData): OfficialDocument {
  const s = data.session;
  const present = data.members.filter((m) => m.attendance === "present").length;
  const body: Block[] = [paragraph(`${opening(data)}, ${councilInSentence(data.unit)} họp: ${s.title.trim()}.`)];
  let part = 0;

  body.push(heading(1, `${ROMAN[part++]}. THÀNH PHẦN THAM DỰ`));
  body.push(
    list([
      `Chủ tọa: ${data.chair ? `${data.chair.name}, ${POST_WORDS[data.chair.post]}` : BLANK};`,
      `Thư ký: ${data.secretary ? `${data.secretary.name}, ${POST_WORDS[data.secretary.post]}` : BLANK}.`,
    ]),
  );
  body.push(paragraph(`Thành viên Hội đồng: ${two(data.members.length)} thành viên; có mặt: ${two(present)}; vắng mặt: ${two(data.members.filter((m) => m.attendance === "absent").length)}.`));
  body.push({
    kind: "table",
    header: true,
    rows: [
      ["STT", "Họ và tên", "Chức danh trong Hội đồng", "Tham dự"].map((h) => text(h, { bold: true })),
      ...data.members.map((m, i) => [String(i + 1), m.name, POST_WORDS[m.post], m.attendance ? ATTENDANCE_WORDS[m.attendance] : "Chưa ghi nhận"].map((v) => text(v))),
    ],
    widths: [9, 37, 32, 22],
  });
  if (s.rules) {
    const q = quorumOf(data.members.length, present, s.rules);
    const share = `${s.rules.quorum.value.numerator}/${s.rules.quorum.value.denominator}`;
    body.push(
      paragraph(
        `Số thành viên có mặt: ${q.present}/${q.members}; theo quy định phải có ít nhất ${q.required}/${q.members} thành viên (${share} tổng số thành viên, ${q.citation}): ${q.met ? "phiên họp đủ số thành viên theo quy định" : "phiên họp không đủ số thành viên theo quy định"}.`,
      ),
    );
  } else {
    body.push(paragraph(`Số thành viên có mặt: ${present}/${data.members.length}.`));
  }

  body.push(heading(1, `${ROMAN[part++]}. Ý KIẾN BẰNG VĂN BẢN CỦA THÀNH VIÊN VẮNG MẶT`));
  if (data.opinions.length === 0) body.push(paragraph("Không có phiếu lấy ý kiến của thành viên vắng mặt."));
  else {
    const byId = new Map(data.items.map((it) => [it.itemId, it]));
    const counted = s.rules?.council.value.writtenOpinions === "count";
    body.push(paragraph(`Hội đồng nhận được ${two(data.opinions.length)} phiếu lấy ý kiến (có chữ ký) của thành viên vắng mặt${s.rules ? (counted ? `, được tính vào kết quả theo ${s.rules.council.citation}` : `, được ghi nhận, không tính vào kết quả theo ${s.rules.council.citation}`) : ""}:`));
    body.push(
      list(
        data.opinions.map((o) => {
          const item = byId.get(o.itemId);
          const about = item ? `${item.nomineeName} (${item.formName})` : "";
          return `${member(o)}: ${about} – ${CHOICE_WORDS[o.choice]}${o.note.trim() ? ` (${o.note.trim()})` : ""};`;
        }),
      ),
    );
  }

  body.push(heading(1, `${ROMAN[part++]}. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT`));
  body.push(paragraph(`Hội đồng đã xem xét ${two(data.items.length)} hồ sơ đề nghị khen thưởng, thảo luận và biểu quyết bằng ${s.ballotMode === "online" ? "phiếu kín trên hệ thống Thi Đua" : "phiếu kín (phiếu giấy)"}. Kết quả như sau:`));
  itemsByForm(data.items).forEach((group, g) => {
    body.push(heading(2, `${g + 1}. ${group.formName}`));
    group.items.forEach((item, i) => {
      body.push(heading(3, `${String.fromCharCode(97 + (i % 26))}) ${item.nomineeName}`));
      const lines = [`Đơn vị, tổ chức đề nghị: ${item.nominatingUnit};`];
      lines.push(
        item.recusals.length
          ? `Thành viên không tham gia biểu quyết: ${item.recusals.map((r) => `${member(r)}, lý do: ${RECUSAL_WORDS[r.reason]}${r.note.trim() ? ` (${r.note.trim()})` : ""}`).join("; ")};`
          : "Thành viên không tham gia biểu quyết: không có;",
      );
      const r = item.result;
      if (r) {
        lines.push(`Số phiếu đồng ý: ${r.agree}; không đồng ý: ${r.disagree}; không hợp lệ: ${r.invalid};`);
        if (r.opinionsAgree + r.opinionsDisagree > 0) lines.push(`Ý kiến bằng văn bản: đồng ý ${r.opinionsAgree}, không đồng ý ${r.opinionsDisagree}${opinionsCounted(s.rules, r) ? "" : " (ghi nhận, không tính)"};`);
        lines.push(resultLine(r, item.passed));
      } else {
        lines.push("Chưa có kết quả kiểm phiếu.");
      }
      body.push(list(lines));
    });
  });

  body.push(heading(1, `${ROMAN[part++]}. KẾT LUẬN`));
  const passed = data.items.filter((it) => it.passed ?? it.result?.passed ?? false);
  if (passed.length === 0) body.push(paragraph("Không có trường hợp nào đạt số phiếu theo quy định."));
  else {
    body.push(paragraph(`Hội đồng thống nhất đề nghị cấp có thẩm quyền xem xét, khen thưởng ${two(passed.length)} trường hợp đạt số phiếu theo quy định:`));
    itemsByForm(passed).forEach((group, g) => {
      body.push(heading(2, `${g + 1}. ${group.formName}: ${two(group.items.length)} trường hợp`));
      body.push(list(group.items.map((it) => `${it.nomineeName}, ${it.nominatingUnit};`)));
    });
  }
  const failed = data.items.length - passed.length;
  if (passed.length > 0 && failed > 0) body.push(paragraph(`Có ${two(failed)} trường hợp không đạt số phiếu theo quy định.`));
  body.push(paragraph(`${closing(data, "Phiên họp")}, biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`));
  return frame(data, `Họp ${COUNCIL_NAME}`, body);
}

// ——— the ballot count's minutes ———

/** Biên bản kiểm phiếu: counts only, no voter named next to a choice. */
export function composeCountMinutes(data: MinutesData): OfficialDocument {
  const s = data.session;
  const body: Block[] = [paragraph(`${opening(data)}, Ban kiểm phiếu tiến hành kiểm phiếu biểu quyết tại phiên họp của ${councilInSentence(data.unit)}: ${s.title.trim()}.`)];
  let part = 0;

  body.push(heading(1, `${ROMAN[part++]}. BAN KIỂM PHIẾU`));
  if (s.ballotMode === "online") {
    body.push(
      list([
        "Phiếu được bỏ kín trên hệ thống Thi Đua; hệ thống tự động kiểm phiếu khi Chủ tọa kết thúc biểu quyết;",
        `Ban kiểm phiếu: hệ thống Thi Đua và Thư ký Hội đồng${data.secretary ? ` ${data.secretary.name}` : ` ${BLANK}`}.`,
      ]),
    );
  } else {
    const pairs = new Map<string, { enteredBy: string; confirmedBy: string | null }>();
    for (const it of data.items) if (it.paper) pairs.set(`${it.paper.enteredBy}\u0000${it.paper.confirmedBy ?? ""}`, it.paper);
    const lines = [...pairs.values()].map((p) => `Người nhập kết quả: ${p.enteredBy}; người xác nhận: ${p.confirmedBy ?? "chưa xác nhận"};`);
    body.push(list(["Phiếu bầu bằng giấy; Ban kiểm phiếu kiểm đếm và nhập kết quả vào hệ thống Thi Đua, một người nhập, một người khác xác nhận;", ...(lines.length ? lines : [`Người nhập kết quả: ${BLANK}; người xác nhận: ${BLANK}.`])]));
  }

  body.push(heading(1, `${ROMAN[part++]}. KẾT QUẢ KIỂM PHIẾU`));
  let receipts = 0;
  itemsByForm(data.items).forEach((group, g) => {
    body.push(heading(2, `${g + 1}. ${group.formName}`));
    group.items.forEach((item, i) => {
      body.push(heading(3, `${String.fromCharCode(97 + (i % 26))}) ${item.nomineeName} (${item.nominatingUnit})`));
      const r = item.result;
      if (!r) {
        body.push(list(["Chưa có kết quả kiểm phiếu."]));
        return;
      }
      receipts += item.receipts;
      const received = r.agree + r.disagree + r.invalid;
      const lines = [
        `Số phiếu phát ra: ${r.voters} (thành viên có mặt được biểu quyết); số phiếu thu về: ${received};`,
        `Số phiếu hợp lệ: ${r.agree + r.disagree}; số phiếu không hợp lệ: ${r.invalid};`,
        `Số phiếu đồng ý: ${r.agree}; số phiếu không đồng ý: ${r.disagree};`,
      ];
      if (r.recused > 0) lines.push(`Số thành viên không tham gia biểu quyết: ${r.recused};`);
      if (r.opinionsAgree + r.opinionsDisagree > 0) lines.push(`Phiếu lấy ý kiến của thành viên vắng mặt: đồng ý ${r.opinionsAgree}, không đồng ý ${r.opinionsDisagree}${opinionsCounted(s.rules, r) ? "" : " (ghi nhận, không tính)"};`);
      if (s.ballotMode === "online") lines.push(`Số mã biên nhận đã công bố: ${item.receipts};`);
      lines.push(resultLine(r, item.passed));
      body.push(list(lines));
    });
  });

  if (s.ballotMode === "online") {
    body.push(heading(1, `${ROMAN[part++]}. CÔNG BỐ MÃ BIÊN NHẬN`));
    body.push(
      paragraph(
        `Sau khi kết thúc biểu quyết, hệ thống đã công bố ${two(receipts)} mã biên nhận${s.receiptMode === "with_choices" ? " kèm lựa chọn, theo quy chế của Hội đồng" : ", không kèm lựa chọn"}; mỗi thành viên đã bỏ phiếu đối chiếu được mã của mình. Danh sách mã không ghi tên thành viên.`,
      ),
    );
  }
  body.push(paragraph(`${closing(data, "Việc kiểm phiếu")}. Ban kiểm phiếu đã công bố kết quả trước Hội đồng./.`));
  return frame(data, `Kiểm phiếu phiên họp ${COUNCIL_NAME}`, body);
}

/** The model of either minutes, e.g. to attach to the dossiers of the session's nominations. */
export function minutesDocument(data: MinutesData, kind: MinutesKind): OfficialDocument {
  return kind === "meeting" ? composeMeetingMinutes(data) : composeCountMinutes(data);
}
