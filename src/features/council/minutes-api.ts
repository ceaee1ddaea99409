// The minutes of a closed session through the API: GET /council-sessions/:id/minutes/meeting
// and …/count, ?format=docx (default) or pdf. The file itself is the answer.
import type { MinutesKind } from "../../documents/compose-council-minutes";
import type { Endpoint } from "../../web/api";
import { attachment } from "../../web/download";
import { idFrom } from "../../web/params";
import { downloadMinutes, MinutesInput } from "./download-minutes";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "council";
const FormatQuery = MinutesInput.pick({ format: true });

const SUMMARIES: Record<MinutesKind, string> = {
  meeting:
    "The minutes of a closed session (biên bản họp Hội đồng Thi đua – Khen thưởng, Decree 30 layout): attendance and quorum, written opinions of absent members, each item with its recusals and result, the conclusion; signed by the chair and the secretary. .docx (default) or .pdf",
  count:
    "The ballot count's minutes of a closed session (biên bản kiểm phiếu): who counted, ballots issued, received, valid and invalid, each item's counts and result, how many receipt codes were published; no voter is named next to a choice. .docx (default) or .pdf",
};

function minutesEndpoint(kind: MinutesKind): Endpoint {
  return {
    method: "get", path: `/council-sessions/:id/minutes/${kind}`, tag, query: FormatQuery, summary: SUMMARIES[kind],
    handle: async ({ actor, c, params, query }) => {
      const file = await downloadMinutes(actor, idFrom(params.id, "council_session"), kind, query.format, db(c));
      return new Response(Buffer.from(file.bytes), { headers: { "content-type": file.contentType, "content-disposition": attachment(file.name) } });
    },
  };
}

export const councilMinutesEndpoints: Endpoint[] = [minutesEndpoint("meeting"), minutesEndpoint("count")];
