// Vietnamese typed in the legacy 8-bit fonts, as it reaches us from .xls/.xlsx files.
//
// Before Unicode, Vietnamese offices typed in fonts whose glyphs sat at the code points of another character set.
// Excel stores such a cell as the bytes typed, and a reader (Excel, ExcelJS) hands them back decoded as Windows-1252,
// so the string is the legacy bytes read as cp1252: "Nguyễn Văn Bình" typed in TCVN3 reads "NguyÔn V¨n B×nh", and in
// VNI "Nguyeãn Vaên Bình". This module turns such strings back into Unicode (NFC), writes them (for test fixtures), and
// tells, for a cell and for a column, which encoding a string is in. Pure: no I/O.
//
// Sources of the tables:
// - TCVN3 (ABC): Vietnamese national standard TCVN 5712:1993 "Công nghệ thông tin – Bộ mã chuẩn 8-bit kí tự Việt dùng
//   trong trao đổi thông tin", table VN3 — the subset the ABC fonts (.VnTime, .VnArial, …) implement: the 67 lower-case
//   letters with diacritics plus the seven capitals Ă Â Ê Ô Ơ Ư Đ, all in 0xA1–0xFE. The companion fonts whose names end
//   in "H" (.VnTimeH, .VnArialH, …) draw every lower-case position as the capital letter.
// - VNI: the VNI Windows code table of VNI Software (the encoding of the VNI-Times, VNI-Helve, … fonts), in which most
//   letters are a base letter followed by one byte holding the marks (circumflex or breve with or without a tone, or a
//   tone alone), and ơ ư đ, the i's with tones and ỵ are single bytes.
// Both were cross-checked, all 134 letters, against a conversion table taken from the charset comparison tables of the
// Vietnamese Unicode (VietUnicode) project, which list every letter in Unicode, TCVN3, VNI and VIQR side by side.

// ---------------------------------------------------------------------------------------------------------------------
// Letters
// ---------------------------------------------------------------------------------------------------------------------

/** Tones in the order the tables below list them. */
const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const; // huyền, hỏi, ngã, sắc, nặng

/** The twelve vowels, as base letter + letter mark (decomposed). */
const VOWELS = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"] as const;
type Vowel = (typeof VOWELS)[number];

/** A vowel with a tone (0 = none, 1–5 as TONE_MARKS), precomposed. */
function vowel(v: Vowel, tone: number): string {
  return (v + (tone === 0 ? "" : TONE_MARKS[tone - 1])).normalize("NFC");
}

const fromCodes = (codes: readonly number[]) => codes.map((c) => String.fromCharCode(c));

// ---------------------------------------------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, VN3)
// ---------------------------------------------------------------------------------------------------------------------

// Byte of each vowel with each tone, in the order of TONE_MARKS (huyền, hỏi, ngã, sắc, nặng).
const TCVN3_TONED: Record<Vowel, readonly number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  "a\u0306": [0xbb, 0xbc, 0xbd, 0xbe, 0xc6], // ă
  "a\u0302": [0xc7, 0xc8, 0xc9, 0xca, 0xcb], // â
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  "e\u0302": [0xd2, 0xd3, 0xd4, 0xd5, 0xd6], // ê
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  "o\u0302": [0xe5, 0xe6, 0xe7, 0xe8, 0xe9], // ô
  "o\u031b": [0xea, 0xeb, 0xec, 0xed, 0xee], // ơ
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  "u\u031b": [0xf5, 0xf6, 0xf7, 0xf8, 0xf9], // ư
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
// Letters without tone that are not ASCII: capitals at 0xA1–0xA7, small letters at 0xA8–0xAE.
const TCVN3_PLAIN: readonly [string, number, number][] = [
  ["ă", 0xa1, 0xa8],
  ["â", 0xa2, 0xa9],
  ["ê", 0xa3, 0xaa],
  ["ô", 0xa4, 0xab],
  ["ơ", 0xa5, 0xac],
  ["ư", 0xa6, 0xad], // 0xAD is the soft hyphen in cp1252
  ["đ", 0xa7, 0xae],
];

