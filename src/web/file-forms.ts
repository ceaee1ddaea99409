// Reading a file form (multipart). Routes call it only after the session, the CSRF
// token (in the form's address) and the use case's permission were checked: until
// then the body has not been read. Its size is bounded while it streams in (body-limit).
import type { UploadedFile } from "../platform/uploads";
import { parseFormBody } from "./body-limit";
import type { Ctx } from "./context";
import { assertPlainText } from "./plain-text";

/** The text fields and the chosen files (empty file inputs left out); control characters refused. */
export async function readFileForm(c: Ctx): Promise<{ values: Record<string, string>; files: Record<string, UploadedFile[]> }> {
  const body = await parseFormBody(c, { all: true });
  const values: Record<string, string> = {};
  const files: Record<string, UploadedFile[]> = {};
  for (const [k, raw] of Object.entries(body)) {
    assertPlainText(k);
    for (const v of Array.isArray(raw) ? raw : [raw]) {
      if (typeof v === "string") {
        assertPlainText(v);
        if (k !== "_csrf") values[k] = v;
      } else if (v instanceof File && (v.size > 0 || v.name)) {
        assertPlainText(v.name);
        (files[k] ??= []).push({ name: v.name, bytes: new Uint8Array(await v.arrayBuffer()) });
      }
    }
  }
  return { values, files };
}
