// The people rule, as a table: role × what is seen × where the person belongs.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { personPolicy } from "./policy";

describe("personPolicy", () => {
  it.each(table([...ROLES]))("%s sees the names of people of their unit and below: %s", (role, allowed) => {
    expect(personPolicy.view(actorAs(role), { unitPath: PLACES.below })).toBe(allowed);
    expect(personPolicy.view(actorAs(role), { unitPath: PLACES.outside })).toBe(false);
    expect(personPolicy.view(actorAs(role), { unitPath: PLACES.above })).toBe(false);
  });
  it.each(table(["admin", "chairman", "council_secretary"]))("%s sees birth dates, ethnicity and contacts: %s", (role, allowed) => {
    expect(personPolicy.viewPersonal(actorAs(role), { unitPath: PLACES.below })).toBe(allowed);
    expect(personPolicy.viewPersonal(actorAs(role), { unitPath: PLACES.outside })).toBe(false);
  });
  it.each(table(["admin", "council_secretary"]))("%s adds, imports and edits people: %s", (role, allowed) => {
    expect(personPolicy.manage(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(personPolicy.manage(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});
