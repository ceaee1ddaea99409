// The fields of each kind of entry as the version form shows them (numbers as number fields,
// shares in per cent, yes/no as checkboxes, a dossier's documents one per line): officials
// never type JSON. The form's flat fields ("value.workingDays", "value.recipients.unit")
// become the value the kind's schema checks (catalogue-input.ts), and back.
import {
  AWARDING_TIERS,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
  RECIPIENT_KINDS,
  type EntryKind,
  type EntryValues,
} from "../../domain/catalogue/entries";
import { foldForSearch } from "../../domain/text/vietnamese";

export type ValueFieldType = "text" | "longtext" | "integer" | "number" | "share" | "boolean" | "choice" | "choices" | "items" | "lines";

export interface ValueField {
  name: string;
  type: ValueFieldType;
  /** May be left empty: absent (optional) or null (nullable: "not known", "none"). */
  optional?: boolean;
  nullable?: boolean;
  options?: readonly string[];
  /** Whose option labels it shares ("catalogue.opt.<group>.<option>"); by default its own name. */
  group?: string;
}

const f = (name: string, type: ValueFieldType, extra: Omit<ValueField, "name" | "type"> = {}): ValueField => ({ name, type, ...extra });

export const VALUE_FIELDS: Readonly<Record<EntryKind, readonly ValueField[]>> = {
  form: [f("name", "text"), f("nameEn", "text"), f("category", "choice", { options: ["title", "form"] }), f("recipients", "choices", { options: RECIPIENT_KINDS }), f("yearly", "boolean"), f("rank", "integer")],
  authority: [f("tier", "choice", { options: AWARDING_TIERS }), f("decidedBy", "text")],
  commendation_kind: [f("name", "text"), f("nameEn", "text"), f("countsTowardMerit", "boolean"), f("simplifiedProcedure", "boolean")],
  criterion: [
    f("text", "longtext"),
    f("minRating", "choice", { options: RATINGS, optional: true }),
    f("includesTitle", "text", { optional: true }),
    f("initiative", "choice", { options: ["and", "or"], optional: true }),
    f("initiativeScope", "choice", { options: INITIATIVE_SCOPES, optional: true }),
    f("memberTitle", "text", { optional: true }),
    f("memberShare", "share", { optional: true }),
    f("memberDisciplineFrom", "choice", { options: DISCIPLINE_FORMS, optional: true, group: "disciplineFrom" }),
    f("disciplineFrom", "choice", { options: DISCIPLINE_FORMS, optional: true }),
  ],
  chain: [f("requires", "text"), f("consecutiveYears", "integer")],
  dossier: [f("items", "items")],
  bonus: [f("coefficient", "number", { nullable: true }), f("ofPersonAmount", "number", { nullable: true })],
  bonus_rule: [f("roundUpTo", "integer", { nullable: true })],
  base_salary: [f("amount", "integer")],
  disclosure: [f("workingDays", "integer")],
  quorum: [f("numerator", "integer"), f("denominator", "integer")],
  ballot_threshold: [f("numerator", "integer"), f("denominator", "integer"), f("over", "choice", { options: ["all", "present"] }), f("strict", "boolean"), f("secret", "boolean")],
  quota: [f("of", "text"), f("maxShare", "share", { nullable: true })],
  processing: [f("workingDays", "integer")],
  council_rule: [
    f("recuseOwnOrganisation", "boolean"),
    f("recusedCount", "choice", { options: ["excluded", "against"] }),
    f("writtenOpinions", "choice", { options: ["count", "record"] }),
    f("receipts", "choice", { options: ["codes", "with_choices"] }),
  ],
  decision_basis: [f("lines", "lines")],
};

type Item = EntryValues["dossier"]["items"][number];

/** A number as the form shows it: "1,5" in Vietnamese. */
function numberText(n: number, lang: "vi" | "en"): string {
  const s = String(Math.round(n * 1e6) / 1e6);
  return lang === "vi" ? s.replace(".", ",") : s;
}

/** A stored value as the form's fields. */
export function valueToForm(kind: EntryKind, value: Record<string, unknown> | null, lang: "vi" | "en"): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value) return out;
  for (const field of VALUE_FIELDS[kind]) {
    const key = `value.${field.name}`;
    const v = value[field.name];
    if (field.type === "choices") for (const o of (v as string[] | undefined) ?? []) out[`${key}.${o}`] = "on";
    else if (field.type === "boolean") out[key] = v === true ? "on" : "";
    else if (field.type === "items") out[key] = ((v as Item[] | undefined) ?? []).map((i) => i.name).join("\n");
    else if (field.type === "lines") out[key] = ((v as string[] | undefined) ?? []).join("\n");
    else if (field.type === "share") out[key] = typeof v === "number" ? numberText(v * 100, lang) : "";
    else if (typeof v === "number") out[key] = numberText(v, lang);
    else out[key] = typeof v === "string" ? v : "";
  }
  return out;
}

/** A dossier document's code from its name: "Biên bản họp" → "bien_ban_hop". */
function itemCode(name: string): string {
  return foldForSearch(name).toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "").slice(0, 50) || "giay_to";
}

/**
 * The form's fields as the value its kind's schema reads. Shares are typed in per cent; a
 * dossier's documents one per line, keeping the code, English name and "generated" of a
 * document the entry in force already lists under that name.
 */
export function formToValue(kind: EntryKind, form: Record<string, string>, previous: Record<string, unknown> | null): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of VALUE_FIELDS[kind]) {
    const key = `value.${field.name}`;
    const raw = (form[key] ?? "").trim();
    if (field.type === "choices") value[field.name] = (field.options ?? []).filter((o) => form[`${key}.${o}`]);
    else if (field.type === "boolean") value[field.name] = Boolean(form[key]);
    else if (field.type === "items") {
      const known = new Map(((previous?.items as Item[] | undefined) ?? []).map((i) => [i.name, i]));
      value.items = raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((name) => known.get(name) ?? { code: itemCode(name), name, nameEn: name, generated: false });
    } else if (field.type === "lines") {
      value[field.name] = raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    } else if (field.type === "share") {
      const s = raw.replace(/%$/, "").trim().replace(",", ".");
      value[field.name] = s === "" ? (field.nullable ? null : undefined) : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) / 100 : raw;
    } else if (raw === "") {
      if (field.nullable) value[field.name] = null;
    } else value[field.name] = raw;
  }
  if (kind === "bonus_rule") value.baseSalaryOn = "issue_date";
  return value;
}

/** The version form's fields as the use case's input. */
export function versionFormToInput(form: Record<string, string>, kind: EntryKind, previous: Record<string, unknown> | null) {
  return {
    scope: form.scope,
    unitId: form.unitId,
    kind,
    code: form.code,
    value: formToValue(kind, form, previous),
    validFrom: form.validFrom,
    validTo: form.validTo,
    citation: form.citation,
    unconfirmed: form.unconfirmed,
    note: form.note,
  };
}
