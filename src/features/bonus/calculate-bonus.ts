// The bonus calculator (tính tiền thưởng): a form typed as officials say it, a recipient and an
// issue date (and a unit, for a province's own rules) → the coefficient, the base salary of that
// day, the amount before and after rounding, the words and the articles applied. It reads the
// catalogue of that day only, like the decision will.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import { RECIPIENT_KINDS } from "../../domain/catalogue/entries";
import { computeBonus, type Bonus } from "../../domain/bonus/compute";
import { findForms, type FormMatch } from "../../domain/bonus/find-form";
import { amountInWords } from "../../domain/bonus/words";
import type { Actor } from "../../platform/actor";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { bonusPolicy } from "./policy";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const BonusInput = z.object({
  /** A catalogue code ("GK_XA") or words of the form's name in any order ("giay khen xa"). */
  form: fields.requiredText(200),
  /** The day the decision is (to be) issued: its base salary and rules apply. */
  on: fields.date(),
  recipient: z.preprocess(blank, z.enum(RECIPIENT_KINDS, { error: "errors.bonus_recipient" }).default("person")),
  /** A unit whose province's or own rules apply (otherwise the national ones). */
  unitId: z.preprocess(blank, fields.id("errors.choose_unit").optional()),
});

export interface BonusAnswer {
  form: FormMatch;
  bonus: Bonus;
  /** The amount in words ("Bảy trăm sáu mươi nghìn đồng"), when there is one. */
  words: string | null;
  unit: { id: number; name: string } | null;
}

export async function calculateBonus(actor: Actor, input: unknown, db: DbOrTx): Promise<BonusAnswer> {
  const v = parseInput(BonusInput, input);
  authorize(bonusPolicy.use(actor), "bonus.use");
  let unit: { id: number; name: string; path: string } | null = null;
  if (v.unitId !== undefined) {
    const [row] = await db.select({ id: units.id, name: units.name, path: units.path }).from(units).where(eq(units.id, v.unitId));
    if (!row || !bonusPolicy.forUnit(actor, row)) throw new NotFound("unit");
    unit = row;
  }
  const catalogue = await loadCatalogue(db, v.on, unit?.path ?? null);
  const matches = findForms(catalogue, v.form);
  if (matches.length === 0) throw ValidationError.field("form", "errors.bonus_form_unknown", { form: v.form });
  if (matches.length > 1) throw ValidationError.field("form", "errors.bonus_form_ambiguous", { forms: matches.map((m) => `${m.code} (${m.name})`).join("; ") });
  const bonus = computeBonus(catalogue, matches[0]!.code, v.recipient);
  return { form: matches[0]!, bonus, words: bonus.ok ? amountInWords(bonus.amount) : null, unit: unit && { id: unit.id, name: unit.name } };
}
