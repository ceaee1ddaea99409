// The legal catalogue's pages: the catalogue in force for a unit on a day, one entry's history,
// and the form for a new version (a province's or a unit's own, or the national layer's).
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { addCatalogueVersion } from "./add-catalogue-version";
import { valueToForm, versionFormToInput } from "./entry-fields";
import { getCatalogue } from "./get-catalogue";
import { getEntryHistory } from "./get-entry-history";
import { getVersionForm, type VersionFormView } from "./get-version-form";
import { CataloguePage } from "./pages/catalogue";
import { HistoryPage } from "./pages/history";
import { NewVersionPage } from "./pages/new-version";
import { historyHref } from "./pages/parts";

export const catalogueRoutes = new Hono<AppEnv>();
for (const path of ["/catalogue", "/catalogue/*"]) catalogueRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;

catalogueRoutes.get("/catalogue", async (c) => {
  const data = await getCatalogue(actorOf(c), db(c), c.req.query());
  return c.html(<CataloguePage v={viewOf(c)} data={data} />);
});

catalogueRoutes.get("/catalogue/entries/:kind/:code", async (c) => {
  const data = await getEntryHistory(actorOf(c), db(c), c.req.param("kind"), c.req.param("code"), { unit: c.req.query("unit") });
  return c.html(<HistoryPage v={viewOf(c)} data={data} notice={noticeOf(c, { added: "catalogue.added" })} />);
});

/** The form's first values: the most local layer the official may add to, and the value in force. */
function startingValues(c: Ctx, data: VersionFormView): Record<string, string> {
  const scope = [...data.choices].reverse().find((x) => x.allowed)?.scope ?? "";
  return { scope, code: data.code, ...valueToForm(data.kind, (data.current?.value as Record<string, unknown> | undefined) ?? null, viewOf(c).lang) };
}

const formQuery = (c: Ctx, code?: string) => ({ kind: c.req.query("kind"), code: code ?? c.req.query("code"), unit: c.req.query("unit") });

catalogueRoutes.get("/catalogue/new", async (c) => {
  const data = await getVersionForm(actorOf(c), db(c), formQuery(c));
  return c.html(<NewVersionPage v={viewOf(c)} data={data} form={emptyForm(startingValues(c, data))} />);
});

catalogueRoutes.post("/catalogue/new", async (c) => {
  const values = await readForm(c);
  const data = await getVersionForm(actorOf(c), db(c), formQuery(c, values.code));
  const previous = (data.current?.value as Record<string, unknown> | undefined) ?? null;
  return handleForm(
    values,
    () => addCatalogueVersion(actorOf(c), versionFormToInput(values, data.kind, previous), db(c)),
    (form: FormState) => c.html(<NewVersionPage v={viewOf(c)} data={data} form={form} />, 422),
    (row) => {
      const href = historyHref(row, data.unit?.id ?? null);
      return c.redirect(`${href}${href.includes("?") ? "&" : "?"}added=1`, 303);
    },
  );
});
