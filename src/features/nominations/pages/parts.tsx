// What the nominations pages share: the status and verdict tags.
import { StatusTag } from "../../../web/workflow";
import type { View } from "../../../web/view";

const STATUS_TONE: Record<string, string | undefined> = { submitted: "submitted", accepted: "issued", returned: "warning" };
const VERDICT_TONE: Record<string, string | undefined> = { pass: "issued", review: "submitted", fail: "warning" };

export function NominationStatus({ v, status }: { v: View; status: string }) {
  return <StatusTag label={v.t(`nominations.status.${status}`)} tone={STATUS_TONE[status]} />;
}

export function VerdictTag({ v, verdict }: { v: View; verdict: string | null | undefined }) {
  if (!verdict) return <span class="muted">—</span>;
  return <StatusTag label={v.t(`rules.verdict.${verdict}`)} tone={VERDICT_TONE[verdict]} />;
}
