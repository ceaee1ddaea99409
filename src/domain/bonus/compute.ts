// The bonus of an award (tiền thưởng): the form's coefficient × the base salary in force on the
// day the decision is issued, rounded up to the next 10,000 đồng (Decree 152 Art. 49; Decree 98
// Art. 53 before it); a household's or a collective's as a multiple of an individual's where the
// law says so. Every number comes from the catalogue in force on the issue date, with its
// article: the caller passes the catalogue of that day, so no other day's salary can slip in.
import type { EntryValues, RecipientKind } from "../catalogue/entries";
import type { Catalogue } from "../catalogue/in-force";

export interface BonusArticle {
  /** What it decided: the coefficient, the base salary, the rounding. */
  part: "coefficient" | "of_person" | "base_salary" | "rounding";
  citation: string;
  unconfirmed: boolean;
}

export type Bonus =
  | {
      ok: true;
      formCode: string;
      recipient: RecipientKind;
      /** The issue date whose rules apply, ISO. */
      on: string;
      /** The coefficient applied to the base salary (for a multiple of an individual's amount, the individual's × the multiple). */
      coefficient: number;
      /** A household's or collective's amount as a multiple of an individual's, when that is the rule. */
      ofPersonAmount: number | null;
      baseSalary: number;
      /** Before rounding, in đồng (may have a fraction). */
      exact: number;
      /** What is paid. */
      amount: number;
      roundUpTo: number | null;
      articles: BonusArticle[];
      unconfirmed: boolean;
    }
  | { ok: false; problem: "no_bonus" | "unknown_amount" | "no_base_salary"; formCode: string; recipient: RecipientKind; on: string; citation: string | null };

/** Coefficients have at most four decimals: amounts are computed in ten-thousandths, exactly. */
const SCALE = 10_000;
const scaled = (x: number) => Math.round(x * SCALE);

export function computeBonus(catalogue: Catalogue, formCode: string, recipient: RecipientKind): Bonus {
  const on = catalogue.on;
  const base = { formCode, recipient, on };
  const entry = catalogue.get("bonus", `${formCode}.${recipient}`);
  if (!entry) return { ok: false, problem: "no_bonus", ...base, citation: null };
  const salary = catalogue.get("base_salary", "base_salary");
  if (!salary) return { ok: false, problem: "no_base_salary", ...base, citation: null };
  const rule = catalogue.get("bonus_rule", "calculation")?.value as EntryValues["bonus_rule"] | undefined;
  const roundingEntry = catalogue.get("bonus_rule", "calculation");
  const articles: BonusArticle[] = [];
  const value = entry.value as EntryValues["bonus"];
  let scaledCoefficient: number;
  if (value.ofPersonAmount != null) {
    const person = catalogue.get("bonus", `${formCode}.person`);
    const personValue = person?.value as EntryValues["bonus"] | undefined;
    if (!person || personValue?.coefficient == null) return { ok: false, problem: "unknown_amount", ...base, citation: entry.citation };
    articles.push({ part: "coefficient", citation: person.citation, unconfirmed: person.unconfirmed });
    articles.push({ part: "of_person", citation: entry.citation, unconfirmed: entry.unconfirmed });
    scaledCoefficient = scaled(personValue.coefficient) * value.ofPersonAmount;
  } else if (value.coefficient != null) {
    articles.push({ part: "coefficient", citation: entry.citation, unconfirmed: entry.unconfirmed });
    scaledCoefficient = scaled(value.coefficient);
  } else {
    return { ok: false, problem: "unknown_amount", ...base, citation: entry.citation };
  }
  const baseSalary = (salary.value as EntryValues["base_salary"]).amount;
  articles.push({ part: "base_salary", citation: salary.citation, unconfirmed: salary.unconfirmed });
  const numerator = Math.round(scaledCoefficient * baseSalary); // đồng × SCALE, an integer
  const roundUpTo = rule?.roundUpTo ?? null;
  if (roundingEntry && roundUpTo) articles.push({ part: "rounding", citation: roundingEntry.citation, unconfirmed: roundingEntry.unconfirmed });
  const amount = roundUpTo ? Math.ceil(numerator / (SCALE * roundUpTo)) * roundUpTo : Math.ceil(numerator / SCALE);
  return {
    ok: true,
    ...base,
    coefficient: scaledCoefficient / SCALE,
    ofPersonAmount: value.ofPersonAmount ?? null,
    baseSalary,
    exact: numerator / SCALE,
    amount,
    roundUpTo,
    articles,
    unconfirmed: articles.some((a) => a.unconfirmed),
  };
}
