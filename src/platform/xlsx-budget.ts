// A spreadsheet is measured before a spreadsheet library opens it. An .xlsx is a ZIP
// of XML parts, and the library inflates every part into memory and builds an object
// per cell, per merged cell and per validated cell: a 200 KB file can unpack to
// gigabytes, or name cell XFD1048576 and make the reader build millions of empty
// cells. So we read the ZIP's central directory (declared sizes), then inflate each
// part as a stream, counting what comes out and never keeping it, and scan the
// worksheets for how far their rows and columns reach. Over budget, the file is
// refused with the limit named; nothing has been held in memory.
import { createInflateRaw } from "node:zlib";
import { ValidationError } from "./errors";

export interface SheetBudget {
  /** All parts together, unpacked. */
  maxBytes: number;
  /** Rows × columns reached by every worksheet, plus merged and validated cells. */
  maxCells: number;
  maxEntries: number;
}

const MB = 1024 * 1024;
/** 50 MB unpacked and 600,000 cells: about 50,000 people × 12 columns, read in about 2 s. */
export const SHEET_BUDGET: SheetBudget = { maxBytes: 50 * MB, maxCells: 600_000, maxEntries: 2000 };

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

class Unreadable extends Error {}

/** The entries of a ZIP's central directory (ZIP64 included); Unreadable if it is not a ZIP. */
export function zipEntries(b: Uint8Array): Entry[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (at: number) => (at + 2 <= b.length ? view.getUint16(at, true) : fail());
  const u32 = (at: number) => (at + 4 <= b.length ? view.getUint32(at, true) : fail());
  const u64 = (at: number) => {
    const value = u32(at) + u32(at + 4) * 2 ** 32;
    return Number.isSafeInteger(value) ? value : fail();
  };
  let end = -1;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) fail();
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== 0x07064b50) fail();
    const zip64End = u64(locator + 8);
    if (u32(zip64End) !== 0x06064b50) fail();
    count = u64(zip64End + 32);
    offset = u64(zip64End + 48);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) fail();
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const entry: Entry = {
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    // ZIP64: the sizes and offset that did not fit are in the extra field 0x0001, in this order.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      let x = at + 46 + nameLength;
      const extraEnd = x + extraLength;
      while (x + 4 <= extraEnd && u16(x) !== 0x0001) x += 4 + u16(x + 2);
      if (x + 4 > extraEnd) fail();
      let field = x + 4;
      for (const key of ["size", "compressedSize", "localOffset"] as const) {
        if (entry[key] === 0xffffffff) {
          entry[key] = u64(field);
          field += 8;
        }
      }
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;

  function fail(): never {
    throw new Unreadable();
  }
}

/** The bytes of an entry as stored (still compressed). */
function storedData(b: Uint8Array, e: Entry): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.localOffset + 30 > b.length || view.getUint32(e.localOffset, true) !== 0x04034b50) throw new Unreadable();
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > b.length) throw new Unreadable();
  return b.subarray(start, start + e.compressedSize);
}

class OverBudget extends Error {
  constructor(readonly what: "bytes" | "cells") {
    super(what);
  }
}

/** Inflates `data` as a stream, handing each piece to `visit`; stops as soon as more than `limit` bytes came out. */
function inflateCounting(data: Uint8Array, limit: number, visit: (chunk: Uint8Array) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let done = false;
    const stop = (err: Error) => {
      if (done) return;
      done = true;
      inflate.destroy();
      reject(err);
    };
    inflate.on("data", (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > limit) return stop(new OverBudget("bytes"));
      try {
        visit(chunk);
      } catch (err) {
        stop(err as Error);
      }
    });
    inflate.on("end", () => {
      if (!done) {
        done = true;
        resolve(total);
      }
    });
    inflate.on("error", () => stop(new Unreadable()));
    inflate.end(data);
  });
}

// ---- worksheet scan

const enum Mode {
  Text,
  TagStart,
  Name,
  InTag,
  AttrName,
  AfterAttrName,
  BeforeValue,
  Value,
  Bang,
  Skip,
}

const isSpace = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;

/** "AB12" as column 28, row 12; "12" as row 12; a whole column "C" or row "3" reaches the sheet's edge. */
function cellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{0,4})\$?(\d{0,8})$/.exec(ref);
  if (!m || (!m[1] && !m[2])) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: m[2] ? Number(m[2]) : 0 };
}

