// What the catalogue's forms, API and command send, checked at the edge: the day and unit a
// catalogue is read for, and a new version of an entry with its value checked by one schema
// per kind, mirroring `EntryValues` (src/domain/catalogue/entries.ts).
import { z } from "zod";
import {
  AWARDING_TIERS,
  DISCIPLINE_FORMS,
  ENTRY_KINDS,
  INITIATIVE_SCOPES,
  RATINGS,
  RECIPIENT_KINDS,
  type EntryKind,
  type EntryValues,
} from "../../domain/catalogue/entries";
import { fields } from "../../platform/validation";

/** A number as officials type it: "12", "1,5" or "1.5"; blank is `blank`. */
const numberFrom = (blank: null | undefined) => (v: unknown) => {
  if (v === "" || v === undefined || v === null) return blank;
  if (typeof v === "string") {
    const s = v.trim().replace(/\s/g, "").replace(",", ".");
    if (s === "") return blank;
    return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
  }
  return v;
};
const NUMBER = { error: "errors.catalogue_number" } as const;

const integer = (min: number, max: number) =>
  z.preprocess(numberFrom(undefined), z.number(NUMBER).int("errors.catalogue_integer").min(min, "errors.catalogue_range").max(max, "errors.catalogue_range"));
const nullableNumber = (max: number) => z.preprocess(numberFrom(null), z.number(NUMBER).min(0, "errors.catalogue_range").max(max, "errors.catalogue_range").nullable());
/** A share of a whole: 0..1 (70 % is 0.7). */
const share = () => z.preprocess(numberFrom(undefined), z.number(NUMBER).min(0, "errors.catalogue_share").max(1, "errors.catalogue_share"));
const nullableShare = () => z.preprocess(numberFrom(null), z.number(NUMBER).min(0, "errors.catalogue_share").max(1, "errors.catalogue_share").nullable());
const blankAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "errors.catalogue_choose" });
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankAsUndefined, choice(values).optional());
/** A catalogue code: "LDTT", "GK_XA", "*", "TTLDTT.unit". */
export const CODE = /^[A-Za-z0-9_.*-]{1,50}$/;
const code = () => z.string({ error: "errors.required" }).trim().min(1, "errors.required").regex(CODE, "errors.catalogue_code");
const optionalCode = () => z.preprocess(blankAsUndefined, code().optional());
const yes = () => z.union([z.boolean(), z.literal("on"), z.literal("")]).optional().transform((v) => v === true || v === "on");

