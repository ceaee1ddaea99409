// The council's sessions in the browser: the list and a new session, the session's page and its
// steps, the ballot sheet and its receipts, the written opinion form.
import { Hono } from "hono";
import { parseFormBody } from "../../web/body-limit";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf, workflowStep, type RecordPage } from "../../web/workflow";
import { newFormToken } from "./ballot-seal";
import { castBallots } from "./cast-ballots";
import { closeVoting } from "./close-voting";
import { createSession } from "./create-session";
import { declareRecusal } from "./declare-recusal";
import { getSession, listSessions } from "./get-session";
import { inviteMembers } from "./invite-members";
import { openVoting } from "./open-voting";
import { BallotPage, ReceiptPage } from "./pages/ballot";
import { SessionPage, type SessionForm } from "./pages/session";
import { SessionsPage } from "./pages/sessions";
import { confirmPaperCount, enterPaperCount } from "./paper-counts";
import { recordAttendance } from "./record-attendance";
import { sessionUnitChoices } from "./session-unit-choices";
import { addAgendaItems, removeAgendaItem } from "./set-agenda";
import { gathered } from "./session-input";
import { submitWrittenOpinion } from "./submit-written-opinion";

export const councilSessionRoutes = new Hono<AppEnv>();
councilSessionRoutes.use("/council/sessions", requireUser);
councilSessionRoutes.use("/council/sessions/*", requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const idOf = (c: Ctx) => idFrom(c.req.param("id"), "council_session");

const NOTICES = {
  created: "council.created", agenda: "council.agenda_changed", invited: "council.invited", attendance: "council.attendance_saved", recused: "council.recused_notice",
  opened: "council.voting_opened_notice", closed: "council.voting_closed_notice", counted: "council.count_saved", confirmed: "council.count_confirmed_notice", opinion: "council.opinion_saved",
} as const;

async function showSessions(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const [sessions, units] = [await listSessions(actorOf(c), db(c)), await sessionUnitChoices(actorOf(c), db(c))];
  return c.html(<SessionsPage v={viewOf(c)} sessions={sessions} units={units} form={form} notice={noticeOf(c, NOTICES)} />, status);
}

councilSessionRoutes.get("/council/sessions", (c) => showSessions(c, emptyForm({ meetsAt: "14:00" })));
councilSessionRoutes.post("/council/sessions", async (c) => {
  const values = await readForm(c);
  return handleForm(values, () => createSession(actorOf(c), values, db(c)), (form) => showSessions(c, form, 422), (row) => c.redirect(`/council/sessions/${row.id}?created=1`, 303));
});

async function showSession(c: Ctx, forms: Partial<Record<SessionForm, FormState>>, status: 200 | 422 = 200) {
  const data = await getSession(actorOf(c), idOf(c), db(c), viewOf(c).lang);
  return c.html(<SessionPage v={viewOf(c)} data={data} forms={forms} notice={noticeOf(c, NOTICES)} />, status);
}
councilSessionRoutes.get("/council/sessions/:id{[0-9]+}", (c) => showSession(c, {}));

const page: RecordPage<SessionForm> = { address: (c) => `/council/sessions/${idOf(c)}`, showAgain: (c, forms) => showSession(c, forms, 422) };
const step = (path: string, form: SessionForm, done: string, run: (c: Ctx, values: Record<string, string>) => Promise<unknown>) => workflowStep(councilSessionRoutes, `/council/sessions/:id{[0-9]+}${path}`, page, { form, run, done });

step("/agenda", "agenda", "agenda", async (c) => {
  // Ticked nominations arrive as one field repeated.
  const ticked = (await parseFormBody(c, { all: true })).nominationIds;
  return addAgendaItems(actorOf(c), idOf(c), { nominationIds: [ticked ?? []].flat().filter((x) => typeof x === "string") }, db(c));
});
step("/agenda/:item{[0-9]+}/remove", "step", "agenda", (c) => removeAgendaItem(actorOf(c), idOf(c), idFrom(c.req.param("item"), "council_item"), db(c)));
step("/invite", "step", "invited", (c) => inviteMembers(actorOf(c), idOf(c), db(c), { baseUrl: c.get("deps").config.baseUrl }));
step("/attendance", "attendance", "attendance", (c, values) => recordAttendance(actorOf(c), idOf(c), { attendance: gathered(values, "attendance") }, db(c)));
step("/recusals", "recusal", "recused", (c, values) => declareRecusal(actorOf(c), idOf(c), values, db(c)));
step("/voting/open", "step", "opened", (c) => openVoting(actorOf(c), idOf(c), db(c)));
step("/voting/close", "step", "closed", (c) => closeVoting(actorOf(c), idOf(c), db(c)));
step("/paper-counts", "count", "counted", (c, values) => enterPaperCount(actorOf(c), idOf(c), values, db(c)));
step("/paper-counts/confirm", "confirm", "confirmed", (c, values) => confirmPaperCount(actorOf(c), idOf(c), values, db(c)));

async function showBallot(c: Ctx, form: FormState, opinion: boolean, status: 200 | 422 = 200) {
  const data = await getSession(actorOf(c), idOf(c), db(c), viewOf(c).lang);
  return c.html(<BallotPage v={viewOf(c)} data={data} token={newFormToken()} form={form} opinion={opinion} />, status);
}
councilSessionRoutes.get("/council/sessions/:id{[0-9]+}/ballot", (c) => showBallot(c, emptyForm(), false));
councilSessionRoutes.post("/council/sessions/:id{[0-9]+}/ballot", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => castBallots(actorOf(c), idOf(c), { token: values.token, choices: gathered(values, "choice") }, db(c)),
    (form) => showBallot(c, form, false, 422),
    async (cast) => c.html(<ReceiptPage v={viewOf(c)} data={await getSession(actorOf(c), idOf(c), db(c), viewOf(c).lang)} receipts={cast.receipts} repeated={cast.repeated} />),
  );
});
councilSessionRoutes.get("/council/sessions/:id{[0-9]+}/opinion", (c) => showBallot(c, emptyForm(), true));
councilSessionRoutes.post("/council/sessions/:id{[0-9]+}/opinion", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => submitWrittenOpinion(actorOf(c), idOf(c), { choices: gathered(values, "choice"), note: values.note }, db(c)),
    (form) => showBallot(c, form, true, 422),
    () => c.redirect(`/council/sessions/${idOf(c)}?opinion=1`, 303),
  );
});
