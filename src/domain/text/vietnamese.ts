// Vietnamese search and sort that behave the same on PGlite and on a server.
// PGlite's ICU holds only root data, so a "vi" collation sorts wrongly there; the order is computed
// here into a key that PostgreSQL compares byte by byte (COLLATE "C").

/** Lower-case, without tone marks or vowel hats, đ as d: "Xã Nậm Nèn" → "xa nam nen". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

// The alphabet in Vietnamese order; f, j, w, z are kept for foreign names.
const ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split(" ");
// Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
const TONES: Record<string, number> = { "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5 };
// Marks that make a new letter rather than a tone.
const LETTER_MARKS: Record<string, string> = { "a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ", "u\u031b": "ư" };

const letterCode = (rank: number) => String.fromCharCode(0x41 + rank); // "A", "B", …: above digits and the separators
const WORD_BREAK = " ";
const END = "\u0001"; // below every letter: "An" sorts before "Anh"

/** Splits a letter (possibly decomposed) into its base letter and its tone (0–5). */
function letterAndTone(cluster: string): [string, number] {
  const decomposed = cluster.normalize("NFD").toLowerCase();
  let base = decomposed[0]!;
  let tone = 0;
  for (const mark of decomposed.slice(1)) {
    if (TONES[mark] !== undefined) tone = TONES[mark]!;
    else base = LETTER_MARKS[base + mark] ?? base;
  }
  return [base === "đ" || cluster.toLowerCase() === "đ" ? "đ" : base, tone];
}

/** One word's key: its letters in Vietnamese order, then (after END) its tones. */
function wordKey(word: string): string {
  let primary = "";
  let tones = "";
  for (const c of word.match(/\d+|\p{L}\p{M}*|./gu) ?? []) {
    if (/^\d+$/.test(c)) {
      const digits = c.replace(/^0+(?=\d)/, "");
      primary += "0" + String.fromCharCode(0x30 + Math.min(digits.length, 9)) + digits; // "0" + length + value
    } else if (/\p{L}/u.test(c)) {
      const [base, tone] = letterAndTone(c);
      const rank = ALPHABET.indexOf(base);
      primary += rank >= 0 ? letterCode(rank) : letterCode(ALPHABET.length) + base; // other scripts after z
      tones += String(tone);
    }
    // punctuation is ignored
  }
  return primary + END + tones;
}

/**
 * A byte-comparable key, syllable by syllable as Vietnamese dictionaries sort: letters
 * in Vietnamese order (a < ă < â, d < đ, o < ô < ơ, u < ư), then the tone
 * (Anh < Ánh < Ăn < Ân; Thảo < Thắng), then the next syllable; runs of digits by
 * their value ("Tổ 2" < "Tổ 10").
 */
export function sortKey(text: string): string {
  return text
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => w !== "")
    .map(wordKey)
    .join(WORD_BREAK);
}

// Between a person's name fields; below the word break, so a field that ends sorts before one
// that goes on ("Thị" before "Thị Ngọc").
const FIELD_BREAK = "\u0001";

/**
 * People sort by given name, then the middle name word by word, then the family name, each
 * compared as a field of its own: "Nguyễn Thị Huyền" before "Nguyễn Thị Ngọc Huyền" (a middle
 * name that ends first comes first), "Lê Thị Nhung" before "Nguyễn Thị Kiều Nhung".
 */
export function personSortKey(fullName: string): string {
  const words = fullName.normalize("NFC").trim().split(/\s+/);
  if (words.length < 2) return sortKey(fullName);
  const given = words[words.length - 1]!;
  const family = words[0]!;
  const middle = words.slice(1, -1).join(" ");
  return [sortKey(given), sortKey(middle), sortKey(family)].join(FIELD_BREAK);
}
