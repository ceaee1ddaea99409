// How often reminders come, and by which channels.
import type { ReminderPreference } from "../../../domain/reminders/digest";
import { Csrf, ErrorSummary, Notice, RadioField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { emptyForm, type FormState, type View } from "../../../web/view";

export function PreferencesPage({ v, form, notice }: { v: View; form: FormState; notice?: string | undefined }) {
  const labels = { frequency: v.t("reminders.field.frequency"), email: v.t("reminders.channel.email") };
  return (
    <Layout v={v} title={v.t("reminders.preferences")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("reminders.preferences")}</h1>
      <p>{v.t("reminders.preferences_intro")}</p>
      <form method="post" action="/notifications/preferences" novalidate>
        <Csrf v={v} />
        <RadioField v={v} form={form} name="frequency" label={labels.frequency} options={(["daily", "weekly", "off"] as const).map((f) => ({ value: f, label: v.t(`reminders.frequency.${f}`) }))} />
        <fieldset class="fieldset">
          <legend>{v.t("reminders.field.channels")}</legend>
          <div class="checkbox">
            <input type="checkbox" id="f-email" name="email" value="on" checked={form.values.email === "on"} />
            <label for="f-email">{v.t("reminders.channel.email")}</label>
          </div>
          <div class="checkbox">
            <input type="checkbox" id="f-inApp" name="inApp" value="on" checked={form.values.inApp === "on"} />
            <label for="f-inApp">{v.t("reminders.channel.in_app")}</label>
          </div>
        </fieldset>
        <button class="button" type="submit">{v.t("reminders.save")}</button>
      </form>
    </Layout>
  );
}

export const preferenceForm = (p: ReminderPreference): FormState => emptyForm({ frequency: p.frequency, email: p.email ? "on" : "", inApp: p.inApp ? "on" : "" });
