// The fields of a person as forms, the API and imports give them.
import { z } from "zod";
import { ETHNICITIES } from "../../domain/registry/ethnicities";
import { GENDERS, parseVietnameseDate } from "../../domain/registry/person";
import { fields } from "../../platform/validation";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.too_long")
    .optional()
    .transform((v) => (v ? v : null));

/** A date as offices write it (21/3/2024) or ISO; empty means none; `notAfterToday` for birth dates. */
export const dayField = (message: string, notAfterToday = false) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const iso = parseVietnameseDate(v);
      if (!iso || (notAfterToday && (iso > new Date().toISOString().slice(0, 10) || iso < "1900-01-01"))) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return iso;
    });

/** An empty form field means "not given". */
const emptyAsMissing = (v: unknown) => (v === "" || v === null ? undefined : v);

export const PersonFields = z.object({
  fullName: fields.requiredText(120),
  gender: z.preprocess(emptyAsMissing, z.enum(GENDERS, { error: "errors.choose_gender" }).optional()),
  birthDate: dayField("errors.invalid_birth_date", true),
  ethnicity: z.preprocess(emptyAsMissing, z.enum(ETHNICITIES, { error: "errors.choose_ethnicity" }).optional()),
  frontline: z
    .union([z.boolean(), z.literal("on"), z.literal("1"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "1"),
  phone: optionalText(20).refine((v) => !v || /^[0-9+ .()-]{8,20}$/.test(v), "errors.invalid_phone"),
  email: optionalText(254).refine((v) => !v || z.email().safeParse(v).success, "errors.email_invalid"),
  address: optionalText(300),
});
export type PersonValues = z.output<typeof PersonFields>;
