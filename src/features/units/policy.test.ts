// The unit rule, as a table; national data as its own column.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { Actor } from "../../platform/actor";
import { calendarPolicy } from "../calendar/policy";
import { unitPolicy } from "./policy";

describe("unitPolicy", () => {
  it.each(table([...ROLES]))("%s sees their unit and its sub-units, not the level above nor another ward: %s", (role, allowed) => {
    expect(unitPolicy.view(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(unitPolicy.view(actorAs(role), { path: PLACES.below })).toBe(allowed);
    expect(unitPolicy.view(actorAs(role), { path: PLACES.above })).toBe(false);
    expect(unitPolicy.view(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
  it.each(table(["admin"]))("%s adds sub-units: %s", (role, allowed) => {
    expect(unitPolicy.createChild(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(unitPolicy.createChild(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});

describe("national data (the official unit list, the calendar)", () => {
  it.each(table([]))("%s on a unit does not change it, whatever the role: %s", (role, allowed) => {
    expect(unitPolicy.manageOfficial(actorAs(role))).toBe(allowed);
    expect(calendarPolicy.manage(actorAs(role))).toBe(allowed);
  });
  it("a national administrator and the console do", () => {
    expect(unitPolicy.manageOfficial(actorAs("reporter", true))).toBe(true);
    expect(calendarPolicy.manage(actorAs("reporter", true))).toBe(true);
    expect(calendarPolicy.manage(Actor.system())).toBe(true);
    expect(calendarPolicy.manage(Actor.anonymous("1.2.3.4"))).toBe(false);
  });
});
