// The task rule, as a table: role × the task's assigning and responsible units.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { taskPolicy } from "./policy";

const MANAGERS = ["chairman", "vice_chairman", "council_secretary"] as const;
const PARTICIPANTS = ["chairman", "vice_chairman", "council_secretary", "organisation", "reporter", "culture_officer"] as const;

describe("taskPolicy", () => {
  it.each(table([...ROLES]))("%s sees a task their unit assigned or is responsible for, nothing else: %s", (role, allowed) => {
    expect(taskPolicy.view(actorAs(role), { unitPath: PLACES.own, responsibleUnitPath: null })).toBe(allowed);
    expect(taskPolicy.view(actorAs(role), { unitPath: PLACES.above, responsibleUnitPath: PLACES.own })).toBe(allowed);
    expect(taskPolicy.view(actorAs(role), { unitPath: PLACES.above, responsibleUnitPath: "/1/5/" })).toBe(false);
    expect(taskPolicy.view(actorAs(role), { unitPath: PLACES.outside, responsibleUnitPath: null })).toBe(false);
  });
  it.each(table([...MANAGERS]))("%s assigns tasks of their unit: %s", (role, allowed) => {
    expect(taskPolicy.assign(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(taskPolicy.assign(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
  it.each(table([...PARTICIPANTS]))("%s closes a task their unit is responsible for: %s", (role, allowed) => {
    expect(taskPolicy.complete(actorAs(role), { unitPath: PLACES.above, responsibleUnitPath: PLACES.own })).toBe(allowed);
    expect(taskPolicy.complete(actorAs(role), { unitPath: PLACES.outside, responsibleUnitPath: "/2/7/8/" })).toBe(false);
  });
  it("a unit directs itself and its sub-units only", () => {
    expect(taskPolicy.directs({ path: PLACES.own }, { path: PLACES.own })).toBe(true);
    expect(taskPolicy.directs({ path: PLACES.own }, { path: PLACES.below })).toBe(true);
    expect(taskPolicy.directs({ path: PLACES.own }, { path: PLACES.above })).toBe(false);
    expect(taskPolicy.directs({ path: PLACES.own }, { path: PLACES.outside })).toBe(false);
    expect(taskPolicy.directs({ path: "/1/4/" }, { path: "/1/45/" })).toBe(false);
  });
});
