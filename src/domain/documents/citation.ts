// How a document is cited in another, on a page, in a file or in an e-mail:
// "Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh".
// A Vietnamese document is quoted in Vietnamese whatever the reader's interface language:
// its number and date are part of its name, as printed on it.
import { formatDate } from "../text/dates";
import { DOCUMENT_KINDS, isDocumentType } from "./document-types";

export interface CitedDocument {
  /** "Công văn", "Kế hoạch", "Quyết định"… as the data has it (or a type code: "KH"). */
  kind: string;
  /** "1240/UBND-NV" as printed after "Số:"; null while a draft has no number. */
  numberSymbol: string | null;
  /** The document's date, "YYYY-MM-DD"; null while it has none. */
  issuedOn: string | null;
  /** "UBND thành phố Cam Ranh"; left out when null or absent (e.g. a column beside names it). */
  issuer?: string | null | undefined;
}

/** "Công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh". */
export function citeDocument(doc: CitedDocument): string {
  const kind = kindName(doc.kind).replace(/\s+số$/iu, "");
  const number = doc.numberSymbol?.trim().replace(/^số:?\s*/iu, "");
  const issuer = doc.issuer?.trim();
  const parts = [kind];
  if (number) parts.push(`số ${number}`);
  if (doc.issuedOn) parts.push(formatDate(doc.issuedOn.slice(0, 10), "vi"));
  if (issuer) parts.push(`của ${issuer}`);
  return parts.join(" ");
}

/** A type code ("KH") as the kind's name ("Kế hoạch"); any other text as it is. */
function kindName(kind: string): string {
  const trimmed = kind.normalize("NFC").trim();
  return isDocumentType(trimmed) ? DOCUMENT_KINDS[trimmed] : trimmed;
}

/**
 * The basis paragraphs of a plan written from the documents it cites, one per document:
 * "Thực hiện Công văn số … ngày … của … về việc đẩy mạnh …;" (the last ends with ".").
 */
export function basisFromCitations(docs: readonly (CitedDocument & { summary: string })[]): string {
  return docs
    .map((d, i) => {
      const subject = aboutClause(d.summary);
      return `Thực hiện ${citeDocument(d)}${subject ? ` ${subject}` : ""}${i === docs.length - 1 ? "." : ";"}`;
    })
    .join("\n\n");
}

/**
 * A summary (trích yếu) after "về việc": "Đẩy mạnh phong trào…" → "về việc đẩy mạnh phong trào…".
 * A leading "V/v" or "Về việc" is not repeated; an acronym ("UBND…") keeps its capitals.
 */
function aboutClause(summary: string): string {
  const text = summary.normalize("NFC").trim().replace(/[.;:\s]+$/u, "").replace(/^(v\/v|về việc)\s*/iu, "");
  if (!text) return "";
  const [first = "", second = ""] = [...text];
  const lowered = second && second === second.toLocaleLowerCase("vi") && second !== second.toLocaleUpperCase("vi") ? first.toLocaleLowerCase("vi") + text.slice(first.length) : text;
  return `về việc ${lowered}`;
}
