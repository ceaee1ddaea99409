// Adding a person to a unit's register.
import { ETHNICITIES } from "../../../domain/registry/ethnicities";
import { Csrf, ErrorSummary, RadioField, SelectField, DateField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export function NewPersonPage({ v, form, units }: { v: View; form: FormState; units: { id: number; name: string }[] }) {
  const labels = {
    fullName: v.t("field.full_name"),
    unitId: v.t("field.unit"),
    gender: v.t("field.gender"),
    birthDate: v.t("field.birth_date"),
    birthYear: v.t("field.birth_year"),
    ethnicity: v.t("field.ethnicity"),
    phone: v.t("field.phone"),
    email: v.t("field.email"),
    address: v.t("field.address"),
  };
  return (
    <Layout v={v} title={v.t("people.add")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("people.add")}</h1>
      <form method="post" action="/people/new" novalidate>
        <Csrf v={v} />
        <TextField v={v} form={form} name="fullName" label={labels.fullName} hint={v.t("people.name_hint")} />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <RadioField v={v} form={form} name="gender" label={labels.gender} options={[{ value: "male", label: v.t("gender.male") }, { value: "female", label: v.t("gender.female") }]} />
        <DateField v={v} form={form} name="birthDate" label={labels.birthDate} />
        <TextField v={v} form={form} name="birthYear" label={labels.birthYear} hint={v.t("people.birth_year_hint")} width="short" />
        <SelectField v={v} form={form} name="ethnicity" label={labels.ethnicity} placeholder={v.t("common.choose")} options={ETHNICITIES.map((e) => ({ value: e, label: e }))} />
        <div class="field">
          <div class="radio">
            <input type="checkbox" id="f-frontline" name="frontline" value="on" checked={form.values.frontline === "on"} />
            <label for="f-frontline">{v.t("field.frontline")}</label>
          </div>
        </div>
        <TextField v={v} form={form} name="phone" label={labels.phone} type="tel" width="short" />
        <TextField v={v} form={form} name="email" label={labels.email} type="email" />
        <TextField v={v} form={form} name="address" label={labels.address} />
        <button class="button" type="submit">
          {v.t("common.save")}
        </button>
      </form>
    </Layout>
  );
}
