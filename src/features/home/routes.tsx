import { Hono } from "hono";
import type { AppEnv } from "../../web/context";
import { requireUser } from "../../web/forms";
import { viewOf } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { HomePage } from "./pages";
import { roleUnitNames } from "./role-units";

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get("/", requireUser, async (c) => {
  const unitNames = await roleUnitNames(c.get("actor")!, c.get("deps").database.db);
  return c.html(<HomePage v={viewOf(c)} unitNames={unitNames} notice={noticeOf(c, { reset: "reset.done" })} />);
});
