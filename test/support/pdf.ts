// A PDF's text as poppler reads it (pdftotext), for tests that read back what the product wrote.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The text in Unicode NFC; `-raw` (content-stream order) unless other pdftotext options are given. */
export function pdfText(bytes: Uint8Array, args: string[] = ["-raw"]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-pdf-"));
  try {
    const file = path.join(dir, "file.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" }).normalize("NFC");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
