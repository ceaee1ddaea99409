// The fields of a person as forms, the API and imports give them.
import { z } from "zod";
import { ETHNICITIES } from "../../domain/registry/ethnicities";
import { GENDERS } from "../../domain/registry/person";
import { todayInVietnam } from "../../domain/text/dates";
import { fields } from "../../platform/validation";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.too_long")
    .optional()
    .transform((v) => (v ? v : null));


/** An empty form field means "not given". */
const emptyAsMissing = (v: unknown) => (v === "" || v === null ? undefined : v);

export const PersonFields = z.object({
  fullName: fields.requiredText(120),
  gender: z.preprocess(emptyAsMissing, z.enum(GENDERS, { error: "errors.choose_gender" }).optional()),
  birthDate: fields.date({ optional: true }).refine((v) => !v || v <= todayInVietnam(), "errors.date_future"),
  /** The year alone, when the day is not known (common for elderly residents). */
  birthYear: z.preprocess(
    emptyAsMissing,
    z.coerce
      .number({ error: "errors.birth_year" })
      .int("errors.birth_year")
      .min(1900, "errors.birth_year")
      .refine((y) => y <= Number(todayInVietnam().slice(0, 4)), "errors.birth_year")
      .optional(),
  ),
  ethnicity: z.preprocess(emptyAsMissing, z.enum(ETHNICITIES, { error: "errors.choose_ethnicity" }).optional()),
  frontline: fields.checkbox(),
  phone: optionalText(20).refine((v) => !v || /^[0-9+ .()-]{8,20}$/.test(v), "errors.invalid_phone"),
  email: optionalText(254).refine((v) => !v || z.email().safeParse(v).success, "errors.email_invalid"),
  address: optionalText(300),
});
export type PersonValues = z.output<typeof PersonFields>;
