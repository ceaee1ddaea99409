// The minutes of a closed council session as a file: the meeting's minutes (biên bản họp Hội
// đồng) or the ballot count's (biên bản kiểm phiếu), .docx to sign on paper or .pdf. Whoever may
// see the session may read its minutes (its unit's officials, its members); anyone else is told
// it does not exist. Before the vote is closed there is nothing to write down.
import { z } from "zod";
import { composeCountMinutes, composeMeetingMinutes, MINUTES_KINDS, type MinutesData, type MinutesKind } from "../../documents/compose-council-minutes";
import { renderDocx } from "../../documents/docx";
import type { OfficialDocument } from "../../documents/model";
import { renderPdf } from "../../documents/pdf";
import type { Db } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { ValidationError } from "../../platform/errors";
import { contentTypeOf } from "../../platform/uploads";
import { parseInput } from "../../platform/validation";
import type { DownloadFile } from "../../web/download";
import { findVisibleSession } from "./find-session";
import { loadMinutesData } from "./minutes-data";

export type MinutesFormat = "docx" | "pdf";
export const MINUTES_FORMATS: readonly MinutesFormat[] = ["docx", "pdf"];

export const MinutesInput = z.object({
  kind: z.enum(MINUTES_KINDS as [MinutesKind, ...MinutesKind[]], { error: "errors.council_minutes_kind" }),
  format: z.enum(MINUTES_FORMATS as [MinutesFormat, ...MinutesFormat[]], { error: "errors.council_minutes_format" }).default("docx"),
});

const COMPOSERS: Record<MinutesKind, (data: MinutesData) => OfficialDocument> = { meeting: composeMeetingMinutes, count: composeCountMinutes };
const FILE_NAMES: Record<MinutesKind, string> = { meeting: "bien-ban-hop-hoi-dong", count: "bien-ban-kiem-phieu" };

export function minutesFileName(sessionId: number, kind: MinutesKind, format: MinutesFormat): string {
  return `${FILE_NAMES[kind]}-${sessionId}.${format}`;
}

/** The document rendered as a file (for the download, or to attach to the nominations' dossiers). */
export async function renderMinutes(data: MinutesData, kind: MinutesKind, format: MinutesFormat): Promise<DownloadFile> {
  const official = COMPOSERS[kind](data);
  let bytes: Buffer;
  try {
    bytes = format === "docx" ? await renderDocx(official) : await renderPdf(official);
  } catch (err) {
    throw Object.assign(ValidationError.field("_form", "errors.council_minutes_render_failed"), { cause: err });
  }
  return { name: minutesFileName(data.session.id, kind, format), bytes: new Uint8Array(bytes), contentType: contentTypeOf(format) };
}

/** Read the minutes of a closed session: (kind "meeting" | "count", format "docx" | "pdf"). */
export async function downloadMinutes(actor: Actor, sessionId: number, kind: unknown, format: unknown, db: Db): Promise<DownloadFile> {
  const values = parseInput(MinutesInput, { kind, format: format ?? undefined });
  const data = await db.transaction(async (tx) => {
    const { session } = await findVisibleSession(actor, tx, sessionId);
    if (session.status !== "closed") throw ValidationError.field("_form", "errors.council_minutes_not_closed");
    return loadMinutesData(tx, session);
  });
  return renderMinutes(data, values.kind, values.format);
}
