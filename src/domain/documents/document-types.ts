// Document types and their abbreviations (Decree 30/2020/NĐ-CP, Appendix III).
// A công văn has no type code: its number reads "Số: 424/SGDĐT-TĐKT".
export const DOCUMENT_TYPES = {
  KH: "KẾ HOẠCH",
  QĐ: "QUYẾT ĐỊNH",
  BC: "BÁO CÁO",
  BB: "BIÊN BẢN",
  TTr: "TỜ TRÌNH",
  TB: "THÔNG BÁO",
  HD: "HƯỚNG DẪN",
  CTr: "CHƯƠNG TRÌNH",
  CV: null,
} as const;
export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;

/** The kind's name as it is written inside a sentence ("Thực hiện Kế hoạch số …"). */
export const DOCUMENT_KINDS: Record<DocumentTypeCode, string> = {
  KH: "Kế hoạch",
  QĐ: "Quyết định",
  BC: "Báo cáo",
  BB: "Biên bản",
  TTr: "Tờ trình",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTr: "Chương trình",
  CV: "Công văn",
};

export function isDocumentType(value: string): value is DocumentTypeCode {
  return Object.hasOwn(DOCUMENT_TYPES, value);
}

/** The printed type name ("KẾ HOẠCH"), or null for a công văn. */
export function typeName(code: DocumentTypeCode): string | null {
  return DOCUMENT_TYPES[code];
}
