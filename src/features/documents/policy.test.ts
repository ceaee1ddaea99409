// The document rule, as a table: role × the document's state × where it belongs.
import { describe, expect, it } from "vitest";
import { actorAs, PLACES, table } from "../../../test/support/policy-table";
import { directivePolicy } from "../directives/policy";
import { documentPolicy } from "./policy";

const REVIEWERS = ["chairman", "vice_chairman", "council_secretary", "council_member", "culture_officer"] as const;
const WRITERS = ["chairman", "vice_chairman", "council_secretary", "culture_officer"] as const;

describe("documentPolicy.view", () => {
  it.each(table(["admin", "chairman", "vice_chairman", "council_secretary", "council_member", "organisation", "reporter", "culture_officer", "superior_reviewer"]))(
    "%s reads an issued document of their unit or below: %s",
    (role, allowed) => {
      for (const unitPath of [PLACES.own, PLACES.below]) expect(documentPolicy.view(actorAs(role), { status: "issued", unitPath })).toBe(allowed);
    },
  );
  it.each(["draft", "submitted", "returned"].flatMap((status) => table(REVIEWERS).map(([r, a]) => [r, status, a] as const)))("%s reads a %s document of their unit: %s", (role, status, allowed) => {
    expect(documentPolicy.view(actorAs(role), { status, unitPath: PLACES.own })).toBe(allowed);
  });
  it.each(["draft", "submitted", "issued"].flatMap((status) => table([]).map(([r]) => [r, status] as const)))("%s never reads another ward's %s document, nor one of the level above", (role, status) => {
    expect(documentPolicy.view(actorAs(role), { status, unitPath: PLACES.outside })).toBe(false);
    expect(documentPolicy.view(actorAs(role), { status, unitPath: PLACES.above })).toBe(false);
  });
});

describe("documentPolicy.draft and comment", () => {
  it.each(table(WRITERS))("%s drafts plans for their unit: %s", (role, allowed) => {
    expect(documentPolicy.draft(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(documentPolicy.draft(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
  it.each(table(REVIEWERS))("%s comments on a draft of their unit: %s", (role, allowed) => {
    expect(documentPolicy.comment(actorAs(role), { status: "draft", unitPath: PLACES.own })).toBe(allowed);
    expect(documentPolicy.comment(actorAs(role), { status: "draft", unitPath: PLACES.outside })).toBe(false);
  });
  it.each(table(["chairman", "vice_chairman"]))("%s signs only on the unit they hold the post on: %s", (role, allowed) => {
    expect(documentPolicy.signingForms(actorAs(role), { id: 4 }).length > 0).toBe(allowed);
    expect(documentPolicy.signingForms(actorAs(role), { id: 9 })).toEqual([]);
  });
});

describe("directivePolicy", () => {
  it.each(table(["admin", "chairman", "vice_chairman", "council_secretary", "council_member", "organisation", "reporter", "culture_officer", "superior_reviewer"]))(
    "%s reads the unit's incoming directives: %s",
    (role, allowed) => {
      expect(directivePolicy.view(actorAs(role), { path: PLACES.own })).toBe(allowed);
      expect(directivePolicy.view(actorAs(role), { path: PLACES.outside })).toBe(false);
    },
  );
  it.each(table(WRITERS))("%s records an incoming directive: %s", (role, allowed) => {
    expect(directivePolicy.record(actorAs(role), { path: PLACES.own })).toBe(allowed);
    expect(directivePolicy.record(actorAs(role), { path: PLACES.outside })).toBe(false);
  });
});
