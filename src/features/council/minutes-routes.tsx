// The minutes of a closed session as files: /council/sessions/:id/minutes/meeting.docx,
// …/meeting.pdf, …/count.docx, …/count.pdf. One route per file, so that every path names the
// session only (the route × role and cross-unit tests cover each); the use case checks who may
// read them and that the vote is closed.
import { Hono } from "hono";
import type { MinutesKind } from "../../documents/compose-council-minutes";
import type { AppEnv, Ctx } from "../../web/context";
import { downloadResponse } from "../../web/download";
import { requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { downloadMinutes, type MinutesFormat } from "./download-minutes";

export const councilMinutesRoutes = new Hono<AppEnv>();
councilMinutesRoutes.use("/council/sessions/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;

for (const kind of ["meeting", "count"] as const satisfies readonly MinutesKind[]) {
  for (const format of ["docx", "pdf"] as const satisfies readonly MinutesFormat[]) {
    councilMinutesRoutes.get(`/council/sessions/:id{[0-9]+}/minutes/${kind}.${format}`, async (c) =>
      downloadResponse(c, await downloadMinutes(c.get("actor")!, idFrom(c.req.param("id"), "council_session"), kind, format, db(c))),
    );
  }
}
