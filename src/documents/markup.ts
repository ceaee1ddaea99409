// Plan markup: the small Markdown-like syntax a ward clerk types into a plain textarea
// for the long parts of a plan. Blocks are separated by blank lines; "- " starts a
// bullet, "1. " a numbered item, lines between "|" form a table; **bold** and *italic*
// inline. Nothing else is special (a "#" line is an ordinary paragraph: the composer
// writes the headings). Problems are reported per line in plain Vietnamese, and the
// text is still parsed as well as it can be, so a preview always shows something.
import type { Block, Inline } from "./model";

export interface MarkupProblem {
  line: number;
  message: string;
}

export interface ParsedMarkup {
  blocks: Block[];
  problems: MarkupProblem[];
}

const BULLET = /^-\s+(.*)$/;
/** Up to two digits, so a sentence that opens with a year ("2024. …") stays a paragraph. */
const NUMBERED = /^\d{1,2}\.\s+(.*)$/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_SEPARATOR = /^\|(\s*:?-+:?\s*\|)+$/;

type ListItem = { ordered: boolean; text: string };

/** Parses plan markup into document blocks; numbered items are renumbered from 1 by the renderers. */
export function parseMarkup(text: string): ParsedMarkup {
  const lines = text.normalize("NFC").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const problems: MarkupProblem[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === "") {
      i++;
    } else if (TABLE_ROW.test(line)) {
      i = readTable(lines, i, blocks, problems);
    } else if (listItem(line)) {
      i = readList(lines, i, blocks);
    } else {
      i = readParagraph(lines, i, blocks);
    }
  }
  return { blocks, problems };
}

function listItem(line: string): ListItem | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, text: bullet[1]! };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { ordered: true, text: numbered[1]! };
  return null;
}

/** A line that starts a block of its own, ending the paragraph or list item above it. */
function startsBlock(line: string): boolean {
  return line === "" || TABLE_ROW.test(line) || listItem(line) !== null;
}

function readParagraph(lines: string[], start: number, blocks: Block[]): number {
  const parts: string[] = [];
  let i = start;
  do {
    parts.push(lines[i]!.trim());
    i++;
  } while (i < lines.length && !startsBlock(lines[i]!.trim()));
  blocks.push({ kind: "paragraph", content: parseInline(parts.join(" ")) });
  return i;
}

/**
 * Items of one kind form one list, also across blank lines (clerks often leave one
 * between items); a plain line right under an item continues it.
 */
function readList(lines: string[], start: number, blocks: Block[]): number {
  const ordered = listItem(lines[start]!.trim())!.ordered;
  const items: string[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    const item = listItem(line);
    if (item && item.ordered === ordered) {
      items.push(item.text);
      i++;
    } else if (item || TABLE_ROW.test(line)) {
      break;
    } else if (line === "") {
      const next = nextNonBlank(lines, i);
      if (next === -1 || listItem(lines[next]!.trim())?.ordered !== ordered) break;
      i = next;
    } else {
      items[items.length - 1] += " " + line;
      i++;
    }
  }
  blocks.push({ kind: "list", ordered, items: items.map(parseInline) });
  return i;
}

function nextNonBlank(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== "") return i;
  return -1;
}

function readTable(lines: string[], start: number, blocks: Block[], problems: MarkupProblem[]): number {
  const rows: { line: number; cells: string[] }[] = [];
  let header = false;
  let i = start;
  for (; i < lines.length && TABLE_ROW.test(lines[i]!.trim()); i++) {
    const line = lines[i]!.trim();
    if (!TABLE_SEPARATOR.test(line)) {
      rows.push({ line: i + 1, cells: line.slice(1, -1).split("|").map((c) => c.trim()) });
    } else if (i === start + 1) {
      header = true;
    } else {
      problems.push({ line: i + 1, message: `Dòng ${i + 1}: dòng kẻ "|---|" chỉ được đặt ngay dưới dòng tiêu đề của bảng` });
    }
  }
  if (rows.length === 0) return i;
  const first = rows[0]!;
  const firstName = header ? "dòng tiêu đề" : "dòng đầu";
  for (const row of rows.slice(1)) {
    if (row.cells.length !== first.cells.length) {
      problems.push({
        line: row.line,
        message: `Dòng ${row.line}: bảng có ${row.cells.length} cột nhưng ${firstName} có ${first.cells.length} cột`,
      });
    }
  }
  // Short rows are padded rather than dropped, so no typed text is lost from the preview.
  const columns = Math.max(...rows.map((r) => r.cells.length));
  const cells = rows.map((r) => [...r.cells, ...Array<string>(columns - r.cells.length).fill("")].map(parseInline));
  blocks.push({ kind: "table", header, rows: cells });
  return i;
}

/**
 * Inline markup: **bold**, *italic* and ***both***, nestable ("**a *b* c**"). A run of
 * stars is closed only by a run of the same length; an opener must be followed, and a
 * closer preceded, by a non-space (so "5 * 3 * 2" stays as typed). Unmatched stars are text.
 */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  parseSpan(text.normalize("NFC"), false, false, out);
  return out;
}

function parseSpan(text: string, bold: boolean, italic: boolean, out: Inline[]): void {
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const run = starRun(text, i);
    const closer = run >= 1 && run <= 3 && /\S/.test(text[i + run] ?? "") ? findCloser(text, i + run, run) : -1;
    if (closer === -1) {
      literal += text.slice(i, i + Math.max(run, 1));
      i += Math.max(run, 1);
      continue;
    }
    push(out, literal, bold, italic);
    literal = "";
    parseSpan(text.slice(i + run, closer), bold || run >= 2, italic || run !== 2, out);
    i = closer + run;
  }
  push(out, literal, bold, italic);
}

function starRun(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === "*") n++;
  return n;
}

/** The start of the first star run of exactly `length` after `from` that follows a non-space. */
function findCloser(text: string, from: number, length: number): number {
  let i = from;
  while (i < text.length) {
    const run = starRun(text, i);
    if (run === 0) {
      i++;
    } else if (run === length && /\S/.test(text[i - 1]!)) {
      return i;
    } else {
      i += run;
    }
  }
  return -1;
}

/** Appends a run, merging it into the previous one when the style is the same. */
function push(out: Inline[], text: string, bold: boolean, italic: boolean): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && !!last.bold === bold && !!last.italic === italic) {
    last.text += text;
    return;
  }
  out.push({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
}
