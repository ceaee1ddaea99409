// What changed between two versions of a document, section by section.
import { Layout } from "../../../web/layout";
import type { View } from "../../../web/view";
import type { compareVersions } from "../compare-versions";

export function ComparePage({ v, diff }: { v: View; diff: Awaited<ReturnType<typeof compareVersions>> }) {
  return (
    <Layout v={v} title={v.t("documents.compare_title", { from: diff.from, to: diff.to })}>
      <p><a href={`/documents/${diff.doc.id}`}>{v.t("common.back")}</a></p>
      <h1>{v.t("documents.compare_title", { from: diff.from, to: diff.to })}</h1>
      {diff.sections.length === 0 ? <p>{v.t("documents.no_changes")}</p> : null}
      {diff.sections.map((s) => (
        <section>
          <h2>{v.t(`plan.section.${s.section}` as "plan.section.summary")}</h2>
          <p class="diff">
            {s.changes.map((c) => (c.kind === "added" ? <ins>{c.text}</ins> : c.kind === "removed" ? <del>{c.text}</del> : <span>{c.text}</span>))}
          </p>
        </section>
      ))}
    </Layout>
  );
}