/** One schema per kind of entry. */
export const VALUE_SCHEMAS = {
  form: z.object({
    name: fields.requiredText(300),
    nameEn: fields.requiredText(300),
    category: choice(["title", "form"]),
    recipients: z.array(choice(RECIPIENT_KINDS), { error: "errors.catalogue_recipients" }).min(1, "errors.catalogue_recipients"),
    yearly: yes(),
    rank: integer(0, 1000),
  }),
  authority: z.object({ tier: choice(AWARDING_TIERS), decidedBy: fields.requiredText(300) }),
  commendation_kind: z.object({ name: fields.requiredText(300), nameEn: fields.requiredText(300), countsTowardMerit: yes(), simplifiedProcedure: yes() }),
  criterion: z.object({
    text: fields.requiredText(5000),
    minRating: optionalChoice(RATINGS),
    includesTitle: optionalCode(),
    initiative: optionalChoice(["and", "or"]),
    initiativeScope: optionalChoice(INITIATIVE_SCOPES),
    memberTitle: optionalCode(),
    memberShare: z.preprocess(numberFrom(undefined), share().optional()),
    memberDisciplineFrom: optionalChoice(DISCIPLINE_FORMS),
    disciplineFrom: optionalChoice(DISCIPLINE_FORMS),
  }),
  chain: z.object({ requires: code(), consecutiveYears: integer(1, 20) }),
  dossier: z.object({
    items: z
      .array(z.object({ code: code(), name: fields.requiredText(300), nameEn: fields.requiredText(300), generated: yes() }), { error: "errors.catalogue_items" })
      .min(1, "errors.catalogue_items")
      .max(50, "errors.too_many_items"),
  }),
  bonus: z.object({ coefficient: nullableNumber(1000).optional(), ofPersonAmount: nullableNumber(100).optional() }),
  bonus_rule: z.object({ baseSalaryOn: z.literal("issue_date").default("issue_date"), roundUpTo: z.preprocess(numberFrom(null), z.number(NUMBER).int("errors.catalogue_integer").min(1, "errors.catalogue_range").max(10_000_000, "errors.catalogue_range").nullable()) }),
  base_salary: z.object({ amount: integer(1, 1_000_000_000) }),
  disclosure: z.object({ workingDays: integer(1, 365) }),
  quorum: z.object({ numerator: integer(1, 1000), denominator: integer(1, 1000) }),
  ballot_threshold: z.object({ numerator: integer(1, 1000), denominator: integer(1, 1000), over: choice(["all", "present"]), strict: yes(), secret: yes() }),
  quota: z.object({ of: code(), maxShare: nullableShare() }),
  processing: z.object({ workingDays: integer(1, 365) }),
  council_rule: z.object({
    recuseOwnOrganisation: yes(),
    recusedCount: choice(["excluded", "against"]),
    writtenOpinions: choice(["count", "record"]),
    receipts: choice(["codes", "with_choices"]),
  }),
  decision_basis: z.object({
    lines: z.array(fields.requiredText(500), { error: "errors.catalogue_items" }).min(1, "errors.catalogue_items").max(20, "errors.too_many_items"),
  }),
} satisfies { [K in EntryKind]: z.ZodType<EntryValues[K], unknown> };

export const ENTRY_SCOPES = ["national", "province", "unit"] as const;

/** A new version of an entry; `value` is checked by its kind's schema in the use case. */
export const AddVersionInput = z.object({
  /** Whose version: the national layer, the province of `unitId` (or `unitId` itself when it is a province), or `unitId`'s own. */
  scope: z.enum(ENTRY_SCOPES, { error: "errors.catalogue_choose_scope" }),
  unitId: z.preprocess(blankAsUndefined, fields.id("errors.choose_unit").max(2_147_483_647, "errors.choose_unit").optional()),
  kind: z.enum(ENTRY_KINDS, { error: "errors.catalogue_kind_unknown" }),
  code: code(),
  value: z.record(z.string(), z.unknown(), { error: "errors.catalogue_value" }).meta({
    description:
      "The entry's value, shaped by its kind (EntryValues): quota {of, maxShare 0..1 or null}; disclosure and processing {workingDays}; quorum {numerator, denominator}; ballot_threshold {numerator, denominator, over, strict, secret}; base_salary {amount}; bonus {coefficient} or {ofPersonAmount}; bonus_rule {baseSalaryOn, roundUpTo}; criterion {text, minRating, …}; dossier {items}; chain {requires, consecutiveYears}; form; authority; commendation_kind; council_rule {recuseOwnOrganisation, recusedCount excluded|against, writtenOpinions count|record, receipts codes|with_choices}; decision_basis {lines: the căn cứ lines a decision cites}",
  }),
  validFrom: fields.date(),
  validTo: fields.date({ optional: true }),
  citation: fields.requiredText(500),
  unconfirmed: fields.checkbox(),
  note: z.preprocess(blankAsUndefined, z.string().trim().max(2000, "errors.too_long").optional()),
});
export type AddVersionValues = z.output<typeof AddVersionInput>;

/** The day and the unit a catalogue is read for: `?on=dd/mm/yyyy&unit=ID`. */
export const CatalogueQuery = z.object({
  on: fields.date({ optional: true }),
  unit: z.preprocess(blankAsUndefined, z.string().max(20).optional()),
});
