// Accounts and the audit log, as a table: role × where the account or entry belongs.
import { describe, expect, it } from "vitest";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { Actor } from "../../platform/actor";
import { auditPolicy } from "../audit/policy";
import { accountPolicy } from "./policy";

describe("accountPolicy", () => {
  it.each(table(["admin", "chairman"]))("%s sees and invites accounts of their unit: %s", (role, allowed) => {
    expect(accountPolicy.view(actorAs(role), { unitPaths: [PLACES.below] })).toBe(allowed);
    expect(accountPolicy.invite(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(accountPolicy.view(actorAs(role), { unitPaths: [PLACES.outside] })).toBe(false);
    expect(accountPolicy.invite(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
  it.each(table(["admin"]))("%s grants the administrator role and revokes roles: %s", (role, allowed) => {
    expect(accountPolicy.grant(actorAs(role), { path: PLACES.own }, "admin")).toBe(allowed);
    expect(accountPolicy.revokeRole(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(accountPolicy.revokeRole(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
  it("a chairman grants the other roles but not the administrator's", () => {
    expect(accountPolicy.grant(actorAs("chairman"), { path: PLACES.own }, "reporter")).toBe(true);
    expect(accountPolicy.grant(actorAs("chairman"), { path: PLACES.own }, "admin")).toBe(false);
  });
  it.each(table([]))("%s on a unit does not name national administrators: %s", (role, allowed) => {
    expect(accountPolicy.nameNationalAdmin(actorAs(role))).toBe(allowed);
    expect(accountPolicy.nameNationalAdmin(Actor.system())).toBe(true);
  });
});

describe("auditPolicy", () => {
  it.each(table(["admin"]))("%s browses the audit log: %s", (role, allowed) => {
    expect(auditPolicy.browse(actorAs(role))).toBe(allowed);
  });
});
