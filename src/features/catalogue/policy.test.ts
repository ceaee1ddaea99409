// The catalogue rule, as a table: role × where the unit is; national data only for national administrators.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../domain/access/roles";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { cataloguePolicy } from "./policy";

describe("cataloguePolicy.view", () => {
  it.each(ROLES.map((r) => [r] as const))("%s reads the catalogue of their own unit and the units below, not of another ward", (role) => {
    expect(cataloguePolicy.view(actorAs(role), { path: PLACES.own })).toBe(true);
    expect(cataloguePolicy.view(actorAs(role), { path: PLACES.below })).toBe(true);
    expect(cataloguePolicy.view(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});

describe("cataloguePolicy.manage", () => {
  it.each(table(["admin", "chairman"]))("%s adds the unit's own versions: %s", (role, allowed) => {
    expect(cataloguePolicy.manage(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(cataloguePolicy.manage(actorAs(role), { path: PLACES.below })).toBe(allowed);
  });

  it.each(ROLES.map((r) => [r] as const))("%s of a ward never adds the province's versions, nor another ward's", (role) => {
    expect(cataloguePolicy.manage(actorAs(role), { path: PLACES.above })).toBe(false);
    expect(cataloguePolicy.manage(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});

describe("cataloguePolicy.manageNational", () => {
  it.each(ROLES.map((r) => [r] as const))("%s changes the national layer only as a national administrator", (role) => {
    expect(cataloguePolicy.manageNational(actorAs(role))).toBe(false);
    expect(cataloguePolicy.manageNational(actorAs(role, true))).toBe(true);
  });
});