/** cp1252 character → Unicode letter. */
const TCVN3_DECODE = new Map<string, string>();
for (const v of VOWELS) {
  fromCodes(TCVN3_TONED[v]).forEach((ch, i) => TCVN3_DECODE.set(ch, vowel(v, i + 1)));
}
for (const [small, capitalCode, smallCode] of TCVN3_PLAIN) {
  TCVN3_DECODE.set(String.fromCharCode(capitalCode), small.toUpperCase());
  TCVN3_DECODE.set(String.fromCharCode(smallCode), small);
}
const TCVN3_ENCODE = new Map<string, string>([...TCVN3_DECODE].map(([legacy, letter]) => [letter, legacy]));

// ---------------------------------------------------------------------------------------------------------------------
// VNI (VNI Windows)
// ---------------------------------------------------------------------------------------------------------------------

// Mark bytes, lower-case form; the capital form (used after a capital letter) is the same byte minus 0x20.
// Tone alone (on a e o u y ơ ư), in the order of TONE_MARKS:
const VNI_TONE = [0xf8, 0xfb, 0xf5, 0xf9, 0xef]; // ø û õ ù ï
// Circumflex (on a e o) without tone, then with each tone:
const VNI_CIRCUMFLEX = [0xe2, 0xe0, 0xe5, 0xe3, 0xe1, 0xe4]; // â à å ã á ä
// Breve (on a) without tone, then with each tone:
const VNI_BREVE = [0xea, 0xe8, 0xfa, 0xfc, 0xe9, 0xeb]; // ê è ú ü é ë
// Single bytes: ơ, ư, đ, and i with each tone, and ỵ.
const VNI_O_HORN = 0xf4; // ô
const VNI_U_HORN = 0xf6; // ö
const VNI_D_BAR = 0xf1; // ñ
const VNI_I_TONED = [0xec, 0xe6, 0xf3, 0xed, 0xf2]; // ì æ ó í ò
const VNI_Y_DOT = 0xee; // î

/** Unicode letter (small) → VNI bytes for the small letter and for the capital letter. */
const VNI_LETTERS = new Map<string, { small: string; capital: string }>();
{
  const ch = String.fromCharCode;
  const add = (letter: string, small: string, capital: string) => VNI_LETTERS.set(letter, { small, capital });
  const withMark = (base: string, mark: number) => ({ small: base + ch(mark), capital: base.toUpperCase() + ch(mark - 0x20) });
  // A letter whose horn is a single byte (ơ, ư) takes the tone byte after it.
  const singleThenTone = (byte: number, tone: number) => ({ small: ch(byte) + ch(tone), capital: ch(byte - 0x20) + ch(tone - 0x20) });

  for (let t = 0; t <= 5; t++) {
    for (const base of ["a", "e", "o", "u", "y"] as const) {
      if (t === 0) continue; // plain a e o u y are ASCII
      if (base === "y" && t === 5) {
        add(vowel("y", 5), ch(VNI_Y_DOT), ch(VNI_Y_DOT - 0x20));
        continue;
      }
      const bytes = withMark(base, VNI_TONE[t - 1]!);
      add(vowel(base, t), bytes.small, bytes.capital);
    }
    for (const base of ["a", "e", "o"] as const) {
      const bytes = withMark(base, VNI_CIRCUMFLEX[t]!);
      add(vowel(`${base}\u0302` as Vowel, t), bytes.small, bytes.capital);
    }
    const breve = withMark("a", VNI_BREVE[t]!);
    add(vowel("a\u0306", t), breve.small, breve.capital);
    if (t === 0) {
      add("ơ", ch(VNI_O_HORN), ch(VNI_O_HORN - 0x20));
      add("ư", ch(VNI_U_HORN), ch(VNI_U_HORN - 0x20));
    } else {
      const oHorn = singleThenTone(VNI_O_HORN, VNI_TONE[t - 1]!);
      add(vowel("o\u031b", t), oHorn.small, oHorn.capital);
      const uHorn = singleThenTone(VNI_U_HORN, VNI_TONE[t - 1]!);
      add(vowel("u\u031b", t), uHorn.small, uHorn.capital);
      add(vowel("i", t), ch(VNI_I_TONED[t - 1]!), ch(VNI_I_TONED[t - 1]! - 0x20));
    }
  }
  add("đ", ch(VNI_D_BAR), ch(VNI_D_BAR - 0x20));
}

