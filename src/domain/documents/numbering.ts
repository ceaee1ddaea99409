// Number and symbol of an outgoing document (Decree 30/2020/NĐ-CP, Art. 15 and
// Appendix I): one sequence per issuing body and calendar year, from 01 on 1 January;
// numbers below 10 carry a leading zero ("Số: 05/KH-UBND").
import type { DocumentTypeCode } from "./document-types";

export interface SymbolParts {
  typeCode: DocumentTypeCode;
  /** The issuing body's abbreviation: "UBND". */
  issuerCode: string;
  /** For a công văn: the drafting office's abbreviation ("VP", "TĐKT"); optional. */
  drafterCode?: string | null;
}

/** "KH-UBND"; for a công văn "UBND-VP" (or "UBND" without a drafting office). */
export function documentSymbol({ typeCode, issuerCode, drafterCode }: SymbolParts): string {
  if (typeCode === "CV") return drafterCode ? `${issuerCode}-${drafterCode}` : issuerCode;
  return `${typeCode}-${issuerCode}`;
}

export function formatSequence(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a document number starts at 1: ${n}`);
  return String(n).padStart(2, "0");
}

/** "12/KH-UBND", the register's number and symbol. */
export function numberAndSymbol(n: number, parts: SymbolParts): string {
  return `${formatSequence(n)}/${documentSymbol(parts)}`;
}

/** "Số: 12/KH-UBND"; a draft leaves the number blank for the clerk: "Số:      /KH-UBND". */
export function numberLine(n: number | null, parts: SymbolParts): string {
  return n === null ? `Số:      /${documentSymbol(parts)}` : `Số: ${numberAndSymbol(n, parts)}`;
}
