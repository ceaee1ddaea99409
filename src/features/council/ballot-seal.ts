// The seals of the ballot box (AES-256-GCM, node:crypto). Each session gets its own random key
// when the vote opens, kept in the database only sealed under a key derived from the server's
// audit key (which the database never holds), so that reading the tables or a backup during the
// vote shows ciphertexts only. Closing the vote opens the box, counts it and forgets the key.
// Every ballot seals to the same length whatever its choice.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { currentAuditKey } from "../../platform/audit";
import type { Choice } from "../../domain/council/tally";

const CHOICE_CODE: Record<Choice, string> = { agree: "A", disagree: "D" };
const CHOICE_OF: Record<string, Choice> = { A: "agree", D: "disagree" };

function seal(key: Buffer, plain: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

function open(key: Buffer, sealed: string, aad: string): string {
  const raw = Buffer.from(sealed, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

function serverKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", currentAuditKey(), "thidua", "ballot-box key wrapping", 32));
}

/** A new session key, and its sealed form for the session row. */
export function newSessionKey(sessionId: number): { key: Buffer; sealed: string } {
  const key = randomBytes(32);
  return { key, sealed: seal(serverKey(), key.toString("base64url"), `session:${sessionId}`) };
}

export function openSessionKey(sessionId: number, sealed: string): Buffer {
  return Buffer.from(open(serverKey(), sealed, `session:${sessionId}`), "base64url");
}

/** Receipt codes: 12 characters of Crockford's base32 (60 bits), shown in groups of four. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export function newReceiptCode(): string {
  const bytes = randomBytes(12);
  let code = "";
  for (const b of bytes) code += ALPHABET[b & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

export function sealBallot(key: Buffer, itemId: number, choice: Choice, receipt: string): string {
  return seal(key, CHOICE_CODE[choice] + receipt, `item:${itemId}`);
}

export function openBallot(key: Buffer, itemId: number, sealed: string): { choice: Choice; receipt: string } {
  const plain = open(key, sealed, `item:${itemId}`);
  const choice = CHOICE_OF[plain[0]!];
  if (!choice) throw new Error("A ballot that is neither agree nor disagree");
  return { choice, receipt: plain.slice(1) };
}

/**
 * The receipt kept beside "has voted", sealed under the ballot form's one-time token: only the
 * browser that sent the form can open it, so a retried request gets its own receipt back.
 */
export function sealReceipt(formToken: string, itemId: number, receipt: string): string {
  return seal(createHash("sha256").update(formToken).digest(), receipt, `receipt:${itemId}`);
}

export function openReceipt(formToken: string, itemId: number, sealed: string): string | null {
  try {
    return open(createHash("sha256").update(formToken).digest(), sealed, `receipt:${itemId}`);
  } catch {
    return null;
  }
}

/** A fresh one-time token for a ballot form. */
export function newFormToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Fisher–Yates with a cryptographic source: the order receipts are written in says nothing. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBytes(4).readUInt32BE(0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