/** VNI bytes (one or two cp1252 characters) → Unicode letter, with its case. */
const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
for (const [letter, { small, capital }] of VNI_LETTERS) {
  VNI_DECODE.set(small, letter);
  VNI_DECODE.set(capital, letter.toUpperCase());
  VNI_ENCODE.set(letter, small);
  VNI_ENCODE.set(letter.toUpperCase(), capital);
  if (small.length === 2) {
    // Typists and converters do not always match the mark's case to the letter's ("Aù", "aÙ"): the letter's case wins.
    VNI_DECODE.set(small[0]! + capital[1]!, letter);
    VNI_DECODE.set(capital[0]! + small[1]!, letter.toUpperCase());
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Decoding and encoding
// ---------------------------------------------------------------------------------------------------------------------

// Punctuation outside ASCII that the encoders leave alone.
const PASS_THROUGH = new Set(["\u00a0", "\u2013", "\u2014", "\u2018", "\u2019", "\u201a", "\u201c", "\u201d", "\u201e", "\u2022", "\u2026"]);

interface Decoded {
  text: string;
  /** Letters and Latin-1 signs that the encoding does not use (left as they were). */
  unknown: number;
}
/** A character a legacy table would have had to produce: a Latin-1 letter or sign, or another letter (not punctuation). */
const typedLetter = (ch: string) => /[\u00a1-\u00ff]/.test(ch) || (ch.charCodeAt(0) > 0xff && /\p{L}/u.test(ch));

function decodeTcvn3Detailed(text: string): Decoded {
  let out = "";
  let unknown = 0;
  for (const ch of text) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter !== undefined) out += letter;
    else {
      if (typedLetter(ch)) unknown++;
      out += ch;
    }
  }
  return { text: out, unknown };
}

function decodeVniDetailed(text: string): Decoded {
  let out = "";
  let unknown = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    const ch = text[i]!;
    const single = VNI_DECODE.get(ch);
    if (single !== undefined) out += single;
    else {
      if (typedLetter(ch)) unknown++;
      out += ch;
    }
  }
  return { text: out, unknown };
}

/**
 * TCVN3 (ABC) text read as cp1252 → Unicode NFC. `capitals`: the text was in a capitals font (.VnTimeH, .VnArialH, …),
 * which draws every letter, the lower-case positions included, as a capital.
 */
export function decodeTcvn3(text: string, options: { capitals?: boolean } = {}): string {
  const decoded = decodeTcvn3Detailed(text).text.normalize("NFC");
  return options.capitals ? decoded.toUpperCase() : decoded;
}

/** VNI (Windows) text read as cp1252 → Unicode NFC. */
export function decodeVni(text: string): string {
  return decodeVniDetailed(text).text.normalize("NFC");
}

/** Decodes with the encoding a detection named; Unicode and ASCII text come back as NFC. */
export function decodeLegacy(text: string, encoding: "tcvn3" | "vni" | "unicode" | "ascii", options: { capitals?: boolean } = {}): string {
  if (encoding === "tcvn3") return decodeTcvn3(text, options);
  if (encoding === "vni") return decodeVni(text);
  return text.normalize("NFC");
}

function unrepresentable(ch: string, encoding: string, hint = ""): RangeError {
  const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return new RangeError(`"${ch}" (U+${code}) cannot be written in ${encoding}${hint}`);
}

/**
 * Unicode → TCVN3 bytes as cp1252 reads them (what a .VnTime cell holds). TCVN3 has no capitals with tones; with
 * `capitals`, the text is written for a capitals font (.VnTimeH): every letter goes to its lower-case position, and
 * decodeTcvn3(…, { capitals: true }) gives it back in capitals. Throws a RangeError for a character TCVN3 cannot hold.
 */
