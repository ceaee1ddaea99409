import { Hono } from "hono";
import type { AppEnv } from "../../web/context";
import { requireUser } from "../../web/forms";
import { viewOf } from "../../web/view";
import { browseAudit } from "./browse-audit";
import { AuditPage } from "./pages";

export const auditRoutes = new Hono<AppEnv>();
auditRoutes.use("/audit", requireUser);

auditRoutes.get("/audit", async (c) => {
  const values = c.req.query();
  const { actions, list, errors } = await browseAudit(c.get("actor")!, c.get("deps").database.db, values);
  return c.html(<AuditPage v={viewOf(c)} list={list} actions={actions} form={{ values, errors }} />, list ? 200 : 422);
});
