import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { addMembership } from "./add-membership";
import { createPerson } from "./create-person";
import { getPerson } from "./get-person";
import { listPeople } from "./list-people";
import { manageableUnits } from "./manageable-units";
import { NewPersonPage, PeoplePage, PersonPage } from "./pages";

export const peopleRoutes = new Hono<AppEnv>();
peopleRoutes.use("/people", requireUser);
peopleRoutes.use("/people/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;

peopleRoutes.get("/people", async (c) => {
  const actor = c.get("actor")!;
  const list = await listPeople(actor, db(c), c.req.query());
  return c.html(<PeoplePage v={viewOf(c)} list={list} canCreate={actor.scopes("person.manage").length > 0} />);
});

async function showNew(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const units = await manageableUnits(c.get("actor")!, db(c));
  return c.html(<NewPersonPage v={viewOf(c)} form={form} units={units} />, status);
}

peopleRoutes.get("/people/new", (c) => showNew(c, emptyForm({ unitId: c.req.query("unit") ?? "" })));

peopleRoutes.post("/people/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createPerson(c.get("actor")!, values, db(c)),
    (form) => showNew(c, form, 422),
    (person) => c.redirect(`/people/${person.id}?created=1`, 303),
  );
});

async function showPerson(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const actor = c.get("actor")!;
  const profile = await getPerson(actor, db(c), idFrom(c.req.param("id"), "person"));
  const units = profile.canManage ? await manageableUnits(actor, db(c)) : [];
  const t = c.get("t");
  const notice = c.req.query("created") ? t("people.created") : c.req.query("membership") ? t("people.membership_added") : undefined;
  return c.html(<PersonPage v={viewOf(c)} profile={profile} membershipForm={form} units={units} notice={notice} />, status);
}

peopleRoutes.get("/people/:id{[0-9]+}", (c) => showPerson(c, emptyForm()));

peopleRoutes.post("/people/:id{[0-9]+}/memberships", async (c) => {
  const values = await readForm(c);
  const personId = idFrom(c.req.param("id"), "person");
  return handleForm(
    values,
    () => addMembership(c.get("actor")!, personId, values, db(c)),
    (form) => showPerson(c, form, 422),
    () => c.redirect(`/people/${personId}?membership=1`, 303),
  );
});