export function encodeTcvn3(unicode: string, options: { capitals?: boolean } = {}): string {
  let text = unicode.normalize("NFC");
  if (options.capitals) text = text.toLowerCase();
  let out = "";
  for (const ch of text) {
    const legacy = TCVN3_ENCODE.get(ch);
    if (legacy !== undefined) out += legacy;
    else if (ch.charCodeAt(0) < 0x80 || PASS_THROUGH.has(ch)) out += ch;
    else if (TCVN3_ENCODE.has(ch.toLowerCase())) throw unrepresentable(ch, "TCVN3", " except in a capitals font (capitals: true)");
    else throw unrepresentable(ch, "TCVN3");
  }
  return out;
}

/** Unicode → VNI Windows bytes as cp1252 reads them (what a VNI-Times cell holds). Throws a RangeError for a character VNI cannot hold. */
export function encodeVni(unicode: string): string {
  let out = "";
  for (const ch of unicode.normalize("NFC")) {
    const legacy = VNI_ENCODE.get(ch);
    if (legacy !== undefined) out += legacy;
    else if (ch.charCodeAt(0) < 0x80 || PASS_THROUGH.has(ch)) out += ch;
    else throw unrepresentable(ch, "VNI");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Is it Vietnamese? (the syllable check detection relies on)
// ---------------------------------------------------------------------------------------------------------------------

// Initial consonants, the longest first; "qu" and "gi" are handled with the rhyme.
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];
// Every rhyme of the written language, without tone (vowel, with its glide, and final consonant or semivowel).
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et
   ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu
   iêc iêm iên iêng iêp iêt iêu
   o oc oi om on ong op ot ooc oong
   ô ôc ôi ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua uc ui um un ung up ut
   uôc uôi uôm uôn uông uôt
   ư ưa ưc ưi ưm ưn ưng ưt ưu
   ươc ươi ươm ươn ương ươp ươt ươu
   y yêm yên yêng yêt yêu
   oa oac oach oai oam oan oang oanh oao oap oat oay
   oăc oăm oăn oăng oăt
   oe oen oeo oet
   uân uâng uât uây
   uê uêch uênh
   uơ
   uy uya uych uynh uyp uyt uyu uyên uyêt`
    .split(/\s+/)
    .filter(Boolean),
);
const FRONT_VOWEL = /^[ieêy]/; // written k, gh, ngh before these; c, g, ng before the others
const BASE_LETTER = /^[a-eg-vxyăâđêôơư]$/; // the Vietnamese alphabet, small, without tones (no f, j, w, z)
const TONE_SET = new Set<string>(TONE_MARKS);
const SHARP_OR_HEAVY = new Set(["\u0301", "\u0323"]); // the only tones a syllable ending in p, t, c, ch takes

/**
 * Where the tone mark goes in a rhyme (indexes into it): on the last vowel with a hat or horn (â ê ô ă ơ, ơ in ươ);
 * else on a lone vowel; else on the last vowel before a final consonant (oan, uyt); else in the middle of three (oai,
 * uyu) and on the first of two (ai, ia, ua); oa, oe, uy without final consonant take it on either vowel (hoà, hòa).
 */
function tonePlaces(rhyme: string): number[] {
  const vowels = /^[aăâeêioôơuưy]+/.exec(rhyme)?.[0] ?? "";
  const hats = [...vowels].flatMap((ch, i) => ("ăâêôơư".includes(ch) ? [i] : []));
  if (hats.length > 0) return [hats[hats.length - 1]!];
  if (vowels.length === 1) return [0];
  if (vowels.length < rhyme.length) return [vowels.length - 1];
  if (vowels.length === 3) return [1];
  if (vowels === "oa" || vowels === "oe" || vowels === "uy") return [0, 1];
  return [0];
}

function rhymeFits(onset: string, rhyme: string, tone: { mark: string; at: number } | undefined): boolean {
  if (tone !== undefined) {
    if (/(?:p|t|c|ch)$/.test(rhyme) && !SHARP_OR_HEAVY.has(tone.mark)) return false;
    if (!tonePlaces(rhyme).includes(tone.at - onset.length)) return false;
  }
  if (onset === "qu") {
    if (/^[uư]/.test(rhyme) || (rhyme.startsWith("o") && !/^o[aă]/.test(rhyme))) return false; // quoàng, not quoc
    return RHYMES.has(rhyme) || (rhyme.startsWith("y") && RHYMES.has(`i${rhyme.slice(1)}`)); // quý, quỳnh, quyết
  }
  if (!RHYMES.has(rhyme)) return false;
  if (onset === "gi") return !/^[iy]/.test(rhyme); // gìn, giếng are g + in, g + iêng
  if (rhyme.startsWith("yê")) return onset === ""; // yên; with a consonant it is written uyên or iên
  if (onset === "k" || onset === "gh" || onset === "ngh") return FRONT_VOWEL.test(rhyme);
  if (onset === "c" || onset === "ng") return !FRONT_VOWEL.test(rhyme);
  if (onset === "g") return !/^[eê]/.test(rhyme);
  return true;
}

/** A word without its tone: the letters (small, NFC) and the tone mark with the index of the letter bearing it. */
function splitTone(word: string): { base: string; tone: { mark: string; at: number } | undefined } | undefined {
  let tone: { mark: string; at: number } | undefined;
  let base = "";
  let at = 0;
  for (const letter of word.normalize("NFC").toLowerCase()) {
    const marks = [...letter.normalize("NFD")];
    const toneMarks = marks.filter((mark) => TONE_SET.has(mark));
    if (toneMarks.length > 0) {
      if (tone !== undefined || toneMarks.length > 1) return undefined; // one tone per syllable
      tone = { mark: toneMarks[0]!, at };
    }
    const bare = marks.filter((mark) => !TONE_SET.has(mark)).join("").normalize("NFC");
    if (!BASE_LETTER.test(bare)) return undefined;
    base += bare;
    at++;
  }
  return { base, tone };
}

/** Is this one word a syllable Vietnamese spelling allows (any case, any Unicode normalisation)? */
// Lists repeat the same few thousand syllables: each is judged once (a bounded memo).
const SYLLABLE_MEMO = new Map<string, boolean>();
const MEMO_LIMIT = 100_000;

export function isVietnameseSyllable(word: string): boolean {
  let known = SYLLABLE_MEMO.get(word);
  if (known === undefined) {
    known = judgeSyllable(word);
    if (SYLLABLE_MEMO.size >= MEMO_LIMIT) SYLLABLE_MEMO.clear();
    SYLLABLE_MEMO.set(word, known);
  }
  return known;
}

function judgeSyllable(word: string): boolean {
  const split = splitTone(word);
  if (split === undefined) return false;
  const { base, tone } = split;
  return ONSETS.some((onset) => base.startsWith(onset) && rhymeFits(onset, base.slice(onset.length), tone));
}

// The vowel groups of the written language (from the rhymes, and as they stand after qu and gi).
const VOWEL_GROUPS = new Set([...RHYMES].map((rhyme) => /^[aăâeêioôơuưy]+/.exec(rhyme)![0]));

/**
 * Shaped like a syllable although not one of the Kinh language: up to three consonants, one vowel group Vietnamese
 * uses, a final consonant Vietnamese uses, at most one tone, on a vowel. The names of the Central Highlands peoples are written so ("Kpă",
 * "Kđăm", "Mlô", "Niê"); text decoded with the wrong table seldom is ("Quă", "áêx").
 */
function isSyllableShaped(word: string): boolean {
  const split = splitTone(word);
  if (split === undefined) return false;
  const shape = /^([^aăâeêioôơuưy]{0,3})([aăâeêioôơuưy]+)(c|ch|m|n|ng|nh|p|t|)$/.exec(split.base);
  if (!shape || !VOWEL_GROUPS.has(shape[2]!)) return false;
  const { tone } = split;
  return tone === undefined || (tone.at >= shape[1]!.length && tone.at < shape[1]!.length + shape[2]!.length);
}

// Characters between words: white space, ASCII punctuation and digits, and the punctuation cp1252 adds. Everything
// else, the Latin-1 signs included (¨ × µ ª ¸ …, which TCVN3 uses as letters), belongs to a word.
const WORD_BREAKS = /[\s!-@[-`{-~\u00a0\u2010-\u203a\u20ac\u2122]+/u;

function words(text: string): string[] {
  return text.split(WORD_BREAKS).filter(Boolean);
}

const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

/** An initial or an abbreviation in capitals, of consonants only ("Đ/c", "Đ.", "ĐT", "HĐND"). */
function isAbbreviation(word: string): boolean {
  if (word.length > 1 && word !== word.toUpperCase()) return false;
  const split = splitTone(word);
  return split !== undefined && split.tone === undefined && /^[^aăâeêioôơuưy]{1,5}$/.test(split.base);
}

/**
 * Could this text be Vietnamese as written in Unicode: is every word that is not plain ASCII a syllable Vietnamese
 * spelling allows, or an abbreviation of consonants ("Đ/c")? Plain ASCII words (unaccented names, abbreviations,
 * e-mail addresses) pass; a word holding a sign (¨, ×, µ …) or a letter Vietnamese does not use (ë, ñ, f in an
 * accented word …) does not.
 */
export function isPlausibleVietnamese(text: string): boolean {
  return words(text).every((word) => isAscii(word) || isVietnameseSyllable(word) || isAbbreviation(word));
}

// ---------------------------------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------------------------------

export type LegacyEncoding = "tcvn3" | "vni";
export type CellEncoding = LegacyEncoding | "unicode" | "ascii" | "ambiguous";
export interface ColumnEncoding {
  encoding: LegacyEncoding | "unicode" | "ascii" | "mixed" | "ambiguous";
  /** TCVN3 only: the text was typed for a capitals font (.VnTimeH …); decode with { capitals: true }. */
  capitals?: boolean;
  /** For "ambiguous" and "mixed": the legacy encoding the evidence leans to, to name in a message. */
  likely?: LegacyEncoding;
}

type Reading = LegacyEncoding | "unicode";

interface CellEvidence {
  text: string;
  /** "unicode": holds a character no cp1252 reading gives (ă, ệ, a combining mark …), so it is Unicode. */
  kind: "ascii" | "unicode" | "latin1";
  /** The readings that make sense of the cell; none when every reading gives nonsense. */
  readings: ReadonlySet<Reading>;
  /** Share of the accented words each legacy reading turns into Vietnamese syllables (0–1). */
  score: Record<LegacyEncoding, number>;
}

// Windows-1252's characters at 0x80–0x9F (the rest of cp1252 is Latin-1, U+00A0–U+00FF).
const CP1252_HIGH = new Set(
  fromCodes([
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
    0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
  ]),
);
/** Could this character come out of reading 8-bit text as cp1252? */
const fromCp1252 = (ch: string) => ch.charCodeAt(0) <= 0xff || CP1252_HIGH.has(ch);

const ALL_READINGS: ReadonlySet<Reading> = new Set<Reading>(["unicode", "tcvn3", "vni"]);
const NO_SCORE = { tcvn3: 0, vni: 0 };

// Latin-1 signs that TCVN3 uses as letters (¡–®, µ–¹, »–¾). © (â) and ® (đ) never end a TCVN3 word, so "ABC®" is no sign.
const TCVN3_SIGN = /[\u00a1-\u00a8\u00aa-\u00ad\u00b5-\u00b9\u00bb-\u00be]|[\u00a9\u00ae](?!$)/;

/** A word read as Unicode shows a legacy encoding: a TCVN3 sign in it ("V¨n", "Lª"), or a capital after a small letter ("NguyÔn"). */
function hasLegacySigns(text: string): boolean {
  return words(text).some((word) => (word.length > 1 && TCVN3_SIGN.test(word)) || /[a-z\u00df-\u00ff][\u00c0-\u00de]/.test(word));
}

/** Every accented word a syllable, or shaped like one (see isSyllableShaped)? */
function spelledLikeVietnamese(text: string): boolean {
  return words(text).every((word) => isAscii(word) || isVietnameseSyllable(word) || isSyllableShaped(word));
}

function syllableShare(text: string): number {
  const accented = words(text).filter((word) => !isAscii(word));
  return accented.length === 0 ? 1 : accented.filter(isVietnameseSyllable).length / accented.length;
}

// A column repeats its values (family names, addresses): each distinct cell is analysed once.
const CELL_MEMO = new Map<string, CellEvidence>();

function analyseCell(text: string): CellEvidence {
  let known = CELL_MEMO.get(text);
  if (known === undefined) {
    known = analyseNewCell(text);
    if (CELL_MEMO.size >= MEMO_LIMIT) CELL_MEMO.clear();
    CELL_MEMO.set(text, known);
  }
  return known;
}

function analyseNewCell(text: string): CellEvidence {
  const value = text.trim();
  if (isAscii(value)) return { text: value, kind: "ascii", readings: ALL_READINGS, score: NO_SCORE };
  if (![...value].every(fromCp1252)) return { text: value, kind: "unicode", readings: new Set(["unicode"]), score: NO_SCORE };

  const signs = hasLegacySigns(value);
  const legacy = { tcvn3: decodeTcvn3Detailed(value), vni: decodeVniDetailed(value) };
  const strict = new Set<Reading>();
  const loose = new Set<Reading>();
  if (!signs) {
    loose.add("unicode"); // foreign words (Café, Noël) read fine as what they are
    if (isPlausibleVietnamese(value)) strict.add("unicode");
  }
  for (const encoding of ["tcvn3", "vni"] as const) {
    const { text: decoded, unknown } = legacy[encoding];
    if (unknown > 0) continue; // holds characters this encoding never produces
    if (spelledLikeVietnamese(decoded)) loose.add(encoding); // e.g. a minority name like "Kpă", not a Kinh syllable
    if (isPlausibleVietnamese(decoded)) strict.add(encoding);
  }
  return {
    text: value,
    kind: "latin1",
    readings: strict.size > 0 ? strict : loose,
    score: { tcvn3: syllableShare(legacy.tcvn3.text), vni: syllableShare(legacy.vni.text) },
  };
}

/**
 * The encoding of one cell's text as a reader handed it over. "unicode" whenever the text reads as what it is
 * (genuine Vietnamese, with precomposed or combining marks, and foreign words such as "Café"); "ascii" for text that
 * reads the same in every encoding; "tcvn3"/"vni" when only that encoding makes Vietnamese of it; "ambiguous" when
 * both do, or none does although the text shows legacy signs. One cell says little: a few legacy strings read as
 * genuine Vietnamese too (VNI "Hoà" is "Hồ"), so prefer detectColumnEncoding over a column.
 */
export function detectLegacyEncoding(text: string): CellEncoding {
  const { kind, readings } = analyseCell(text);
  if (kind === "ascii") return "ascii";
  if (readings.has("unicode")) return "unicode";
  if (readings.size === 1) return [...readings][0]!;
  return "ambiguous";
}

/**
 * What a cell's font says: the ABC fonts (".VnTime", ".VnArial", …) are TCVN3, those whose name ends in "H"
 * (".VnTimeH") draw capitals; the "VNI-" fonts (VNI-Times, VNI-Helve, …) are VNI. Other fonts say nothing.
 */
export function legacyFontEncoding(fontName: string | undefined): { encoding: LegacyEncoding; capitals: boolean } | undefined {
  const name = fontName?.trim() ?? "";
  if (/^\.vn/i.test(name)) return { encoding: "tcvn3", capitals: name.endsWith("H") };
  if (/^vni[-_ ]/i.test(name)) return { encoding: "vni", capitals: false };
  return undefined;
}

function intersect(sets: ReadonlySet<Reading>[]): Set<Reading> {
  return new Set([...ALL_READINGS].filter((reading) => sets.every((set) => set.has(reading))));
}

/**
 * The encoding of a column (one font, one typist, so one encoding): what every non-ASCII cell can be read as.
 * - "unicode" when the cells read as Unicode (a cell that reads both as Unicode and as a legacy encoding counts for
 *   Unicode unless the fonts say otherwise);
 * - "tcvn3" / "vni" when that encoding alone makes sense of every cell; ASCII cells ("Lan") count for any encoding;
 * - "mixed" when some cells can only be one encoding and others only another (TCVN3 and VNI, or legacy and Unicode);
 * - "ambiguous" when the evidence conflicts otherwise: cells that read as TCVN3 and as VNI alike, a cell that decodes
 *   to nonsense, or fonts that contradict the text. `likely` then names the legacy encoding the evidence leans to.
 * `fontNames[i]` is cell i's font, where known; it decides between readings the text leaves open.
 */
export function detectColumnEncoding(cells: readonly string[], fontNames?: readonly (string | undefined)[]): ColumnEncoding {
  const evidence: CellEvidence[] = [];
  const fonts = { tcvn3: 0, vni: 0, capitals: 0 };
  cells.forEach((cell, i) => {
    if (!cell?.trim()) return;
    const font = legacyFontEncoding(fontNames?.[i]);
    if (font) fonts[font.encoding]++;
    if (font?.capitals) fonts.capitals++;
    const cellEvidence = analyseCell(cell);
    if (cellEvidence.kind !== "ascii") evidence.push(cellEvidence);
  });
  const fontEncoding: LegacyEncoding | undefined = fonts.tcvn3 > 0 && fonts.vni > 0 ? undefined : fonts.tcvn3 > 0 ? "tcvn3" : fonts.vni > 0 ? "vni" : undefined;

  const withCapitals = (result: ColumnEncoding): ColumnEncoding => {
    if (result.encoding !== "tcvn3" && result.likely !== "tcvn3") return result;
    return { ...result, capitals: capitalsFont(evidence, fonts) };
  };

  if (evidence.length === 0) return withCapitals({ encoding: fontEncoding ?? "ascii" });

  const common = intersect(evidence.map((e) => e.readings));
  const nonsense = evidence.some((e) => e.readings.size === 0);
  const likely = likelyEncoding(evidence, fontEncoding);
  const definitelyUnicode = evidence.some((e) => e.kind === "unicode");

  if (!nonsense && common.has("unicode")) {
    if (fontEncoding && !definitelyUnicode && common.has(fontEncoding)) return withCapitals({ encoding: fontEncoding });
    return { encoding: "unicode" };
  }
  if (!nonsense && common.size === 1) {
    const encoding = [...common][0] as LegacyEncoding;
    if (fontEncoding && fontEncoding !== encoding) return withCapitals({ encoding: "ambiguous", likely: encoding });
    return withCapitals({ encoding });
  }
  if (!nonsense && common.size === 2) {
    // Every cell reads both as TCVN3 and as VNI: only a font can tell.
    return withCapitals(fontEncoding ? { encoding: fontEncoding } : { encoding: "ambiguous", likely });
  }
  const sureKinds = new Set(evidence.filter((e) => e.readings.size === 1).map((e) => [...e.readings][0]));
  if (!nonsense && sureKinds.size >= 2) return withCapitals({ encoding: "mixed", likely });
  return withCapitals({ encoding: "ambiguous", likely });
}

/** The legacy encoding most cells lean to: a cell that reads well counts 1, one that does not counts its share of good words, a font 1. */
function likelyEncoding(evidence: CellEvidence[], fontEncoding: LegacyEncoding | undefined): LegacyEncoding {
  const points = { tcvn3: fontEncoding === "tcvn3" ? 1 : 0, vni: fontEncoding === "vni" ? 1 : 0 };
  for (const e of evidence) {
    if (e.kind !== "latin1") continue;
    for (const encoding of ["tcvn3", "vni"] as const) points[encoding] += e.readings.has(encoding) ? 1 : e.score[encoding] / 2;
  }
  return points.vni > points.tcvn3 ? "vni" : "tcvn3";
}

/**
 * TCVN3 text typed for a capitals font? The fonts say so when known (most cells in an "H" font). Without fonts: a
 * typist who wanted capitals with tones had to use one, so cells whose ASCII letters are all capitals ("NGUYÔN")
 * point to it (in .VnTime those would show as "NGUYễN").
 */
function capitalsFont(evidence: CellEvidence[], fonts: { tcvn3: number; capitals: number }): boolean {
  if (fonts.tcvn3 > 0) return fonts.capitals * 2 > fonts.tcvn3;
  const letters = evidence
    .filter((e) => e.readings.has("tcvn3") || e.readings.size === 0)
    .map((e) => e.text)
    .join("")
    .replace(/[^A-Za-z]/g, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}
