// Random tokens for links, sessions and API access: the holder gets the token,
// the database keeps only its SHA-256, so a leaked table opens nothing.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function newToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function hmac(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
