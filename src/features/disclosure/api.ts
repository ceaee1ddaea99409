import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { PublishDisclosureInput, ModerateCommentInput } from "./disclosure-input";
import { getDisclosure } from "./get-disclosure";
import { ListDisclosuresInput, listDisclosures } from "./list-disclosures";
import { moderateComment } from "./moderate-comment";
import { publishDisclosure } from "./publish-disclosure";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "disclosure";
const id = (params: Record<string, string>) => idFrom(params.id, "disclosure");

export const disclosureEndpoints: Endpoint[] = [
  {
    method: "get", path: "/disclosures", tag, query: ListDisclosuresInput,
    summary: "The lists of candidates the caller's governments published (công khai), newest first, with the comments waiting for moderation",
    handle: ({ actor, c, query }) => listDisclosures(actor, db(c), query),
  },
  {
    method: "get", path: "/disclosures/:id", tag,
    summary: "A published list: its candidates, period (working days) and article, and every comment with its status, the sender's contact and the answer",
    handle: ({ actor, c, params }) => getDisclosure(actor, id(params), db(c)),
  },
  {
    method: "post", path: "/disclosures", tag, body: PublishDisclosureInput, status: 201,
    summary: "Publish accepted nominations screened by a government from a day (today or later) for the catalogue's longest disclosure period among their forms, counted in working days",
    handle: ({ actor, c, body }) => publishDisclosure(actor, body, db(c)),
  },
  {
    method: "post", path: "/disclosures/:id/comments/:commentId", tag, body: ModerateCommentInput,
    summary: "Moderate a public comment: publish it, reject it, or answer it (the answer is published with it)",
    handle: ({ actor, c, params, body }) => moderateComment(actor, id(params), idFrom(params.commentId, "comment"), body, db(c)),
  },
];
