// The bonus calculator's page: a GET form, so an answer can be bookmarked and shared.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { requireUser } from "../../web/forms";
import { emptyForm, viewOf } from "../../web/view";
import { ValidationError } from "../../platform/errors";
import { formatShortDate, todayInVietnam } from "../../domain/text/dates";
import { calculateBonus } from "./calculate-bonus";
import { bonusUnitChoices } from "./bonus-unit-choices";
import { BonusPage } from "./pages/bonus";

export const bonusRoutes = new Hono<AppEnv>();
bonusRoutes.use("/bonus", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;

bonusRoutes.get("/bonus", async (c) => {
  const actor = c.get("actor")!;
  const query = c.req.query();
  const units = await bonusUnitChoices(actor, db(c));
  // Nothing typed yet (or a link from the catalogue with its day): the form, filled where it can be.
  if (!query.form) return c.html(<BonusPage v={viewOf(c)} form={emptyForm({ on: formatShortDate(todayInVietnam()), recipient: "person", ...query })} units={units} answer={null} />);
  try {
    const answer = await calculateBonus(actor, query, db(c));
    return c.html(<BonusPage v={viewOf(c)} form={emptyForm(query)} units={units} answer={answer} />);
  } catch (err) {
    if (err instanceof ValidationError) return c.html(<BonusPage v={viewOf(c)} form={{ values: query, errors: err.fields }} units={units} answer={null} />, 422);
    throw err;
  }
});
