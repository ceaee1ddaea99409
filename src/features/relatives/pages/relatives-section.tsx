// The person page's section on relatives (for recusal): both ways, from this person's side; for
// those who manage the registry, confirm and reject buttons and the link to declare one.
import { Csrf } from "../../../web/components";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import type { relativesForPersonPage } from "../list-relatives";

type Relatives = NonNullable<Awaited<ReturnType<typeof relativesForPersonPage>>>;

/** A confirm or reject button for one relation; `back` says where the answer leads. */
export function DecideButton({ v, id, decision, back }: { v: View; id: number; decision: "confirm" | "reject"; back: Record<string, string> }) {
  return (
    <form method="post" action={`/relatives/${id}/decide`} class="inline-form">
      <Csrf v={v} />
      <input type="hidden" name="decision" value={decision} />
      {Object.entries(back).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button type="submit" class={decision === "confirm" ? "button" : "button button--secondary"}>{v.t(decision === "confirm" ? "relatives.confirm" : "relatives.reject")}</button>
    </form>
  );
}

export function RelativesSection({ v, relatives }: { v: View; relatives: Relatives | null }) {
  if (!relatives) return null;
  const back = { person: String(relatives.person.id) };
  return (
    <section aria-labelledby="relatives-heading">
      <h2 id="relatives-heading">{v.t("relatives.title")}</h2>
      <p class="muted">{v.t("relatives.section_hint")}</p>
      <DataTable
        rows={relatives.relatives}
        empty={v.t("relatives.none")}
        columns={[
          { header: v.t("relatives.relative"), rowHeader: true, cell: (r) => <a href={`/people/${r.relativeId}`}>{r.fullName}</a> },
          { header: v.t("relatives.kind"), cell: (r) => v.t(`relatives.kind.${r.kind}`) },
          { header: v.t("relatives.status"), cell: (r) => <>{v.t(`relatives.status.${r.status}`)} <span class="muted">({v.t(`relatives.source.${r.source}`)})</span></> },
          relatives.canManage && {
            header: <span class="visually-hidden">{v.t("relatives.confirm")}</span>,
            cell: (r) => (
              <>
                {r.status !== "confirmed" ? <DecideButton v={v} id={r.id} decision="confirm" back={back} /> : null}{" "}
                {r.status !== "rejected" ? <DecideButton v={v} id={r.id} decision="reject" back={back} /> : null}
              </>
            ),
          },
        ]}
      />
      {relatives.canManage ? <p><a href={`/people/${relatives.person.id}/relatives/new`}>{v.t("relatives.declare")}</a></p> : null}
    </section>
  );
}