/** Cells in "A1:C3 E5 F:F": what a reader that visits each address of a range would visit. */
export function rangeArea(list: string): number {
  let area = 0;
  for (const part of list.trim().split(/\s+/)) {
    if (!part) continue;
    const [from, to = from] = part.split(":");
    const a = cellRef(from!);
    const b = cellRef(to!);
    if (!a || !b) continue;
    const cols = a.col && b.col ? Math.abs(b.col - a.col) + 1 : EXCEL_COLUMNS;
    const rows = a.row && b.row ? Math.abs(b.row - a.row) + 1 : EXCEL_ROWS;
    area += cols * rows;
  }
  return area;
}

/**
 * Follows a worksheet's XML piece by piece (tags, attributes, quoted values, comments,
 * CDATA), keeping only the few attributes that say how far the sheet reaches.
 */
export class SheetScan {
  private mode = Mode.Text;
  private name = "";
  private attr = "";
  private value = "";
  private quote = 0;
  private keep = false;
  private bang = "";
  private skipUntil = "";
  private tail = "";
  private attrs: Record<string, string> = {};
  private row = 0;
  private col = 0;
  maxRow = 0;
  maxCol = 0;
  /** Merged and validated cells, which a reader visits one by one. */
  ranges = 0;

  get cells(): number {
    return this.maxRow * Math.max(this.maxCol, this.maxRow ? 1 : 0) + this.ranges;
  }

  write(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      switch (this.mode) {
        case Mode.Text: {
          const next = chunk.indexOf(0x3c, i);
          if (next < 0) return;
          i = next;
          this.mode = Mode.TagStart;
          break;
        }
        case Mode.TagStart:
          if (ch === 0x21 /* ! */) {
            this.mode = Mode.Bang;
            this.bang = "";
          } else if (ch === 0x3f /* ? */) this.skip("?>");
          else if (ch === 0x2f /* / */) this.skip(">");
          else {
            this.mode = Mode.Name;
            this.name = String.fromCharCode(ch);
            this.attrs = {};
          }
          break;
        case Mode.Bang:
          this.bang += String.fromCharCode(ch);
          if (this.bang === "--") this.skip("-->");
          else if (this.bang === "[CDATA[") this.skip("]]>");
          else if (!"--".startsWith(this.bang) && !"[CDATA[".startsWith(this.bang)) this.skip(">");
          break;
        case Mode.Skip: {
          if (this.skipUntil === ">") {
            const next = chunk.indexOf(0x3e, i);
            if (next < 0) return;
            i = next;
            this.mode = Mode.Text;
            break;
          }
          this.tail = (this.tail + String.fromCharCode(ch)).slice(-this.skipUntil.length);
          if (this.tail === this.skipUntil) this.mode = Mode.Text;
          break;
        }
        case Mode.Name:
          if (isSpace(ch) || ch === 0x2f || ch === 0x3e) {
            this.mode = Mode.InTag;
            i--;
          } else if (this.name.length < 64) this.name += String.fromCharCode(ch);
          break;
        case Mode.InTag:
          if (ch === 0x3e /* > */) this.endTag();
          else if (!isSpace(ch) && ch !== 0x2f) {
            this.mode = Mode.AttrName;
            this.attr = String.fromCharCode(ch);
          }
          break;
        case Mode.AttrName:
          if (ch === 0x3d /* = */) this.mode = Mode.BeforeValue;
          else if (isSpace(ch)) this.mode = Mode.AfterAttrName;
          else if (ch === 0x3e) this.endTag();
          else if (this.attr.length < 64) this.attr += String.fromCharCode(ch);
          break;
        case Mode.AfterAttrName:
          if (ch === 0x3d) this.mode = Mode.BeforeValue;
          else if (ch === 0x3e) this.endTag();
          else if (!isSpace(ch)) {
            this.mode = Mode.AttrName;
            this.attr = String.fromCharCode(ch);
          }
          break;
        case Mode.BeforeValue:
          if (ch === 0x22 || ch === 0x27) {
            this.mode = Mode.Value;
            this.quote = ch;
            this.value = "";
            this.keep = this.attr === "r" || this.attr === "ref" || this.attr === "sqref";
          } else if (ch === 0x3e) this.endTag();
          break;
        case Mode.Value:
          if (ch === this.quote) {
            if (this.keep) this.attrs[this.attr] = this.value;
            this.mode = Mode.InTag;
          } else if (this.keep) {
            // A reference list longer than this is no ordinary sheet: count it as the whole sheet.
            if (this.value.length < 65_536) this.value += String.fromCharCode(ch);
            else {
              this.value = "A:XFD";
              this.keep = false;
              this.attrs[this.attr] = this.value;
            }
          }
          break;
      }
    }
  }

  private skip(until: string) {
    this.mode = Mode.Skip;
    this.skipUntil = until;
    this.tail = "";
  }

  private endTag() {
    this.mode = Mode.Text;
    const local = this.name.slice(this.name.indexOf(":") + 1);
    if (local === "row") {
      const r = Number(this.attrs.r);
      this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
      this.col = 0;
      this.reach(this.row, 0);
    } else if (local === "c") {
      const ref = this.attrs.r ? cellRef(this.attrs.r) : null;
      this.col = ref && ref.col ? ref.col : this.col + 1;
      this.reach(ref && ref.row ? ref.row : Math.max(this.row, 1), this.col);
    } else if (local === "mergeCell" && this.attrs.ref) this.ranges += rangeArea(this.attrs.ref);
    else if (local === "dataValidation" && this.attrs.sqref) this.ranges += rangeArea(this.attrs.sqref);
  }

  private reach(row: number, col: number) {
    this.maxRow = Math.max(this.maxRow, Math.min(row, EXCEL_ROWS * 2));
    this.maxCol = Math.max(this.maxCol, Math.min(col, EXCEL_COLUMNS * 2));
  }
}

