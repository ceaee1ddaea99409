// The facts eligibility reads, over the JSON API: each kind listed and recorded under the person,
// a hold ended, a wrong entry removed. Only for those who may see (or keep) the person's facts.
import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { endHold } from "./end-hold";
import { AssessmentInput, DisciplineInput, EndHoldInput, HoldInput, InitiativeInput, RemoveFactInput } from "./fact-input";
import { getFacts } from "./get-facts";
import { recordAssessment } from "./record-assessment";
import { recordDiscipline } from "./record-discipline";
import { recordHold } from "./record-hold";
import { recordInitiative } from "./record-initiative";
import { removeFact } from "./remove-fact";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const personId = (params: Record<string, string>) => idFrom(params.id, "person");
const tag = "eligibility";

export const eligibilityEndpoints: Endpoint[] = [
  {
    method: "get", path: "/people/:id/assessments", summary: "A person's yearly assessments (rating per year), newest first", tag,
    handle: async ({ actor, c, params }) => ({ assessments: (await getFacts(actor, db(c), personId(params))).assessments }),
  },
  {
    method: "post", path: "/people/:id/assessments", summary: "Set a person's rating for a year (a change of a recorded rating needs reason)", tag, body: AssessmentInput,
    handle: ({ actor, c, params, body }) => recordAssessment(actor, personId(params), body, db(c)),
  },
  {
    method: "get", path: "/people/:id/disciplines", summary: "A person's disciplines with their decisions and periods", tag,
    handle: async ({ actor, c, params }) => ({ disciplines: (await getFacts(actor, db(c), personId(params))).disciplines }),
  },
  {
    method: "post", path: "/people/:id/disciplines", summary: "Record a discipline (form, decision, decidedOn, endsOn)", tag, body: DisciplineInput, status: 201,
    handle: ({ actor, c, params, body }) => recordDiscipline(actor, personId(params), body, db(c)),
  },
  {
    method: "get", path: "/people/:id/holds", summary: "A person's holds on awards; current: lasting today", tag,
    handle: async ({ actor, c, params }) => ({ holds: (await getFacts(actor, db(c), personId(params))).holds }),
  },
  {
    method: "post", path: "/people/:id/holds", summary: "Put a person's awards on hold (reason, startsOn, endsOn while known)", tag, body: HoldInput, status: 201,
    handle: ({ actor, c, params, body }) => recordHold(actor, personId(params), body, db(c)),
  },
  {
    method: "post", path: "/people/:id/holds/end", summary: "End a hold that still lasts (holdId, endsOn)", tag, body: EndHoldInput,
    handle: ({ actor, c, params, body }) => endHold(actor, personId(params), body, db(c)),
  },
  {
    method: "get", path: "/people/:id/initiatives", summary: "A person's recognised initiatives with their scope", tag,
    handle: async ({ actor, c, params }) => ({ initiatives: (await getFacts(actor, db(c), personId(params))).initiatives }),
  },
  {
    method: "post", path: "/people/:id/initiatives", summary: "Record a recognised initiative (title, scope, recognisedOn, recognisedBy)", tag, body: InitiativeInput, status: 201,
    handle: ({ actor, c, params, body }) => recordInitiative(actor, personId(params), body, db(c)),
  },
  {
    method: "post", path: "/people/:id/facts/remove", summary: "Remove a wrongly entered assessment, discipline, hold or initiative (kind, factId, reason)", tag, body: RemoveFactInput,
    handle: ({ actor, c, params, body }) => removeFact(actor, personId(params), body, db(c)),
  },
  {
    method: "get", path: "/people/:id/facts/history", summary: "The history of changes of a person's facts: who, when, before and after", tag,
    handle: async ({ actor, c, params }) => ({ history: (await getFacts(actor, db(c), personId(params))).history }),
  },
];
