// The movement rule, as a table: role × the movement's state × where the actor's unit is.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { movementPolicy } from "./policy";

const STATES = ["draft", "launched", "closed"] as const;

describe("movementPolicy.view", () => {
  it.each(ROLES.flatMap((r) => STATES.map((s) => [r, s] as const)))("%s sees a %s movement of their own unit or of a unit below", (role, status) => {
    const actor = actorAs(role);
    expect(movementPolicy.view(actor, { status, unitPath: PLACES.own }, [])).toBe(true);
    expect(movementPolicy.view(actor, { status, unitPath: PLACES.below }, [])).toBe(true);
  });

  it.each(ROLES.flatMap((r) => STATES.map((s) => [r, s] as const)))("%s sees a %s movement of the level above only once launched, when their unit takes part", (role, status) => {
    const actor = actorAs(role);
    expect(movementPolicy.view(actor, { status, unitPath: PLACES.above }, [{ path: PLACES.own }])).toBe(status !== "draft");
    expect(movementPolicy.view(actor, { status, unitPath: PLACES.above }, [{ path: PLACES.outside }])).toBe(false);
  });

  it.each(ROLES.flatMap((r) => STATES.map((s) => [r, s] as const)))("%s never sees another ward's %s movement", (role, status) => {
    expect(movementPolicy.view(actorAs(role), { status, unitPath: PLACES.outside }, [{ path: "/2/7/8/" }])).toBe(false);
  });
});

describe("movementPolicy.manage", () => {
  it.each(table(["chairman", "vice_chairman", "council_secretary"]))("%s manages the unit's movements: %s", (role, allowed) => {
    expect(movementPolicy.manage(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(movementPolicy.manage(actorAs(role), { path: PLACES.outside })).toBe(false);
    expect(movementPolicy.manage(actorAs(role), { path: PLACES.above })).toBe(false);
  });
});

describe("movementPolicy.participate", () => {
  it.each(table(["chairman", "vice_chairman", "council_secretary", "organisation", "reporter", "culture_officer"]))("%s registers and reports for their unit: %s", (role, allowed) => {
    expect(movementPolicy.participate(actorAs(role), { path: PLACES.below })).toBe(allowed);
    expect(movementPolicy.participate(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});
