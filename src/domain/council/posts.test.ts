import { describe, expect, it } from "vitest";
import { COUNCIL_POSTS, mayPreside, postRank } from "./posts";

describe("the council's posts", () => {
  it.each([
    ["chair", true],
    ["vice_chair", true],
    ["standing", false],
    ["secretary", false],
    ["member", false],
  ] as const)("%s may preside: %s", (post, ok) => expect(mayPreside(post)).toBe(ok));
  it("ranks the chair first and members last", () => {
    expect([...COUNCIL_POSTS].sort((a, b) => postRank(b) - postRank(a)).reverse()).toEqual(["chair", "vice_chair", "standing", "secretary", "member"]);
  });
});
