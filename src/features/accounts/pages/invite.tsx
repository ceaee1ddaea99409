// Inviting someone to a role on a unit.
import { Csrf, ErrorSummary, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export function roleOptions(v: View, roles: readonly string[]) {
  return roles.map((r) => ({ value: r, label: v.t(`role.${r}`) }));
}

export function InvitePage(props: { v: View; form: FormState; units: { id: number; name: string }[]; roles: readonly string[] }) {
  const { v, form } = props;
  const labels = { fullName: v.t("field.full_name"), email: v.t("field.email"), unitId: v.t("field.unit"), role: v.t("field.role") };
  return (
    <Layout v={v} title={v.t("users.invite")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("users.invite")}</h1>
      <p>{v.t("users.invite_hint")}</p>
      <form method="post" action="/users/invite" novalidate>
        <Csrf v={v} />
        <TextField v={v} form={form} name="fullName" label={labels.fullName} autocomplete="off" />
        <TextField v={v} form={form} name="email" label={labels.email} type="email" autocomplete="off" />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={props.units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <SelectField v={v} form={form} name="role" label={labels.role} placeholder={v.t("common.choose")} options={roleOptions(v, props.roles)} />
        <button class="button" type="submit">
          {v.t("users.invite_submit")}
        </button>
      </form>
    </Layout>
  );
}
