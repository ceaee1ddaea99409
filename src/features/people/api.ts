import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { addMembership, AddMembershipInput } from "./add-membership";
import { createPerson, CreatePersonInput } from "./create-person";
import { getPerson } from "./get-person";
import { listPeople, ListPeopleInput } from "./list-people";

export const peopleEndpoints: Endpoint[] = [
  {
    method: "get",
    path: "/people",
    summary: "People the caller may see, in Vietnamese order; q searches names with or without diacritics",
    tag: "people",
    query: ListPeopleInput,
    handle: ({ actor, c, query }) => listPeople(actor, c.get("deps").database.db, query),
  },
  {
    method: "get",
    path: "/people/:id",
    summary: "A person's profile and membership history (personal data only for roles that need it)",
    tag: "people",
    handle: ({ actor, c, params }) => getPerson(actor, c.get("deps").database.db, idFrom(params.id, "person")),
  },
  {
    method: "post",
    path: "/people",
    summary: "Add a person to the registry",
    tag: "people",
    body: CreatePersonInput,
    status: 201,
    handle: ({ actor, c, body }) => createPerson(actor, body, c.get("deps").database.db),
  },
  {
    method: "post",
    path: "/people/:id/memberships",
    summary: "Record a position or membership of a person in a unit",
    tag: "people",
    body: AddMembershipInput,
    status: 201,
    handle: ({ actor, c, params, body }) => addMembership(actor, idFrom(params.id, "person"), body, c.get("deps").database.db),
  },
];
