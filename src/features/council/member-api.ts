import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { appointCouncilMember } from "./appoint-council-member";
import { AppointCouncilMemberInput, CouncilOnInput, EndCouncilTermInput } from "./council-member-input";
import { endCouncilMemberTerm } from "./end-council-member-term";
import { listCouncil } from "./list-council";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "council";

export const councilMemberEndpoints: Endpoint[] = [
  {
    method: "get", path: "/councils/:unitId/members", tag, query: CouncilOnInput,
    summary: "The members of a unit's Emulation–Commendation Council in post on a day (today by default): name, post, term, account; chair first, then by post and name",
    handle: async ({ actor, c, params, query }) => {
      const { canManage: _m, ...council } = await listCouncil(actor, idFrom(params.unitId, "unit"), query, db(c));
      return council;
    },
  },
  {
    method: "post", path: "/councils/:unitId/members", tag, body: AppointCouncilMemberInput, status: 201,
    summary: "Appoint an account (linked to the person it is, holding a role on the unit or below) to a post of the unit's council for a term; one post per person at a time, one chair at a time. The unit's Chairman or administrator",
    handle: ({ actor, c, params, body }) => appointCouncilMember(actor, idFrom(params.unitId, "unit"), body, db(c)),
  },
  {
    method: "post", path: "/council-members/:id/end", tag, body: EndCouncilTermInput,
    summary: "End a council member's term on a day, with the reason (audited)",
    handle: ({ actor, c, params, body }) => endCouncilMemberTerm(actor, idFrom(params.id, "council_member"), body, db(c)),
  },
];
