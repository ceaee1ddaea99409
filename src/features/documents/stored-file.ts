import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { files } from "../../db/schema";
import { NotFound } from "../../platform/errors";

/** A stored file's bytes, refused if they no longer match the hash they are kept under. */
export async function readStoredFile(db: DbOrTx, sha256: string): Promise<Uint8Array> {
  const [row] = await db.select({ bytes: files.bytes }).from(files).where(eq(files.sha256, sha256));
  if (!row) throw new NotFound("file");
  const bytes = new Uint8Array(row.bytes);
  if (createHash("sha256").update(bytes).digest("hex") !== sha256) throw new Error(`file ${sha256} is corrupt`);
  return bytes;
}
