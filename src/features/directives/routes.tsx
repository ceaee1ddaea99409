import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, requireUser } from "../../web/forms";
import { readFileForm } from "../../web/file-forms";
import { idFrom } from "../../web/params";
import { noticeOf } from "../../web/workflow";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { draftingUnits } from "../documents/form-choices";
import { downloadResponse } from "../../web/download";
import { assertMayRecordDirectives, createDirective } from "./create-directive";
import { directiveFile, listDirectives } from "./list-directives";
import { DirectivesPage } from "./pages";

export const directiveRoutes = new Hono<AppEnv>();
directiveRoutes.use("/directives", requireUser);
directiveRoutes.use("/directives/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;

async function show(c: Ctx, form: FormState | null, status: 200 | 422 = 200) {
  const actor = c.get("actor")!;
  const [list, units] = await Promise.all([listDirectives(actor, db(c)), draftingUnits(actor, db(c))]);
  const notice = noticeOf(c, { added: "directives.added" });
  return c.html(<DirectivesPage v={viewOf(c)} list={list} units={units} form={units.length > 0 ? (form ?? emptyForm()) : null} notice={notice} />, status);
}

directiveRoutes.get("/directives", (c) => show(c, null));

directiveRoutes.post("/directives", async (c) => {
  assertMayRecordDirectives(c.get("actor")!); // before the form and its file are read
  const { values, files } = await readFileForm(c);
  const upload = files.file?.find((f) => f.bytes.length > 0);
  return handleForm(
    values,
    () => createDirective(c.get("actor")!, values, db(c), upload),
    (form) => show(c, form, 422),
    () => c.redirect("/directives?added=1", 303),
  );
});

directiveRoutes.get("/directives/:id/file", async (c) => downloadResponse(c, await directiveFile(c.get("actor")!, db(c), idFrom(c.req.param("id"), "directive"))));
