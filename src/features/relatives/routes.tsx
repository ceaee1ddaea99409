// Relatives (for recusal): the proposals from households of a unit to confirm, deciding one,
// and declaring a relative of a person. The person page shows the section (people/routes.tsx).
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { messagePage } from "../../web/respond";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { decideRelative } from "./decide-relative";
import { declareRelative } from "./declare-relative";
import { relativeChoices } from "./list-relatives";
import { listProposals, proposalUnitChoices } from "./list-proposals";
import { DeclareRelativePage } from "./pages/declare";
import { ProposalsChooseUnitPage, ProposalsPage } from "./pages/proposals";
import { proposeHouseholdRelatives } from "./propose-household-relatives";

export const relativesRoutes = new Hono<AppEnv>();
for (const path of ["/relatives", "/relatives/*", "/people/:id/relatives", "/people/:id/relatives/*"]) relativesRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const personId = (c: Ctx) => idFrom(c.req.param("id"), "person");

relativesRoutes.get("/relatives/proposals", async (c) => {
  const units = await proposalUnitChoices(actorOf(c), db(c));
  const chosen = c.req.query("unit") ?? (units.length === 1 ? String(units[0]!.id) : undefined);
  if (!chosen) return c.html(<ProposalsChooseUnitPage v={viewOf(c)} units={units} />);
  const list = await listProposals(actorOf(c), idFrom(chosen, "unit"), c.req.query(), db(c));
  const proposed = c.req.query("proposed");
  const notice = proposed !== undefined && /^\d{1,7}$/.test(proposed) ? c.get("t")("relatives.proposed", { n: proposed }) : noticeOf(c, { confirmed: "relatives.confirmed", rejected: "relatives.rejected" });
  return c.html(<ProposalsPage v={viewOf(c)} list={list} notice={notice} />);
});

relativesRoutes.post("/relatives/proposals", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => proposeHouseholdRelatives(actorOf(c), { unitId: values.unitId }, db(c)),
    (form) => messagePage(c, 422, "errors.bad_request_title", Object.values(form.errors).map((e) => c.get("t")(e.key, { label: "", ...(e.params ?? {}) })).join(" ")),
    (result) => c.redirect(`/relatives/proposals?unit=${idFrom(values.unitId, "unit")}&proposed=${result.proposed}`, 303),
  );
});

relativesRoutes.post("/relatives/:id{[0-9]+}/decide", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => decideRelative(actorOf(c), idFrom(c.req.param("id"), "relation"), values, db(c)),
    (form) => messagePage(c, 422, "errors.bad_request_title", Object.values(form.errors).map((e) => c.get("t")(e.key, { label: "", ...(e.params ?? {}) })).join(" ")),
    (row) => {
      const done = row.status === "confirmed" ? "confirmed" : "rejected";
      // Back to the page the button was on: the unit's proposals, or the person's page.
      if (values.back === "proposals" && /^\d{1,10}$/.test(values.unit ?? "")) return c.redirect(`/relatives/proposals?unit=${values.unit}&${done}=1`, 303);
      const person = /^\d{1,10}$/.test(values.person ?? "") ? values.person : String(row.personId);
      return c.redirect(`/people/${person}?relative_${done}=1`, 303);
    },
  );
});

async function showDeclare(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const choices = await relativeChoices(actorOf(c), personId(c), db(c));
  return c.html(<DeclareRelativePage v={viewOf(c)} choices={choices} form={form} />, status);
}

relativesRoutes.get("/people/:id{[0-9]+}/relatives/new", (c) => showDeclare(c, emptyForm()));
relativesRoutes.post("/people/:id{[0-9]+}/relatives", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => declareRelative(actorOf(c), personId(c), values, db(c)),
    (form) => showDeclare(c, form, 422),
    () => c.redirect(`/people/${personId(c)}?relative_declared=1`, 303),
  );
});
