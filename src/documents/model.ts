// One model for every official document the product issues (plans now; decisions,
// minutes, proposals and reports later). The .docx and .pdf renderers both read it,
// so the two files always say the same thing. Layout rules: Decree 30/2020/NĐ-CP,
// Appendix I (the layout of administrative documents: fonts, sizes, the place of each part).

/** A run of text; Decree 30 bodies use only bold and italic. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  /** Level 1: a Roman-numeral part ("I. MỤC ĐÍCH, YÊU CẦU"); level 2: "1. Mục đích"; level 3: "a) …". The numbering is part of the text. */
  | { kind: "heading"; level: 1 | 2 | 3; content: Inline[] }
  /** Justified body paragraph with a first-line indent. */
  | { kind: "paragraph"; content: Inline[] }
  /** Bulleted lists use the Vietnamese dash ("- "); ordered ones "1.", "2.", … */
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  /** A centred line: a decision's authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …") and its "QUYẾT ĐỊNH:". */
  | { kind: "centered"; content: Inline[]; spaceBeforePt?: number }
  /**
   * First row is the header when `header` is true. Column widths are shares of the text width;
   * `align` sets each column's alignment (amounts right); a row of one cell spans the table (a group's title).
   */
  | { kind: "table"; header: boolean; rows: Inline[][][]; widths?: number[]; align?: ("left" | "center" | "right")[] };

/**
 * A list attached after the signature (phụ lục, danh sách kèm theo): it starts a page, landscape
 * when its table needs the width, under centred title lines and an italic line saying which
 * document it belongs to.
 */
export interface Annex {
  titleLines: string[];
  attachedTo: string;
  body: Block[];
  landscape: boolean;
}

export interface SignatureBlock {
  /** Lines above the name, e.g. ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  authority: string[];
  signerName: string;
  /** False for a draft: the space for signature and seal stays, the words "(Đã ký)" do not appear. */
  signed: boolean;
}

export interface OfficialDocument {
  /** Parent body in capitals, regular ("UBND THÀNH PHỐ CAM RANH"); null for a body with none shown. */
  parentBody: string | null;
  /** Issuing body in capitals, bold ("ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ"). */
  issuingBody: string;
  /** "Số: 12/KH-UBND"; a draft has a blank number ("Số:       /KH-UBND"). */
  numberLine: string;
  /** Italic: "Cam Phú, ngày 21 tháng 3 năm 2024". */
  placeDateLine: string;
  /** "KẾ HOẠCH", "QUYẾT ĐỊNH"…; null for a công văn, whose summary goes under its number as "V/v …". */
  typeName: string | null;
  /** Trích yếu: the summary under the type name. */
  summary: string;
  body: Block[];
  signature: SignatureBlock;
  /** Nơi nhận lines without the leading dash; the last is "Lưu: VT, …". */
  recipients: string[];
  /** A second signer on the left, in place of Nơi nhận (a minutes' secretary, a head certifying a report). */
  leftSignature?: SignatureBlock | undefined;
  /** Lists attached after the signature, each from a new page. */
  annexes?: Annex[] | undefined;
  /** A draft shows "DỰ THẢO" in its header; an issued document never does. */
  draft: boolean;
  /** Document properties (title, author) in the files. */
  meta: { title: string; author: string };
}
