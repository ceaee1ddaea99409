// Editing one criterion while the movement is a draft.
import { Csrf, ErrorSummary } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { CriterionFields, criterionLabels } from "./parts";

export function CriterionPage({ v, movement, criterionId, form }: { v: View; movement: { id: number; name: string }; criterionId: number; form: FormState }) {
  return (
    <Layout v={v} title={v.t("criteria.edit_title")}>
      <ErrorSummary v={v} errors={form.errors} labels={{ _form: "", ...criterionLabels(v) }} />
      <p><a href={`/movements/${movement.id}`}>{v.t("common.back")}</a></p>
      <h1>{v.t("criteria.edit_title")}</h1>
      <p>{movement.name}</p>
      <form method="post" action={`/movements/${movement.id}/criteria/${criterionId}`} novalidate>
        <Csrf v={v} />
        <CriterionFields v={v} form={form} />
        <button class="button" type="submit">{v.t("movements.save")}</button>
      </form>
    </Layout>
  );
}
