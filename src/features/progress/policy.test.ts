// Progress within a visible movement, as a table: role × whose progress × where.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { progressPolicy } from "./policy";

describe("progressPolicy", () => {
  it.each(table([...ROLES]))("%s sees every participant of their unit's movement, and their own part of the level above's: %s", (role, allowed) => {
    expect(progressPolicy.viewAll(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(progressPolicy.viewAll(actorAs(role), { path: PLACES.above })).toBe(false);
    expect(progressPolicy.viewParticipant(actorAs(role), { path: PLACES.above }, { path: PLACES.own })).toBe(allowed);
    expect(progressPolicy.viewParticipant(actorAs(role), { path: PLACES.above }, { path: "/1/5/" })).toBe(false);
    expect(progressPolicy.viewParticipant(actorAs(role), { path: PLACES.outside }, { path: "/2/7/8/" })).toBe(false);
  });
  it.each(table(["chairman", "vice_chairman", "council_secretary", "organisation", "reporter", "culture_officer"]))("%s reports and assesses itself for its unit: %s", (role, allowed) => {
    expect(progressPolicy.participate(actorAs(role), { path: PLACES.below })).toBe(allowed);
    expect(progressPolicy.participate(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
  it.each(table(["chairman", "vice_chairman", "council_secretary"]))("%s assesses as the unit that runs the movement: %s", (role, allowed) => {
    expect(progressPolicy.assessAsUnit(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(progressPolicy.assessAsUnit(actorAs(role), { path: PLACES.above })).toBe(false);
  });
});
