// The movements the actor may see, filtered by state.
import { Notice, SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import { emptyForm, type View } from "../../../web/view";
import type { listMovements } from "../list-movements";
import { MovementStatus, period } from "./parts";

type MovementList = Awaited<ReturnType<typeof listMovements>>;

export function MovementsPage({ v, list, canCreate, notice }: { v: View; list: MovementList; canCreate: boolean; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("movements.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("movements.title")}</h1>
      {canCreate ? (
        <p>
          <a class="button" href="/movements/new">{v.t("movements.new")}</a>
        </p>
      ) : null}
      <form method="get" action="/movements" class="search-row">
        <SelectField
          v={v}
          form={emptyForm({ status: list.status ?? "" })}
          name="status"
          label={v.t("movements.filter_status")}
          placeholder={v.t("movements.all")}
          options={(["draft", "launched", "closed"] as const).map((s) => ({ value: s, label: v.t(`movements.status.${s}`) }))}
        />
        <button class="button button--secondary" type="submit">{v.t("common.filter")}</button>
      </form>
      <DataTable
        rows={list.movements}
        empty={v.t("movements.none")}
        columns={[
          {
            header: v.t("movements.name"),
            cell: (m) => (
              <>
                <a href={`/movements/${m.id}`}>{m.name}</a>
                <span class="muted"> ({v.t(`movements.kind.${m.kind}`)}{m.parentId ? `, ${v.t("movements.part_of_higher")}` : ""})</span>
              </>
            ),
          },
          { header: v.t("field.unit"), cell: (m) => m.unitName },
          { header: v.t("movements.period"), cell: (m) => period(v, m) },
          { header: v.t("movements.state"), cell: (m) => <MovementStatus v={v} status={m.status} /> },
        ]}
      />
    </Layout>
  );
}
