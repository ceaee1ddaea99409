// Files sent to be saved (.docx, .pdf, .xlsx, evidence): one way to name them, Vietnamese
// names included, and one way to show a photo in the page instead.
import type { Ctx } from "./context";

export interface DownloadFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

/**
 * "attachment" with the name twice: plain ASCII for old clients (anything else becomes "_"),
 * and the real name in UTF-8 (RFC 6266), which browsers prefer: "Kế hoạch 12.docx" stays so.
 */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The file, to be saved under its name. */
export function downloadResponse(c: Ctx, file: DownloadFile) {
  c.header("Content-Type", file.contentType);
  c.header("Content-Disposition", attachment(file.name));
  return c.body(file.bytes as unknown as ArrayBuffer);
}

/** A photo shown in the page (and kept a day by the browser); any other file is downloaded. */
export function imageOrDownload(c: Ctx, file: DownloadFile) {
  if (!file.contentType.startsWith("image/")) return downloadResponse(c, file);
  c.header("Content-Type", file.contentType);
  c.header("Cache-Control", "private, max-age=86400");
  return c.body(file.bytes as unknown as ArrayBuffer);
}
