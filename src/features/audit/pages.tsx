// The audit log for administrators: filters, the entries newest first, and the next page.
import { DateField, ErrorSummary, SelectField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable, Pagination } from "../../web/table";
import type { FormState, View } from "../../web/view";
import type { BrowseAudit } from "./browse-audit";

function changes(before: unknown, after: unknown, v: View): string {
  const parts: string[] = [];
  if (before !== null && before !== undefined) parts.push(`${v.t("audit.before")}: ${JSON.stringify(before, null, 1)}`);
  if (after !== null && after !== undefined) parts.push(`${v.t("audit.after")}: ${JSON.stringify(after, null, 1)}`);
  return parts.join("\n");
}

export function AuditPage({ v, list, actions, form }: { v: View; list: BrowseAudit["list"]; actions: string[]; form: FormState }) {
  const labels = { action: v.t("audit.filter_action"), actor: v.t("audit.filter_actor"), from: v.t("audit.filter_from"), to: v.t("audit.filter_to") };
  const params = Object.fromEntries(Object.entries(form.values).filter(([k]) => k !== "before"));
  return (
    <Layout v={v} title={v.t("audit.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("audit.title")}</h1>
      <form method="get" action="/audit" class="filters" novalidate>
        <SelectField v={v} form={form} name="action" label={labels.action} placeholder={v.t("audit.all_actions")} options={actions.map((a) => ({ value: a, label: a }))} />
        <TextField v={v} form={form} name="actor" label={labels.actor} />
        <DateField v={v} form={form} name="from" label={labels.from} type="date" />
        <DateField v={v} form={form} name="to" label={labels.to} type="date" />
        <div class="field">
          <button class="button button--secondary" type="submit">
            {v.t("common.filter")}
          </button>
        </div>
      </form>
      {list ? (
        <DataTable
          rows={list.entries}
          empty={v.t("audit.none")}
          // Wider than a phone and holds no links: focusable, so the keyboard can scroll it.
          scrollLabel={v.t("audit.title")}
          columns={[
            { header: v.t("audit.col_at"), cell: (e) => v.dateTime(e.at) },
            { header: v.t("audit.col_actor"), cell: (e) => e.actorLabel },
            { header: v.t("audit.col_action"), cell: (e) => <code>{e.action}</code> },
            { header: v.t("audit.col_entity"), cell: (e) => <>{e.entityType} {e.entityId ?? ""}</> },
            { header: v.t("audit.col_changes"), cell: (e) => <pre class="changes">{changes(e.before, e.after, v)}</pre> },
          ]}
        />
      ) : null}
      {list ? <Pagination v={v} path="/audit" params={params} next={list.nextBefore ? { before: list.nextBefore } : null} /> : null}
    </Layout>
  );
}
