import { Hono } from "hono";
import type { AppEnv } from "../../web/context";
import { requireUser } from "../../web/forms";
import { viewOf } from "../../web/view";
import { getFairness } from "./fairness-view";
import { FairnessPage } from "./pages/fairness";

export const fairnessRoutes = new Hono<AppEnv>();
fairnessRoutes.use("/fairness", requireUser);

fairnessRoutes.get("/fairness", async (c) => c.html(<FairnessPage v={viewOf(c)} data={await getFairness(c.get("actor")!, c.get("deps").database.db, c.req.query())} />));
