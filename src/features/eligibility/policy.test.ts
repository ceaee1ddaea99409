// The eligibility facts rule, as a table: role × seen or kept × where the person belongs.
import { describe, expect, it } from "vitest";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { eligibilityPolicy } from "./policy";

describe("eligibilityPolicy", () => {
  it.each(table(["admin", "chairman", "vice_chairman", "council_secretary"]))("%s sees the facts of people of their unit and below: %s", (role, allowed) => {
    expect(eligibilityPolicy.view(actorAs(role), { unitPath: PLACES.below })).toBe(allowed);
    expect(eligibilityPolicy.view(actorAs(role), { unitPath: PLACES.own })).toBe(allowed);
    expect(eligibilityPolicy.view(actorAs(role), { unitPath: PLACES.outside })).toBe(false);
    expect(eligibilityPolicy.view(actorAs(role), { unitPath: PLACES.above })).toBe(false);
  });
  it.each(table(["admin", "council_secretary"]))("%s records, changes and removes facts, and imports assessments: %s", (role, allowed) => {
    expect(eligibilityPolicy.manage(actorAs(role), { unitPath: PLACES.below })).toBe(allowed);
    expect(eligibilityPolicy.importInto(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(eligibilityPolicy.manageSomewhere(actorAs(role))).toBe(allowed);
    expect(eligibilityPolicy.manage(actorAs(role), { unitPath: PLACES.outside })).toBe(false);
    expect(eligibilityPolicy.importInto(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});
