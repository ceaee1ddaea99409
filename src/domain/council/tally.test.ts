// Quorum and thresholds at their edges, read like the rules: "at least 80 % of all members",
// "more than half", a recused member out of the denominator or counted against, written
// opinions counted or only recorded.
import { describe, expect, it } from "vitest";
import { quorumOf } from "./quorum";
import { needed, reaches, type SessionRules } from "./rules";
import { paperCountProblem, tally, type ItemVotes } from "./tally";

const rules = (over: Partial<SessionRules["council"]["value"]> = {}): SessionRules => ({
  quorum: { value: { numerator: 2, denominator: 3 }, citation: "Điều 47 khoản 4 Nghị định 98/2023/NĐ-CP", unconfirmed: true },
  council: { value: { recuseOwnOrganisation: false, recusedCount: "excluded", writtenOpinions: "count", receipts: "codes", ...over }, citation: "Quy chế", unconfirmed: true },
  thresholds: {
    CSTDCS: { value: { numerator: 80, denominator: 100, over: "all", strict: false, secret: true }, citation: "Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP", unconfirmed: false },
    "*": { value: { numerator: 1, denominator: 2, over: "all", strict: true, secret: false }, citation: "Quy chế hội đồng của đơn vị", unconfirmed: true },
    PRESENT: { value: { numerator: 2, denominator: 3, over: "present", strict: false, secret: true }, citation: "Quy chế", unconfirmed: true },
  },
});
const votes = (agree: number, disagree = 0, opinionsAgree = 0, opinionsDisagree = 0): ItemVotes => ({ agree, disagree, invalid: 0, opinionsAgree, opinionsDisagree });

describe("the quorum: at least two thirds of all members present", () => {
  it.each([
    [9, 6, true, 6],
    [9, 5, false, 6],
    [10, 7, true, 7],
    [10, 6, false, 7],
    [11, 8, true, 8],
    [11, 7, false, 8],
    [0, 0, false, 0],
  ])("%i members, %i present: met %s (needs %i)", (members, present, met, required) => {
    expect(quorumOf(members, present, rules())).toMatchObject({ met, required });
  });
});

describe("shares in integers, without rounding", () => {
  it.each([
    [8, 10, true],
    [7, 9, false], // 77.8 % < 80 %
    [8, 9, true],
    [4, 5, true],
  ])("%i of %i reaches 80 %%: %s", (part, whole, ok) => expect(reaches(part, whole, { numerator: 80, denominator: 100 }, false)).toBe(ok));
  it("more than half of 8 is 5; of 9 is 5; at least 80 % of 11 is 9", () => {
    expect(needed(8, { numerator: 1, denominator: 2 }, true)).toBe(5);
    expect(needed(9, { numerator: 1, denominator: 2 }, true)).toBe(5);
    expect(needed(11, { numerator: 80, denominator: 100 }, false)).toBe(9);
  });
});

describe("CSTĐCS: at least 80 % of all members (Decree 98 Art. 30(7))", () => {
  it("8 of 10 passes, 7 of 10 does not; an absent member's written opinion counts", () => {
    expect(tally("CSTDCS", votes(8, 1), { members: 10, voters: 9, recused: 0 }, rules()).passed).toBe(true);
    expect(tally("CSTDCS", votes(7, 2), { members: 10, voters: 9, recused: 0 }, rules())).toMatchObject({ passed: false, needed: 8, denominator: 10 });
    expect(tally("CSTDCS", votes(7, 2, 1), { members: 10, voters: 9, recused: 0 }, rules())).toMatchObject({ passed: true, inFavour: 8 });
  });
  it("an absent member who did not write counts against, as the rule is over all members", () => {
    expect(tally("CSTDCS", votes(7, 0), { members: 9, voters: 7, recused: 0 }, rules())).toMatchObject({ passed: false, share: 7 / 9 });
  });
  it("written opinions only recorded do not count", () => {
    expect(tally("CSTDCS", votes(7, 2, 1), { members: 10, voters: 9, recused: 0 }, rules({ writtenOpinions: "record" }))).toMatchObject({ passed: false, inFavour: 7 });
  });
  it("a recused member leaves the denominator, or counts as not in favour, as the council's rules say", () => {
    expect(tally("CSTDCS", votes(8, 0), { members: 11, voters: 9, recused: 1 }, rules())).toMatchObject({ denominator: 10, passed: true });
    expect(tally("CSTDCS", votes(8, 0), { members: 11, voters: 9, recused: 1 }, rules({ recusedCount: "against" }))).toMatchObject({ denominator: 11, passed: false });
  });
});

