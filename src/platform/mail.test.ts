import { describe, expect, it } from "vitest";
import { DEMO_EMAIL_DOMAIN } from "../features/demo/demo-population";
import { reservedDomainOf } from "./mail";

describe("domains reserved for examples and tests", () => {
  it("are recognised, whatever the case", () => {
    for (const address of ["a@camphu.test", "b@x.EXAMPLE", "c@nowhere.invalid", "d@localhost", "e@example.com", "f@mail.example.org", "g@example.net.", `h@${DEMO_EMAIL_DOMAIN}`]) {
      expect(reservedDomainOf(address), address).not.toBeNull();
    }
    expect(reservedDomainOf("Chu.Tich@CamPhu.TEST")).toBe("camphu.test");
  });

  it("do not catch real domains that only look alike", () => {
    for (const address of ["a@camphu.gov.vn", "b@test.vn", "c@example.com.vn", "d@myexample.com", "e@testing.org", "f@localhost.vn"]) {
      expect(reservedDomainOf(address), address).toBeNull();
    }
  });
});
