// Relations proposed from households in a unit, waiting for an official; and the button that
// proposes them from the households' roles.
import { Csrf, Notice, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable, Pagination } from "../../../web/table";
import type { View } from "../../../web/view";
import type { listProposals, proposalUnitChoices } from "../list-proposals";
import { DecideButton } from "./relatives-section";

type Proposals = Awaited<ReturnType<typeof listProposals>>;
type Units = Awaited<ReturnType<typeof proposalUnitChoices>>;

export function ProposalsChooseUnitPage({ v, units }: { v: View; units: Units }) {
  return (
    <Layout v={v} title={v.t("relatives.proposals_title")}>
      <h1>{v.t("relatives.proposals_title")}</h1>
      <form method="get" action="/relatives/proposals" class="panel">
        <SelectField v={v} form={{ values: {}, errors: {} }} name="unit" label={v.t("relatives.choose_unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <button class="button" type="submit">{v.t("relatives.open")}</button>
      </form>
    </Layout>
  );
}

export function ProposalsPage({ v, list, notice }: { v: View; list: Proposals; notice?: string | undefined }) {
  const title = v.t("relatives.proposals_of", { unit: list.unit.name });
  const back = { back: "proposals", unit: String(list.unit.id) };
  return (
    <Layout v={v} title={title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{title}</h1>
      <form method="post" action="/relatives/proposals" class="panel">
        <Csrf v={v} />
        <input type="hidden" name="unitId" value={String(list.unit.id)} />
        <p>{v.t("relatives.propose_hint")}</p>
        <button class="button button--secondary" type="submit">{v.t("relatives.propose")}</button>
      </form>
      <h2>{v.t("relatives.proposals_count", { n: list.total })}</h2>
      <DataTable
        rows={list.rows}
        empty={v.t("relatives.proposals_none")}
        columns={[
          { header: v.t("relatives.person"), rowHeader: true, cell: (r) => <a href={`/people/${r.personId}`}>{r.personName}</a> },
          { header: v.t("relatives.kind"), cell: (r) => v.t(`relatives.kind.${r.kind}`) },
          { header: v.t("relatives.relative"), cell: (r) => <><a href={`/people/${r.relativeId}`}>{r.relativeName}</a>{r.householdRole ? <span class="muted"> ({r.householdRole})</span> : null}</> },
          {
            header: <span class="visually-hidden">{v.t("relatives.confirm")}</span>,
            cell: (r) => <><DecideButton v={v} id={r.id} decision="confirm" back={back} /> <DecideButton v={v} id={r.id} decision="reject" back={back} /></>,
          },
        ]}
      />
      <Pagination v={v} path="/relatives/proposals" params={{ unit: String(list.unit.id) }} page={list.page} pages={list.pages} />
    </Layout>
  );
}
