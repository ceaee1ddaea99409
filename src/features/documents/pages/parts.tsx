// What the documents pages share: the state tag and the links between the documents pages.
import { StatusTag } from "../../../web/workflow";
import type { View } from "../../../web/view";

export function DocumentStatus({ v, status }: { v: View; status: string }) {
  return <StatusTag label={v.t(`documents.status.${status}` as "documents.status.draft")} tone={status} />;
}

export function DocumentsNav({ v }: { v: View }) {
  return (
    <p class="subnav">
      <a href="/documents">{v.t("documents.title")}</a> · <a href="/documents/register">{v.t("documents.register")}</a> ·{" "}
      <a href="/directives">{v.t("directives.title")}</a> · <a href="/inbox">{v.t("inbox.title")}</a> ·{" "}
      <a href="/documents/signing">{v.t("signing.title")}</a>
    </p>
  );
}
