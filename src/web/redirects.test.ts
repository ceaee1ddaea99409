import { describe, expect, it } from "vitest";
import { sameSitePath } from "./redirects";

// Each target resolved as a browser would resolve a Location header on https://thidua.example.
const landsOn = (target: string) => new URL(target, "https://thidua.example/sign-in").host;

describe("sameSitePath", () => {
  const tricky = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/%2F/evil.example/..",
    "/a/..//evil.example",
    "/./\\evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,x",
    "evil.example",
    "/\u0000/evil.example",
    "/\\\t\\evil.example",
    "",
  ];
  it.each(tricky)("keeps %j on this site", (target) => {
    const path = sameSitePath(target);
    expect(landsOn(path)).toBe("thidua.example");
    expect(path.startsWith("/")).toBe(true);
    expect(path).not.toMatch(/[\u0000-\u001f\\]/);
  });

  it("keeps ordinary paths with their query and fragment", () => {
    expect(sameSitePath("/people?unit=3&q=nguyen%20van")).toBe("/people?unit=3&q=nguyen%20van");
    expect(sameSitePath("/movements/4#progress")).toBe("/movements/4#progress");
    expect(sameSitePath("/người-dân")).toBe(`/${encodeURIComponent("người-dân")}`);
  });

  it("falls back for a target that would leave the site", () => {
    expect(sameSitePath("//evil.example", "/home")).toBe("/home");
    expect(sameSitePath("/\t/evil.example")).toBe("/");
  });
});
