import { describe, expect, it } from "vitest";
import { grantableRoles, holds, scopesFor, type Assignment } from "./roles";

const chairmanOfWard: Assignment = { role: "chairman", unitId: 4, unitPath: "/1/4/" };
const adminOfProvince: Assignment = { role: "admin", unitId: 1, unitPath: "/1/" };

describe("unit-scoped roles", () => {
  it("reach the unit and its sub-units, not its parent or siblings", () => {
    expect(holds([chairmanOfWard], "account.invite", "/1/4/")).toBe(true);
    expect(holds([chairmanOfWard], "account.invite", "/1/4/17/")).toBe(true);
    expect(holds([chairmanOfWard], "account.invite", "/1/")).toBe(false);
    expect(holds([chairmanOfWard], "account.invite", "/1/5/")).toBe(false);
  });

  it("do not confuse /1/4/ with /1/40/", () => {
    expect(holds([chairmanOfWard], "unit.view", "/1/40/")).toBe(false);
  });

  it("grant only what the role allows", () => {
    expect(holds([chairmanOfWard], "audit.view", "/1/4/")).toBe(false);
    expect(holds([adminOfProvince], "audit.view", "/1/4/")).toBe(true);
  });

  it("list the widest scopes only", () => {
    expect(scopesFor([adminOfProvince, { role: "admin", unitId: 4, unitPath: "/1/4/" }], "unit.view")).toEqual(["/1/"]);
  });

  it("let only administrators hand out the administrator role", () => {
    expect(grantableRoles([chairmanOfWard], "/1/4/")).not.toContain("admin");
    expect(grantableRoles([chairmanOfWard], "/1/4/")).toContain("council_member");
    expect(grantableRoles([adminOfProvince], "/1/4/")).toContain("admin");
    expect(grantableRoles([chairmanOfWard], "/1/5/")).toEqual([]);
  });
});
