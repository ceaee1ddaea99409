import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { decideRelative } from "./decide-relative";
import { declareRelative } from "./declare-relative";
import { listProposals } from "./list-proposals";
import { listRelatives } from "./list-relatives";
import { proposeHouseholdRelatives } from "./propose-household-relatives";
import { DecideRelativeInput, DeclareRelativeInput, ProposalsQuery, ProposeRelativesInput } from "./relative-input";
import { z } from "zod";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "relatives";

export const relativesEndpoints: Endpoint[] = [
  {
    method: "get", path: "/people/:id/relatives", tag,
    summary: "A person's relatives (spouse, parent, child, sibling) both ways, each told from this person's side, with their status (proposed, confirmed, rejected) and source; for those who see personal details",
    handle: ({ actor, c, params }) => listRelatives(actor, idFrom(params.id, "person"), db(c)),
  },
  {
    method: "post", path: "/people/:id/relatives", tag, body: DeclareRelativeInput, status: 201,
    summary: "Declare that another person of the official's units is this person's <kind> (confirmed at once)",
    handle: ({ actor, c, params, body }) => declareRelative(actor, idFrom(params.id, "person"), body, db(c)),
  },
  {
    method: "get", path: "/relatives/proposals", tag, query: ProposalsQuery.extend({ unit: z.coerce.number().int().positive() }),
    summary: "Relations proposed from households among the people of a unit and its sub-units, waiting for confirmation",
    handle: ({ actor, c, query }) => listProposals(actor, idFrom(query.unit, "unit"), query, db(c)),
  },
  {
    method: "post", path: "/relatives/proposals", tag, body: ProposeRelativesInput,
    summary: "Propose relations from household roles for the households of a unit (and below) or of one household; pairs already recorded are skipped, so running it again proposes nothing new",
    handle: ({ actor, c, body }) => proposeHouseholdRelatives(actor, body, db(c)),
  },
  {
    method: "post", path: "/relatives/:id/decide", tag, body: DecideRelativeInput,
    summary: "Confirm or reject a relation (the person's unit's registry officials)",
    handle: ({ actor, c, params, body }) => decideRelative(actor, idFrom(params.id, "relation"), body, db(c)),
  },
];
