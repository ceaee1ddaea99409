import { Hono } from "hono";
import type { AppEnv } from "../../web/context";
import { requireUser } from "../../web/forms";
import { Layout } from "../../web/layout";
import { Notice } from "../../web/components";
import { viewOf } from "../../web/view";
import { roleUnitNames } from "./role-units";

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get("/", requireUser, async (c) => {
  const v = viewOf(c);
  const actor = c.get("actor")!;
  const names = await roleUnitNames(actor, c.get("deps").database.db);
  return c.html(
    <Layout v={v} title={v.t("home.title")}>
      {c.req.query("reset") ? <Notice>{v.t("reset.done")}</Notice> : null}
      <h1>{v.t("home.welcome", { name: actor.user!.fullName })}</h1>
      <h2>{v.t("home.your_roles")}</h2>
      {actor.assignments.length === 0 ? (
        <p>{v.t("home.no_roles")}</p>
      ) : (
        <ul>
          {actor.assignments.map((a) => (
            <li>
              {v.t(`role.${a.role}`)} – <a href={`/units/${a.unitId}`}>{names.get(a.unitId) ?? a.unitId}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>,
  );
});
