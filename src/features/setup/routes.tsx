import { Hono } from "hono";
import { NotFound } from "../../platform/errors";
import { communeChoices } from "../units/official-list";
import type { AppEnv, Ctx } from "../../web/context";
import { clientMeta, handleForm, readForm, setSessionCookie } from "../../web/forms";
import { messagePage } from "../../web/respond";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { createFirstAdmin } from "./create-first-admin";
import { SetupPage } from "./pages";
import { setupLinkIsOpen } from "./setup-link";

const invalid = (c: Ctx) => messagePage(c, 404, "setup.title", c.get("t")("setup.invalid_link"));

/** The set-up page; the communes offered are those the search finds, the one picked kept first. */
function show(c: Ctx, token: string, form: FormState, query: string, status: 200 | 422 = 200) {
  const hits = communeChoices(query, form.values.officialCode);
  return c.html(<SetupPage v={viewOf(c)} form={form} action={`/setup/${encodeURIComponent(token)}`} query={query} hits={hits} />, status);
}

export const setupRoutes = new Hono<AppEnv>();

setupRoutes.get("/setup/:token", async (c) => {
  const token = c.req.param("token");
  if (!(await setupLinkIsOpen(c.get("deps").database.db, token))) return invalid(c);
  return show(c, token, emptyForm(), c.req.query("q")?.trim() ?? "");
});

setupRoutes.post("/setup/:token", async (c) => {
  const token = c.req.param("token");
  const values = await readForm(c);
  try {
    return await handleForm(
      values,
      () => createFirstAdmin(c.get("deps").database.db, token, values, clientMeta(c)),
      (form) => show(c, token, form, values.q ?? "", 422),
      ({ sessionToken }) => {
        setSessionCookie(c, sessionToken);
        return c.redirect("/", 303);
      },
    );
  } catch (err) {
    if (err instanceof NotFound) return invalid(c);
    throw err;
  }
});
