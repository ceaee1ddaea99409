// A government's published lists, for anyone: only those that have started.
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { listPublicDisclosures } from "../public-disclosures";
import { periodText, publicPath, StateTag } from "./parts";

type Data = Awaited<ReturnType<typeof listPublicDisclosures>>;

export function PublicListPage({ v, data }: { v: View; data: Data }) {
  const title = v.t("disclosure.public_heading", { unit: data.unit.name });
  return (
    <Layout v={v} title={title}>
      <h1>{title}</h1>
      <p>{v.t("disclosure.public_intro")}</p>
      <DataTable
        rows={data.disclosures}
        empty={v.t("disclosure.public_none")}
        columns={[
          { header: v.t("disclosure.col_title"), cell: (d) => <a href={publicPath(data.unit.id, d.id)}>{d.title}</a>, rowHeader: true },
          { header: v.t("disclosure.col_period"), cell: (d) => periodText(v, d) },
          { header: v.t("nominations.status"), cell: (d) => <StateTag v={v} state={d.state} /> },
        ]}
      />
    </Layout>
  );
}
