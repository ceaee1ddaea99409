// The council of a unit: its members by post and term (/council), appointing, ending a term.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { appointCouncilMember } from "./appoint-council-member";
import { endCouncilMemberTerm, getCouncilMemberToEnd } from "./end-council-member-term";
import { appointableAccounts, councilUnitChoices, listCouncil } from "./list-council";
import { CouncilChooseUnitPage, CouncilPage } from "./pages/members-council";
import { EndTermPage } from "./pages/members-end-term";

export const councilMemberRoutes = new Hono<AppEnv>();
for (const path of ["/council", "/council/*", "/council-members/*"]) councilMemberRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const memberId = (c: Ctx) => idFrom(c.req.param("id"), "council_member");

async function showCouncil(c: Ctx, unitId: number, form: FormState, status: 200 | 422 = 200) {
  const council = await listCouncil(actorOf(c), unitId, { on: c.req.query("on") }, db(c));
  const accounts = council.canManage ? await appointableAccounts(actorOf(c), unitId, db(c)) : [];
  const notice = noticeOf(c, { appointed: "council_members.appointed", ended: "council_members.ended" });
  return c.html(<CouncilPage v={viewOf(c)} council={council} accounts={accounts} form={form} notice={notice} />, status);
}

councilMemberRoutes.get("/council", async (c) => {
  const units = await councilUnitChoices(actorOf(c), db(c));
  const chosen = c.req.query("unit") ?? (units.length === 1 ? String(units[0]!.id) : undefined);
  if (!chosen) return c.html(<CouncilChooseUnitPage v={viewOf(c)} units={units} />);
  return showCouncil(c, idFrom(chosen, "unit"), emptyForm());
});

councilMemberRoutes.post("/council/members", async (c) => {
  const values = await readForm(c);
  const unitId = idFrom(values.unitId, "unit");
  return handleForm(
    values,
    () => appointCouncilMember(actorOf(c), unitId, values, db(c)),
    (form) => showCouncil(c, unitId, form, 422),
    () => c.redirect(`/council?unit=${unitId}&appointed=1`, 303),
  );
});

async function showEnd(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const member = await getCouncilMemberToEnd(actorOf(c), memberId(c), db(c));
  return c.html(<EndTermPage v={viewOf(c)} member={member} form={form} />, status);
}

councilMemberRoutes.get("/council-members/:id{[0-9]+}/end", (c) => showEnd(c, emptyForm()));
councilMemberRoutes.post("/council-members/:id{[0-9]+}/end", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => endCouncilMemberTerm(actorOf(c), memberId(c), values, db(c)),
    (form) => showEnd(c, form, 422),
    (row) => c.redirect(`/council?unit=${row.unitId}&ended=1`, 303),
  );
});
