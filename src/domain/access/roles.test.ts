import { describe, expect, it } from "vitest";
import { grantableRoles, holds, scopesFor, signingFormsFor, type Assignment } from "./roles";

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

describe("signingFormsFor", () => {
  const ward = { unitId: 4, unitPath: "/1/4/" };
  it("gives the Chairman TM. and their own power, a Vice-Chairman KT. and Q., on their own unit", () => {
    expect(signingFormsFor([{ role: "chairman", ...ward }], 4)).toEqual(["TM", "HEAD"]);
    expect(signingFormsFor([{ role: "vice_chairman", ...ward }], 4)).toEqual(["KT", "Q"]);
    expect(signingFormsFor([{ role: "council_secretary", ...ward }], 4)).toEqual([]);
  });
  it("gives nothing on another unit, above or below: a province's Chairman does not sign a ward's plan", () => {
    expect(signingFormsFor([{ role: "chairman", ...ward }], 9)).toEqual([]);
    expect(signingFormsFor([{ role: "chairman", unitId: 1, unitPath: "/1/" }], 4)).toEqual([]);
    expect(signingFormsFor([{ role: "chairman", unitId: 1, unitPath: "/1/" }, { role: "vice_chairman", ...ward }], 4)).toEqual(["KT", "Q"]);
  });
});
