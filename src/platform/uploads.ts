// Uploaded files are judged by their content, not by their name: the first bytes
// say what a file is, and it must be one of the kinds the form accepts and match
// its own extension. (The size is bounded earlier, while the body streams in.)
import { ValidationError } from "./errors";

export type FileKind = "pdf" | "png" | "jpeg" | "webp" | "gif" | "xlsx" | "docx" | "zip" | "executable" | "unknown";

const EXTENSIONS: Record<FileKind, string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpeg: ["jpg", "jpeg"],
  webp: ["webp"],
  gif: ["gif"],
  xlsx: ["xlsx"],
  docx: ["docx"],
  zip: ["zip"],
  executable: [],
  unknown: [],
};

/** The media type a file of each kind is sent back with. */
const CONTENT_TYPES: Partial<Record<FileKind, string>> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
};

export const contentTypeOf = (kind: string): string => CONTENT_TYPES[kind as FileKind] ?? "application/octet-stream";

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Names of the entries in a ZIP's local headers (enough to tell an .xlsx from a .docx). */
function zipEntryNames(b: Uint8Array, max = 50): string[] {
  const names: string[] = [];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 0;
  while (names.length < max && at + 30 <= b.length && starts(b, [0x50, 0x4b, 0x03, 0x04], at)) {
    const flags = view.getUint16(at + 6, true);
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(b.subarray(at + 30, at + 30 + nameLength)));
    if (flags & 0x08) break; // sizes follow the data: stop, the first names suffice
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (starts(bytes, ascii("%PDF-"))) return "pdf";
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(bytes, ascii("RIFF")) && starts(bytes, ascii("WEBP"), 8)) return "webp";
  if (starts(bytes, ascii("GIF87a")) || starts(bytes, ascii("GIF89a"))) return "gif";
  if (starts(bytes, ascii("MZ")) || starts(bytes, [0x7f, 0x45, 0x4c, 0x46])) return "executable";
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
    if (names.some((n) => n.startsWith("word/"))) return "docx";
    return "zip";
  }
  return "unknown";
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** The file's kind if it is one of `allowed` and its extension agrees; otherwise a field error. */
/** One file's limit unless a caller says otherwise; a form may carry several (MAX_UPLOAD_MB bounds the whole). */
export const MAX_FILE_MB = 20;

export function checkUpload(field: string, file: UploadedFile, allowed: readonly FileKind[], maxMb = MAX_FILE_MB): FileKind {
  if (file.bytes.length === 0) throw ValidationError.field(field, "errors.file_empty");
  if (file.bytes.length > maxMb * 1024 * 1024) throw ValidationError.field(field, "errors.too_large", { max: `${maxMb} MB` });
  const kind = detectFileKind(file.bytes);
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  if (!allowed.includes(kind) || !EXTENSIONS[kind].includes(extension)) {
    throw ValidationError.field(field, "errors.file_type", { allowed: allowed.map((k) => `.${EXTENSIONS[k][0]}`).join(", ") });
  }
  return kind;
}
