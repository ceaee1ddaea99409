// What a plan (kế hoạch) says, in the structure of the seed plan:
// basis and introduction, I. Mục đích, yêu cầu; II. Nội dung; III. Tổ chức thực hiện
// (one block per assigned party, whose duties become tasks), closing, Nơi nhận.
// Long texts are written in the plan markup (src/documents/markup.ts): paragraphs,
// "- " bullets, "1. " numbered items, **bold**, *italic* and "|" tables.

export interface PlanAssignment {
  /** The party as printed ("Thường trực Hội đồng Thi đua - Khen thưởng"). */
  party: string;
  /** The unit in the registry that carries the duties, when there is one. */
  unitId?: number | null;
  /** Duties, in plan markup. */
  duties: string;
  /** ISO date (YYYY-MM-DD) when the duties carry a deadline, e.g. the results report. */
  dueDate?: string | null;
}

export interface PlanContent {
  /** Trích yếu, printed under "KẾ HOẠCH". */
  summary: string;
  /** The basis paragraph(s) ("Thực hiện công văn số 1240/UBND-NV ngày …"), in plan markup. */
  basis: string;
  /** The sentence that leads into the parts ("UBND phường xây dựng kế hoạch … như sau:"). */
  introduction: string;
  /** I.1 Mục đích, in plan markup. */
  purposes: string;
  /** I.2 Yêu cầu, in plan markup. */
  requirements: string;
  /** II. Nội dung, in plan markup. */
  contents: string;
  /** III. Tổ chức thực hiện: one block per party, in this order. */
  assignments: PlanAssignment[];
  /** Last paragraph ("Yêu cầu cán bộ, công chức nghiêm túc thực hiện nội dung kế hoạch này./."). */
  closing: string;
}

/** Everything around the content that the issuing unit and the workflow decide. */
export interface DocumentHeader {
  parentBody: string | null;
  issuingBody: string;
  /** "Số: 12/KH-UBND", or a blank number for a draft. */
  numberLine: string;
  /** "Cam Phú, ngày 21 tháng 3 năm 2024". */
  placeDateLine: string;
  signature: { authority: string[]; signerName: string; signed: boolean };
  /** Nơi nhận lines without the dash, ending with "Lưu: VT, …". */
  recipients: string[];
  draft: boolean;
  author: string;
}
