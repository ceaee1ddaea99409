// The country's official list of administrative units (in force since 1 July 2025) for
// tests: the copy the product ships in src/db/seed (NFC), and that copy as the list is
// published, where some names come in decomposed Unicode (NFD).
import { readFileSync } from "node:fs";

export const SHIPPED_OFFICIAL_CSV = readFileSync(new URL("../../src/db/seed/admin-units-2025.csv", import.meta.url), "utf8");

/**
 * The list with the published file's quirk: some rows in NFD (every 50th, and Xã Nậm Nèn,
 * 03194), so that an import must normalise names before it compares or stores them.
 */
export function asPublished(csv: string = SHIPPED_OFFICIAL_CSV): string {
  return csv
    .split("\n")
    .map((line, i) => (i > 0 && (i % 50 === 0 || line.includes(",03194,")) ? line.normalize("NFD") : line))
    .join("\n");
}
