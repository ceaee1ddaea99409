// Council sessions through the API: create, agenda, invite, attendance, recusals, written
// opinions, the vote (open, cast, close), paper counts and the session with its tallies.
import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { castBallots } from "./cast-ballots";
import { closeVoting } from "./close-voting";
import { createSession } from "./create-session";
import { declareRecusal } from "./declare-recusal";
import { getSession, listSessions } from "./get-session";
import { inviteMembers } from "./invite-members";
import { openVoting } from "./open-voting";
import { confirmPaperCount, enterPaperCount } from "./paper-counts";
import { recordAttendance } from "./record-attendance";
import { addAgendaItems, removeAgendaItem } from "./set-agenda";
import { AgendaInput, AttendanceInput, BallotInput, CreateSessionInput, OpinionInput, PaperCountInput, RecusalInput } from "./session-input";
import { submitWrittenOpinion } from "./submit-written-opinion";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "council";
const id = (params: Record<string, string>) => idFrom(params.id, "council_session");

/** The session without the page's helpers: members, quorum, agenda, votes so far, results, receipts. */
async function sessionJson(...args: Parameters<typeof getSession>) {
  const { agendaChoices: _choices, ...data } = await getSession(...args);
  return data;
}

export const councilEndpoints: Endpoint[] = [
  { method: "get", path: "/council-sessions", tag, summary: "Sessions of the councils the caller sees, and those they sit in once invited; newest first", handle: ({ actor, c }) => listSessions(actor, db(c)) },
  {
    method: "get", path: "/council-sessions/:id", tag,
    summary: "A session: members and attendance, quorum, the agenda with recusals and written opinions, \"n of m have voted\" while voting (never a choice), each item's tally once closed, the published receipts",
    handle: ({ actor, c, params }) => sessionJson(actor, id(params), db(c)),
  },
  { method: "post", path: "/council-sessions", tag, body: CreateSessionInput, status: 201, summary: "Call a session (day and hour in Vietnam's time, place, written opinions' deadline, online or paper vote)", handle: ({ actor, c, body }) => createSession(actor, body, db(c)) },
  { method: "post", path: "/council-sessions/:id/agenda", tag, body: AgendaInput, summary: "Put accepted nominations screened by the session's unit on the agenda (draft sessions)", handle: ({ actor, c, params, body }) => addAgendaItems(actor, id(params), body, db(c)) },
  {
    method: "post", path: "/council-sessions/:id/agenda/:item/remove", tag, summary: "Take an item off a draft session's agenda",
    handle: ({ actor, c, params }) => removeAgendaItem(actor, id(params), idFrom(params.item, "council_item"), db(c)),
  },
  {
    method: "post", path: "/council-sessions/:id/invite", tag,
    summary: "Invite the council in post on the session's day (in-app and e-mail): fixes the members, the rules of the day and the automatic recusals; the members see the dossiers from now on",
    handle: ({ actor, c, params }) => inviteMembers(actor, id(params), db(c), { baseUrl: c.get("deps").config.baseUrl }),
  },
  { method: "post", path: "/council-sessions/:id/attendance", tag, body: AttendanceInput, summary: "Record members present or absent ({attendance: {memberId: \"present\"|\"absent\"}}), before the vote opens", handle: ({ actor, c, params, body }) => recordAttendance(actor, id(params), body, db(c)) },
  { method: "post", path: "/council-sessions/:id/recusals", tag, body: RecusalInput, status: 201, summary: "The calling member steps out of an item's vote, with the reason", handle: ({ actor, c, params, body }) => declareRecusal(actor, id(params), body, db(c)) },
  { method: "post", path: "/council-sessions/:id/opinions", tag, body: OpinionInput, summary: "The calling absent member's written opinion (phiếu lấy ý kiến) on items ({choices: {itemId: \"agree\"|\"disagree\"}}), before the deadline; signed, so not secret", handle: ({ actor, c, params, body }) => submitWrittenOpinion(actor, id(params), body, db(c)) },
  { method: "post", path: "/council-sessions/:id/voting/open", tag, summary: "The presiding member (chair or vice-chair, present) opens the vote once the quorum is present", handle: ({ actor, c, params }) => openVoting(actor, id(params), db(c)) },
  {
    method: "post", path: "/council-sessions/:id/ballots", tag, body: BallotInput,
    summary:
      "The calling present member's secret ballots ({token, choices: {itemId: \"agree\"|\"disagree\"}}). token is the caller's one-time key for this request (16–64 characters of A–Z a–z 0–9 _ -): sent again, the same receipts come back and nothing is counted twice; a second ballot with another token is refused. Answers the receipt code of each ballot",
    handle: ({ actor, c, params, body }) => castBallots(actor, id(params), body, db(c)),
  },
  { method: "post", path: "/council-sessions/:id/voting/close", tag, summary: "The presiding member closes the vote: the items are counted against the rules, the receipts published, the ballot box emptied and its key forgotten", handle: ({ actor, c, params }) => closeVoting(actor, id(params), db(c)) },
  { method: "post", path: "/council-sessions/:id/paper-counts", tag, body: PaperCountInput, summary: "Paper vote: enter an item's counts (agree, disagree, invalid)", handle: ({ actor, c, params, body }) => enterPaperCount(actor, id(params), body, db(c)) },
  { method: "post", path: "/council-sessions/:id/paper-counts/confirm", tag, body: PaperCountInput, summary: "Paper vote: another person types the same counts again to confirm them", handle: ({ actor, c, params, body }) => confirmPaperCount(actor, id(params), body, db(c)) },
];

