import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { browseUnits } from "./browse-units";
import { createUnit, parentForNewUnit } from "./create-unit";
import { getUnit } from "./get-unit";
import { UnitsPage } from "./pages/list";
import { NewUnitPage } from "./pages/new-unit";
import { UnitPage } from "./pages/unit";

export const unitRoutes = new Hono<AppEnv>();
unitRoutes.use("/units", requireUser);
unitRoutes.use("/units/*", requireUser);

unitRoutes.get("/units", async (c) => {
  const page = Math.max(1, Number.parseInt(c.req.query("page") ?? "1", 10) || 1);
  const query = c.req.query("q")?.trim() ?? "";
  const { list, hits } = await browseUnits(c.get("actor")!, c.get("deps").database.db, { page, q: query });
  return c.html(<UnitsPage v={viewOf(c)} list={list} query={query} hits={hits} />);
});

unitRoutes.get("/units/:id", async (c) => {
  const detail = await getUnit(c.get("actor")!, c.get("deps").database.db, idFrom(c.req.param("id"), "unit"));
  const added = c.req.query("added");
  return c.html(<UnitPage v={viewOf(c)} detail={detail} notice={added ? c.get("t")("units.added", { name: added }) : undefined} />);
});

async function showNewUnit(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const parent = await parentForNewUnit(c.get("actor")!, c.get("deps").database.db, idFrom(c.req.param("id"), "unit"));
  return c.html(<NewUnitPage v={viewOf(c)} parent={parent} form={form} />, status);
}

unitRoutes.get("/units/:id/new", (c) => showNewUnit(c, emptyForm()));

unitRoutes.post("/units/:id/new", async (c) => {
  const values = await readForm(c);
  const parentId = idFrom(c.req.param("id"), "unit");
  return handleForm(
    values,
    () => createUnit(c.get("actor")!, parentId, values, c.get("deps").database.db),
    (form) => showNewUnit(c, form, 422),
    (unit) => c.redirect(`/units/${parentId}?added=${encodeURIComponent(unit.name)}`, 303),
  );
});