describe("any other form: more than half of all members", () => {
  it("exactly half does not pass; one more does", () => {
    expect(tally("LDTT", votes(4, 4), { members: 8, voters: 8, recused: 0 }, rules()).passed).toBe(false);
    expect(tally("LDTT", votes(5, 3), { members: 8, voters: 8, recused: 0 }, rules()).passed).toBe(true);
  });
});

describe("a threshold over the members present", () => {
  it("counts present, non-recused voters; written opinions of the absent do not count", () => {
    expect(tally("PRESENT", votes(4, 2, 3), { members: 9, voters: 6, recused: 0 }, rules())).toMatchObject({ denominator: 6, inFavour: 4, passed: true });
    expect(tally("PRESENT", votes(3, 3), { members: 9, voters: 6, recused: 0 }, rules())).toMatchObject({ passed: false, needed: 4 });
    expect(tally("PRESENT", votes(4, 1), { members: 9, voters: 5, recused: 1 }, rules({ recusedCount: "against" }))).toMatchObject({ denominator: 6, passed: true });
  });
  it("nobody able to vote passes nothing", () => {
    expect(tally("PRESENT", votes(0), { members: 9, voters: 0, recused: 0 }, rules()).passed).toBe(false);
  });
});

describe("paper counts", () => {
  it("refuse more ballots than members who could vote, and negative or fractional counts", () => {
    expect(paperCountProblem({ agree: 5, disagree: 3, invalid: 1 }, 9)).toBeNull();
    expect(paperCountProblem({ agree: 5, disagree: 4, invalid: 1 }, 9)).toBe("errors.council_count_too_many");
    expect(paperCountProblem({ agree: -1, disagree: 0, invalid: 0 }, 9)).toBe("errors.council_count_invalid");
    expect(paperCountProblem({ agree: 1.5, disagree: 0, invalid: 0 }, 9)).toBe("errors.council_count_invalid");
  });
});

describe("the edges of the rules", () => {
  it("takes zero ballots as a count, and says a share of nothing is nothing", () => {
    expect(paperCountProblem({ agree: 0, disagree: 0, invalid: 0 }, 9)).toBeNull();
    expect(tally("PRESENT", votes(0), { members: 9, voters: 0, recused: 0 }, rules()).share).toBe(0);
  });
  it("is marked to be confirmed when either the threshold or the council's rules are", () => {
    const r = rules();
    expect(tally("CSTDCS", votes(8), { members: 10, voters: 10, recused: 0 }, r).unconfirmed).toBe(true); // the council's rules are
    expect(tally("CSTDCS", votes(8), { members: 10, voters: 10, recused: 0 }, { ...r, council: { ...r.council, unconfirmed: false } }).unconfirmed).toBe(false);
  });
  it("cannot reach a share above the whole, and refuses a session without a rule for the form", () => {
    expect(needed(5, { numerator: 6, denominator: 5 }, false)).toBe(6);
    const { thresholds: _t, ...rest } = rules();
    expect(() => tally("LDTT", votes(1), { members: 1, voters: 1, recused: 0 }, { ...rest, thresholds: {} })).toThrow(/No ballot threshold/);
  });
});
