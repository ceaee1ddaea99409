// The fairness view's rule, as a table: aggregates for those who review nominations.
import { describe, expect, it } from "vitest";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { fairnessPolicy } from "./policy";

describe("fairnessPolicy", () => {
  it.each(table(["admin", "chairman", "vice_chairman", "council_secretary", "council_member"]))("%s sees the fairness view of their unit and below: %s", (role, allowed) => {
    expect(fairnessPolicy.view(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(fairnessPolicy.view(actorAs(role), { path: PLACES.below })).toBe(allowed);
    expect(fairnessPolicy.viewSomewhere(actorAs(role))).toBe(allowed);
    expect(fairnessPolicy.view(actorAs(role), { path: PLACES.above })).toBe(false);
    expect(fairnessPolicy.view(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});
