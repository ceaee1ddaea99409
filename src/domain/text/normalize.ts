// Text arrives in NFC or NFD (some official files are published in NFD); everything is stored as NFC. NUL characters,
// which PostgreSQL text cannot hold and no person types, are dropped.
export function nfc(value: string): string {
  return value.normalize("NFC").replace(/\u0000/g, "");
}

/** NFC-normalises every string inside a plain value (form fields, JSON bodies). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === "string") return nfc(value) as T;
  if (Array.isArray(value)) return value.map(normalizeStrings) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)])) as T;
  }
  return value;
}
