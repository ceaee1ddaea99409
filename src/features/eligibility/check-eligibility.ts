// "Does this candidate qualify?" without a nomination: an official checks a person, a household,
// a collective or a unit against a form for a year under the rules of a decision date (today by
// default). The answer reads the candidate's facts, so it is for those who may see them.
import { z } from "zod";
import type { Db } from "../../db/client";
import { RECIPIENT_KINDS } from "../../domain/catalogue/entries";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { authorize, NotFound } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { findNominee } from "../nominations/nominee";
import { unitPolicy } from "../units/policy";
import { checkCandidates } from "./check-candidates";
import { eligibilityPolicy } from "./policy";

export const CheckEligibilityInput = z.object({
  nomineeKind: z.enum(RECIPIENT_KINDS, { error: "errors.nomination_nominee_kind" }),
  nomineeId: fields.id("errors.nomination_nominee_required"),
  formCode: fields.requiredText(40),
  year: z.coerce.number({ error: "errors.nomination_year" }).int("errors.nomination_year").min(1945, "errors.nomination_year").max(2200, "errors.nomination_year"),
  decisionDate: fields.date({ optional: true }),
  commendationKind: z.string().trim().min(1).max(40).default("cong_trang"),
  achievement: z.string().trim().max(4000, "errors.too_long").default(""),
});

export async function checkEligibility(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CheckEligibilityInput, input);
  const nominee = await findNominee(db, values.nomineeKind, values.nomineeId);
  if (!nominee || !unitPolicy.view(actor, { path: nominee.unitPath })) throw new NotFound(values.nomineeKind);
  authorize(eligibilityPolicy.view(actor, nominee), "eligibility_fact.view");
  const decisionDate = values.decisionDate ?? todayInVietnam();
  const [checked] = await checkCandidates(
    db,
    [{ candidate: { kind: nominee.kind, id: nominee.id }, formCode: values.formCode, year: values.year, commendationKind: values.commendationKind, achievement: values.achievement, decisionDate, unitId: nominee.unitId }],
    { checkedOn: todayInVietnam() },
  );
  return { nominee: { kind: nominee.kind, id: nominee.id, name: nominee.name }, decisionDate, report: checked!.report };
}
