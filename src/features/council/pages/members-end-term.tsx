// Ending a council member's term: the last day and the reason (kept in the audit log).
import { Csrf, DateField, ErrorSummary, TextArea } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import type { getCouncilMemberToEnd } from "../end-council-member-term";
import { councilLabels } from "./members-council";

type Member = Awaited<ReturnType<typeof getCouncilMemberToEnd>>;

export function EndTermPage({ v, member, form }: { v: View; member: Member; form: FormState }) {
  const labels = councilLabels(v);
  const title = v.t("council_members.end_title", { name: member.fullName });
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{title}</h1>
      <dl class="summary-list">
        <dt>{v.t("council_members.council")}</dt>
        <dd><a href={`/council?unit=${member.unitId}`}>{member.unitName}</a></dd>
        <dt>{labels.post}</dt>
        <dd>{v.t(`council_members.post.${member.post}`)}</dd>
        <dt>{labels.validFrom}</dt>
        <dd>{v.date(member.validFrom)}</dd>
        <dt>{labels.validTo}</dt>
        <dd>{member.validTo ? v.date(member.validTo) : "—"}</dd>
      </dl>
      <form method="post" action={`/council-members/${member.id}/end`} class="panel" novalidate>
        <Csrf v={v} />
        <DateField v={v} form={form} name="validTo" label={labels.validTo!} />
        <TextArea v={v} form={form} name="reason" label={labels.reason!} hint={v.t("council_members.reason_hint")} rows={3} />
        <button class="button" type="submit">{v.t("council_members.end_submit")}</button>
      </form>
    </Layout>
  );
}
