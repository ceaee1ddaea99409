// Files kept in PostgreSQL by the SHA-256 of their content: the same file stored twice
// is one row, and a stored file is known to be intact by its own name.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { files } from "../db/schema";
import type { Actor } from "./actor";
import { NotFound } from "./errors";
import type { FileKind } from "./uploads";

export async function storeFile(db: DbOrTx, actor: Actor, file: { name: string; bytes: Uint8Array; kind: FileKind }): Promise<string> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  await db
    .insert(files)
    .values({ sha256, name: file.name.slice(0, 200), kind: file.kind, size: file.bytes.length, bytes: file.bytes, createdBy: actor.id })
    .onConflictDoNothing();
  return sha256;
}

/** A file this actor uploaded (others' uploads answer NotFound), checked against its hash. */
export async function readOwnFile(db: DbOrTx, actor: Actor, sha256: string) {
  const [row] = await db.select().from(files).where(and(eq(files.sha256, sha256), eq(files.createdBy, actor.id ?? -1)));
  if (!row) throw new NotFound("file");
  const bytes = new Uint8Array(row.bytes);
  if (createHash("sha256").update(bytes).digest("hex") !== sha256) throw new Error(`file ${sha256} is corrupt`);
  return { name: row.name, bytes };
}
