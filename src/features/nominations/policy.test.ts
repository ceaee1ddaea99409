// The nomination rule, as a table: role × what is done × where the nominating unit and the
// screening government lie.
import { describe, expect, it } from "vitest";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { nominationPolicy } from "./policy";

/** A nomination made by a sub-unit of the actor's ward (the Front), screened by the ward. */
const ofBelow = { unitPath: PLACES.below, screeningPath: PLACES.own };
/** One made by the actor's unit itself. */
const ofOwn = { unitPath: PLACES.own, screeningPath: PLACES.own };
/** Another ward's. */
const ofOutside = { unitPath: PLACES.outside, screeningPath: PLACES.outside };
/** One made by the unit above (the province), screened there. */
const ofAbove = { unitPath: PLACES.above, screeningPath: PLACES.above };

describe("nominationPolicy", () => {
  it.each(table(["chairman", "vice_chairman", "council_secretary", "organisation", "reporter"]))("%s sees the nominations of their unit and below (a council member: through an invitation): %s", (role, allowed) => {
    expect(nominationPolicy.view(actorAs(role), ofOwn)).toBe(allowed);
    expect(nominationPolicy.view(actorAs(role), ofBelow)).toBe(allowed);
    expect(nominationPolicy.view(actorAs(role), ofAbove)).toBe(false);
    expect(nominationPolicy.view(actorAs(role), ofOutside)).toBe(false);
    expect(nominationPolicy.viewSomewhere(actorAs(role))).toBe(allowed);
  });

  it.each(table(["chairman", "vice_chairman", "council_secretary", "organisation", "reporter"]))("%s puts members forward and edits their unit's nominations: %s", (role, allowed) => {
    expect(nominationPolicy.create(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(nominationPolicy.createSomewhere(actorAs(role))).toBe(allowed);
    expect(nominationPolicy.edit(actorAs(role), ofBelow)).toBe(allowed);
    expect(nominationPolicy.create(actorAs(role), { path: PLACES.outside })).toBe(false);
    expect(nominationPolicy.edit(actorAs(role), ofAbove)).toBe(false);
  });

  it.each(table(["council_secretary"]))("%s screens what their government screens: %s", (role, allowed) => {
    expect(nominationPolicy.screen(actorAs(role), ofBelow)).toBe(allowed);
    expect(nominationPolicy.screen(actorAs(role), ofOutside)).toBe(false);
    expect(nominationPolicy.screen(actorAs(role), ofAbove)).toBe(false);
    expect(nominationPolicy.screenScopes(actorAs(role)).length > 0).toBe(allowed);
  });

  it.each(table(["admin", "chairman", "vice_chairman", "council_secretary"]))("%s sees the facts behind a verdict: %s", (role, allowed) => {
    expect(nominationPolicy.viewFacts(actorAs(role), { unitPath: PLACES.below })).toBe(allowed);
    expect(nominationPolicy.viewFacts(actorAs(role), { unitPath: PLACES.outside })).toBe(false);
  });

  it("counts as inside the nominating organisation only a role held there or below it", () => {
    const front = { unitPath: PLACES.below, screeningPath: PLACES.own };
    expect(nominationPolicy.inside(actorAs("organisation"), ofOwn)).toBe(true);
    expect(nominationPolicy.inside(actorAs("chairman"), front)).toBe(false); // the ward's chairman reading the Front's dossier: audited
    expect(nominationPolicy.inside(actorAs("chairman"), ofOutside)).toBe(false);
  });
});
