// Recording an award by hand from an older decision, or correcting one entered by hand or imported.
import { Csrf, ErrorSummary, SelectField, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { Recipient } from "../find-recipient";
import { AwardFieldset, awardLabels } from "./parts";

type Choice = { code: string; name: string; nameEn: string };

export function NewAwardPage({ v, form, recipient, forms, kinds }: { v: View; form: FormState; recipient: Recipient | null; forms: Choice[]; kinds: Choice[] }) {
  const labels = awardLabels(v);
  return (
    <Layout v={v} title={v.t("awards.record")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("awards.record")}</h1>
      <p>{v.t("awards.record_intro")}</p>
      <form method="post" action="/awards/new" novalidate>
        <Csrf v={v} />
        {recipient ? (
          <>
            <input type="hidden" name="recipientKind" value={recipient.kind} />
            <input type="hidden" name="recipientId" value={String(recipient.id)} />
            <dl class="summary-list">
              <dt>{v.t("awards.recipient")}</dt>
              <dd>
                {recipient.name} ({v.t(`awards.recipient.${recipient.kind}`)}, {recipient.unit.name})
              </dd>
            </dl>
          </>
        ) : (
          <>
            <SelectField v={v} form={form} name="recipientKind" label={labels.recipientKind} placeholder={v.t("common.choose")} options={["person", "household", "collective", "unit"].map((k) => ({ value: k, label: v.t(`awards.recipient.${k}`) }))} />
            <TextField v={v} form={form} name="recipientId" label={labels.recipientId} hint={v.t("awards.recipient_id_hint")} width="short" />
          </>
        )}
        <AwardFieldset v={v} form={form} forms={forms} kinds={kinds} />
        <button class="button" type="submit">
          {v.t("common.save")}
        </button>
      </form>
    </Layout>
  );
}

export function CorrectAwardPage({ v, form, awardId, recipientName, forms, kinds }: { v: View; form: FormState; awardId: number; recipientName: string; forms: Choice[]; kinds: Choice[] }) {
  const labels = awardLabels(v);
  return (
    <Layout v={v} title={v.t("awards.correct")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("awards.correct_of", { name: recipientName })}</h1>
      <form method="post" action={`/awards/${awardId}/edit`} novalidate>
        <Csrf v={v} />
        <AwardFieldset v={v} form={form} forms={forms} kinds={kinds} />
        <TextArea v={v} form={form} name="reason" label={labels.reason} hint={v.t("awards.reason_hint")} rows={2} />
        <button class="button" type="submit">
          {v.t("common.save")}
        </button>
      </form>
    </Layout>
  );
}