const WORKSHEET = /xl\/worksheets\/sheet\d+\.xml/;

const formatted = (n: number) => ({ vi: n.toLocaleString("vi-VN"), en: n.toLocaleString("en-GB") });

/**
 * Refuses an .xlsx whose parts unpack to more than the budget's bytes, or whose
 * worksheets reach more cells than its cells, as a field error naming the limit;
 * a file that is not a readable ZIP as "unreadable". Holds nothing in memory but
 * the file itself.
 */
export async function checkSpreadsheetBudget(field: string, bytes: Uint8Array, budget: SheetBudget = SHEET_BUDGET): Promise<void> {
  const tooBig = () => ValidationError.field(field, "errors.sheet_too_big", { max: Math.round(budget.maxBytes / MB) });
  const tooManyCells = () => {
    const cells = formatted(budget.maxCells);
    const rows = formatted(Math.floor(budget.maxCells / 12));
    return ValidationError.field(field, "errors.sheet_too_many_cells", { max: cells.vi, max_en: cells.en, rows: rows.vi, rows_en: rows.en });
  };
  try {
    const entries = zipEntries(bytes);
    if (entries.length > budget.maxEntries) throw tooBig();
    if (entries.reduce((sum, e) => sum + e.size, 0) > budget.maxBytes) throw tooBig();
    let unpacked = 0;
    let cells = 0;
    for (const e of entries) {
      if (e.name.endsWith("/") && e.size === 0) continue;
      const data = storedData(bytes, e);
      const scan = WORKSHEET.test(e.name) ? new SheetScan() : null;
      const visit = (chunk: Uint8Array) => {
        if (!scan) return;
        scan.write(chunk);
        if (cells + scan.cells > budget.maxCells) throw new OverBudget("cells");
      };
      let size: number;
      if (e.method === 0) {
        size = data.length;
        if (unpacked + size > budget.maxBytes) throw new OverBudget("bytes");
        visit(data);
      } else if (e.method === 8) size = await inflateCounting(data, budget.maxBytes - unpacked, visit);
      else throw new Unreadable();
      unpacked += size;
      if (scan) cells += scan.cells;
    }
  } catch (err) {
    if (err instanceof OverBudget) throw err.what === "bytes" ? tooBig() : tooManyCells();
    if (err instanceof Unreadable) throw ValidationError.field(field, "errors.file_unreadable");
    throw err;
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What an Office compound file (the container of Excel 97–2003 .xls files, and of .xlsx
 * files saved with a password) holds, so that the refusal says what to do: remove the
 * password, or save as .xlsx. Null for anything else.
 */
export function legacyOfficeFile(bytes: Uint8Array): "encrypted" | "xls" | null {
  if (bytes.length < 512 || !CFB_MAGIC.every((b, i) => bytes[i] === b)) return null;
  if (contains(bytes, utf16("EncryptedPackage"))) return "encrypted";
  return "xls";
}

/** Refuses an .xls or a password-protected workbook with what to do instead. */
export function refuseLegacyOfficeFile(field: string, bytes: Uint8Array): void {
  const kind = legacyOfficeFile(bytes);
  if (kind === "encrypted") throw ValidationError.field(field, "errors.xlsx_encrypted");
  if (kind === "xls") throw ValidationError.field(field, "errors.xls_old_format");
}
