// A certificate's verification code: 16 characters of Crockford base32 from a cryptographic
// source (80 bits: not guessed, not enumerated), then one check character, printed in groups
// "7KQ2-M9XD-4HTR-WB3NK" under the QR code. The check character is a sum over GF(32)
// (c₁·α + c₂·α² + … , α a primitive element), so that any one mistyped character and any two
// neighbours swapped are told apart from a code that was never given. Typing is forgiving:
// lower case, spaces and hyphens anywhere, O for 0, I and L for 1.
import { randomBytes } from "node:crypto";

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RANDOM_CHARS = 16;
export const CODE_LENGTH = RANDOM_CHARS + 1;

/** Multiplication in GF(32) = GF(2)[x] / (x⁵ + x² + 1). */
function gfMul(a: number, b: number): number {
  let product = 0;
  for (let i = 0; i < 5; i++) {
    if (b & 1) product ^= a;
    b >>= 1;
    a <<= 1;
    if (a & 0x20) a ^= 0x25;
  }
  return product;
}

/** α = x (2), primitive for x⁵ + x² + 1: every position's weight is a different non-zero element. */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  let weight = 1;
  for (const v of values) {
    weight = gfMul(weight, 2);
    sum ^= gfMul(v, weight);
  }
  return sum;
}

const valueOf = (ch: string) => ALPHABET.indexOf(ch);

/** A new code, canonical (17 characters, no hyphens). */
export function newCertificateCode(): string {
  const bytes = randomBytes(10); // 80 bits, 5 to a character
  const values: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      values.push((acc >> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  return values.map((v) => ALPHABET[v]).join("") + ALPHABET[checkValue(values)];
}

/** "7KQ2M9XD4HTRWB3NK" → "7KQ2-M9XD-4HTR-WB3NK". */
export function formatCertificateCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12)}`;
}

export type CodeReading = { ok: true; code: string } | { ok: false; problem: "malformed" | "check" };

/** What was typed or scanned, as a canonical code; or why it cannot be one. */
export function readCertificateCode(typed: string): CodeReading {
  const text = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-‐‑–—_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (text.length !== CODE_LENGTH || [...text].some((ch) => valueOf(ch) < 0)) return { ok: false, problem: "malformed" };
  const values = [...text.slice(0, RANDOM_CHARS)].map(valueOf);
  if (ALPHABET[checkValue(values)] !== text[RANDOM_CHARS]) return { ok: false, problem: "check" };
  return { ok: true, code: text };
}
