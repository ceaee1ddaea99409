// Evidence files of a check-in or an activity: photos (JPEG, PNG, WebP), PDFs and .docx,
// judged by their content. Photos are resized to at most 1600 px on the long side and
// re-encoded as JPEG with their EXIF orientation applied and every other metadata dropped:
// a phone photo carries the place it was taken (GPS), which must not be published.
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client";
import { evidenceFiles } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { ValidationError } from "../../platform/errors";
import { storeFile } from "../../platform/file-store";
import { checkUpload, type FileKind, type UploadedFile } from "../../platform/uploads";

export const EVIDENCE_KINDS = ["jpeg", "png", "webp", "pdf", "docx"] as const satisfies readonly FileKind[];
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;
export const PHOTO_LONG_SIDE = 1600;

export interface PreparedEvidence {
  name: string;
  kind: FileKind;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

/** Larger pictures are refused before they are decoded: a small PNG can unpack to gigabytes. */
export const PHOTO_MAX_MEGAPIXELS = 64;

const isPhoto = (kind: FileKind) => kind === "jpeg" || kind === "png" || kind === "webp";

/** A photo as it is kept: upright, at most 1600 px, JPEG, no metadata. */
async function normalisePhoto(file: UploadedFile): Promise<PreparedEvidence> {
  const { default: sharp } = await import("sharp"); // loaded with the first photo, not at start
  try {
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked.
    const { data, info } = await sharp(file.bytes, { failOn: "error", limitInputPixels: PHOTO_MAX_MEGAPIXELS * 1_000_000 })
      .rotate()
      .resize({ width: PHOTO_LONG_SIDE, height: PHOTO_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const name = file.name.replace(/\.[^.]*$/, "") + ".jpg";
    return { name, kind: "jpeg", bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (err) {
    if (/pixel limit/i.test((err as Error).message)) {
      throw new ValidationError({ files: { key: "errors.evidence_too_many_pixels", params: { name: file.name, max: PHOTO_MAX_MEGAPIXELS } } });
    }
    // Right signature, broken image: as unusable as a wrong type.
    throw new ValidationError({ files: { key: "errors.evidence_broken_image", params: { name: file.name } } });
  }
}

/**
 * Checks every file (kind by content, size, count) and prepares it for storage, before any
 * write: a bad file stops the whole submission with a field error and nothing is stored.
 */
export async function prepareEvidence(files: readonly UploadedFile[], field = "files"): Promise<PreparedEvidence[]> {
  // A form sent with no file chosen has one empty, nameless part: that is no file.
  const chosen = files.filter((f) => f.bytes.length > 0 || f.name !== "");
  if (chosen.length > MAX_EVIDENCE_FILES) throw ValidationError.field(field, "errors.evidence_too_many", { max: MAX_EVIDENCE_FILES });
  for (const file of chosen) {
    if (file.bytes.length > MAX_EVIDENCE_BYTES) throw ValidationError.field(field, "errors.evidence_too_large", { name: file.name, max: 10 });
  }
  const kinds = chosen.map((file) => {
    try {
      return checkUpload(field, file, EVIDENCE_KINDS);
    } catch (err) {
      // Name the file: with several chosen, "which one?" is the first question.
      if (err instanceof ValidationError && err.fields[field]?.key === "errors.file_type") throw ValidationError.field(field, "errors.evidence_type", { name: file.name });
      throw err;
    }
  });
  // One photo at a time: a decoded 12-megapixel photo takes about 36 MB of memory.
  const prepared: PreparedEvidence[] = [];
  for (const [i, file] of chosen.entries()) {
    prepared.push(isPhoto(kinds[i]!) ? await normalisePhoto(file) : { name: file.name, kind: kinds[i]!, bytes: file.bytes, width: null, height: null });
  }
  return prepared;
}

/** Stores prepared files by hash and links them, inside the caller's transaction. */
export async function attachEvidence(tx: Tx, actor: Actor, owner: { checkinId: number } | { activityId: number }, files: readonly PreparedEvidence[]) {
  if (files.length === 0) return [];
  const rows = [];
  for (const file of files) {
    const sha256 = await storeFile(tx, actor, file);
    rows.push({ ...owner, sha256, name: file.name.slice(0, 200), kind: file.kind, width: file.width, height: file.height });
  }
  return tx.insert(evidenceFiles).values(rows).returning();
}

export async function evidenceOf(db: DbOrTx, by: "checkin" | "activity", ids: number[]) {
  if (ids.length === 0) return [];
  const column = by === "checkin" ? evidenceFiles.checkinId : evidenceFiles.activityId;
  return db.select().from(evidenceFiles).where(inArray(column, ids)).orderBy(evidenceFiles.id);
}

export async function evidenceFile(db: DbOrTx, id: number) {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row ?? null;
}

