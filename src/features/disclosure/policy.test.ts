// Disclosure, as a table: role × where the disclosure's government is.
import { describe, expect, it } from "vitest";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { disclosurePolicy } from "./policy";

describe("disclosurePolicy", () => {
  it.each(table(["council_secretary"]))("%s publishes the list and moderates the comments of its own government: %s", (role, allowed) => {
    expect(disclosurePolicy.manage(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(disclosurePolicy.manage(actorAs(role), { path: PLACES.below })).toBe(allowed);
    expect(disclosurePolicy.manageSomewhere(actorAs(role))).toBe(allowed);
  });
  it.each(table([]))("%s does not manage the province's list above, nor another ward's: %s", (role, allowed) => {
    expect(disclosurePolicy.manage(actorAs(role), { path: PLACES.above })).toBe(allowed);
    expect(disclosurePolicy.manage(actorAs(role), { path: PLACES.outside })).toBe(allowed);
  });
});
