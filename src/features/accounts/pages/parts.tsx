// What the accounts pages share: the new password fields.
import { TextField } from "../../../web/components";
import type { FormState, View } from "../../../web/view";

export const passwordLabels = (v: View) => ({ password: v.t("field.password"), passwordConfirm: v.t("field.password_confirm") });

export function NewPasswordFields({ v, form }: { v: View; form: FormState }) {
  return (
    <>
      <TextField v={v} form={form} name="password" label={v.t("field.password")} type="password" autocomplete="new-password" hint={v.t("hint.password")} />
      <TextField v={v} form={form} name="passwordConfirm" label={v.t("field.password_confirm")} type="password" autocomplete="new-password" />
    </>
  );
}
