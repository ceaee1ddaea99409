// A unit's council on a day: its members by post with their terms and accounts; for the unit's
// Chairman or administrator, the form to appoint a member and the link to end a term.
import { Csrf, DateField, ErrorSummary, Notice, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import { COUNCIL_POSTS } from "../../../domain/council/posts";
import type { appointableAccounts, councilUnitChoices, listCouncil } from "../list-council";

type Council = Awaited<ReturnType<typeof listCouncil>>;
type Accounts = Awaited<ReturnType<typeof appointableAccounts>>;
type Units = Awaited<ReturnType<typeof councilUnitChoices>>;

export function councilLabels(v: View): Record<string, string> {
  return {
    _form: "",
    userId: v.t("council_members.account"),
    post: v.t("council_members.post"),
    validFrom: v.t("council_members.valid_from"),
    validTo: v.t("council_members.valid_to"),
    reason: v.t("council_members.reason"),
    on: v.t("council_members.on"),
  };
}

export function CouncilChooseUnitPage({ v, units }: { v: View; units: Units }) {
  return (
    <Layout v={v} title={v.t("council_members.title")}>
      <h1>{v.t("council_members.title")}</h1>
      {units.length === 0 ? (
        <p>{v.t("council_members.no_units")}</p>
      ) : (
        <form method="get" action="/council" class="panel">
          <SelectField v={v} form={{ values: {}, errors: {} }} name="unit" label={v.t("council_members.choose_unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
          <button class="button" type="submit">{v.t("council_members.open")}</button>
        </form>
      )}
    </Layout>
  );
}

export function CouncilPage({ v, council, accounts, form, notice }: { v: View; council: Council; accounts: Accounts; form: FormState; notice?: string | undefined }) {
  const labels = councilLabels(v);
  const title = v.t("council_members.title_of", { unit: council.unit.name });
  const term = (from: string, to: string | null) => (to ? v.t("council_members.term", { from: v.date(from), to: v.date(to) }) : v.t("council_members.term_open", { from: v.date(from) }));
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{title}</h1>
      <p class="muted">{v.t("council_members.intro")}</p>
      <form method="get" action="/council" class="inline-form">
        <input type="hidden" name="unit" value={String(council.unit.id)} />
        <DateField v={v} form={{ values: { on: council.on }, errors: {} }} name="on" label={labels.on!} />
        <button class="button button--secondary" type="submit">{v.t("council_members.show")}</button>
      </form>
      <h2>{v.t("council_members.members_on", { date: v.date(council.on), n: council.members.length })}</h2>
      <DataTable
        rows={council.members}
        empty={v.t("council_members.none")}
        columns={[
          { header: v.t("council_members.post"), cell: (m) => v.t(`council_members.post.${m.post}`) },
          { header: v.t("council_members.name"), rowHeader: true, cell: (m) => <a href={`/people/${m.personId}`}>{m.fullName}</a> },
          { header: v.t("council_members.term_header"), cell: (m) => term(m.validFrom, m.validTo) },
          { header: v.t("council_members.account"), cell: (m) => m.account },
          council.canManage && { header: <span class="visually-hidden">{v.t("council_members.end")}</span>, cell: (m) => <a href={`/council-members/${m.memberId}/end`}>{v.t("council_members.end")}</a> },
        ]}
      />
      {council.canManage ? (
        <>
          <h2>{v.t("council_members.appoint")}</h2>
          {accounts.length === 0 ? <p>{v.t("council_members.no_accounts")}</p> : null}
          <form method="post" action="/council/members" class="panel" novalidate>
            <Csrf v={v} />
            <input type="hidden" name="unitId" value={String(council.unit.id)} />
            <SelectField v={v} form={form} name="userId" label={labels.userId!} hint={v.t("council_members.account_hint")} placeholder={v.t("common.choose")} options={accounts.map((a) => ({ value: String(a.userId), label: `${a.fullName} (${a.email})` }))} />
            <SelectField v={v} form={form} name="post" label={labels.post!} placeholder={v.t("common.choose")} options={COUNCIL_POSTS.map((p) => ({ value: p, label: v.t(`council_members.post.${p}`) }))} />
            <DateField v={v} form={form} name="validFrom" label={labels.validFrom!} />
            <DateField v={v} form={form} name="validTo" label={labels.validTo!} hint={v.t("council_members.valid_to_hint")} />
            <button class="button" type="submit">{v.t("council_members.appoint_submit")}</button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
