// The award rule, as a table: role × what is done × where the award's unit lies.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { awardPolicy } from "./policy";

describe("awardPolicy", () => {
  it.each(table([...ROLES]))("%s sees the awards of their unit and below: %s", (role, allowed) => {
    expect(awardPolicy.view(actorAs(role), { unitPath: PLACES.own })).toBe(allowed);
    expect(awardPolicy.view(actorAs(role), { unitPath: PLACES.below })).toBe(allowed);
    expect(awardPolicy.view(actorAs(role), { unitPath: PLACES.above })).toBe(false);
    expect(awardPolicy.view(actorAs(role), { unitPath: PLACES.outside })).toBe(false);
  });
  it.each(table(["admin", "council_secretary"]))("%s records and imports awards: %s", (role, allowed) => {
    expect(awardPolicy.manage(actorAs(role), { path: PLACES.below })).toBe(allowed);
    expect(awardPolicy.manageSomewhere(actorAs(role))).toBe(allowed);
    expect(awardPolicy.manage(actorAs(role), { path: PLACES.outside })).toBe(false);
    expect(awardPolicy.manage(actorAs(role), { path: PLACES.above })).toBe(false);
  });
  it.each(table(["admin", "council_secretary"]))("%s corrects or removes an award entered by hand or imported, never one decided: %s", (role, allowed) => {
    for (const source of ["manual", "imported"]) expect(awardPolicy.correct(actorAs(role), { unitPath: PLACES.own, source })).toBe(allowed);
    expect(awardPolicy.correct(actorAs(role), { unitPath: PLACES.own, source: "decided" })).toBe(false);
    expect(awardPolicy.correct(actorAs(role), { unitPath: PLACES.outside, source: "manual" })).toBe(false);
  });
});
