// What the proposals pages share, and the part of a tờ trình's document page that belongs to the
// proposal (documents/pages/document.tsx shows it for typeCode "TTr").
import { councilResultLine, proposalNominees, type ProposalContent } from "../../../documents/compose-proposal";
import { DataTable } from "../../../web/table";
import type { View } from "../../../web/view";
import { StatusTag } from "../../../web/workflow";

export function ProposalStatus({ v, status }: { v: View; status: string }) {
  return <StatusTag label={v.t(`proposals.status.${status}` as "proposals.status.draft")} tone={status === "decided" ? "issued" : status === "sent" || status === "received" ? "submitted" : status} />;
}

export function ProposalsNav({ v, views }: { v: View; views: { sent: boolean; inbox: boolean } }) {
  if (!(views.sent && views.inbox)) return null;
  return (
    <p class="subnav">
      <a href="/proposals?view=sent">{v.t("proposals.sent_tab")}</a> · <a href="/proposals?view=inbox">{v.t("proposals.inbox")}</a>
    </p>
  );
}

/** On the tờ trình's document page: the nominees it proposes and the link to the proposal's own page. */
export function ProposalParts({ v, content }: { v: View; content: unknown }) {
  const c = content as ProposalContent;
  if (!c || typeof c.proposalId !== "number") return null;
  return (
    <section>
      <h2>{v.t("proposals.parts_title")}</h2>
      <p>
        {c.addressee} · <a href={`/proposals/${c.proposalId}`}>{v.t("proposals.parts_link")}</a>
      </p>
      <DataTable
        rows={proposalNominees(c)}
        columns={[
          { header: v.t("proposals.nominee"), cell: (n) => n.name },
          { header: v.t("proposals.form"), cell: (n) => n.formName },
          { header: v.t("proposals.council_result"), cell: (n) => councilResultLine(n.council) },
        ]}
      />
    </section>
  );
}
