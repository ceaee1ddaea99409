// What the disclosure pages share: the period in words and the state of a list.
import { StatusTag } from "../../../web/workflow";
import type { View } from "../../../web/view";

const STATE_TONE: Record<string, string | undefined> = { open: "submitted", closed: "issued", not_started: "warning" };
const COMMENT_TONE: Record<string, string | undefined> = { published: "issued", pending: "submitted", rejected: "warning" };

/** "Từ ngày 20 tháng 1 năm 2025 đến ngày 7 tháng 2 năm 2025, 10 ngày làm việc". */
export function periodText(v: View, d: { startsOn: string; endsOn: string; workingDays: number }) {
  return v.t("disclosure.period", { from: v.date(d.startsOn), to: v.date(d.endsOn), n: d.workingDays });
}

export function StateTag({ v, state }: { v: View; state: string }) {
  return <StatusTag label={v.t(`disclosure.state.${state}`)} tone={STATE_TONE[state]} />;
}

export function CommentStatus({ v, status }: { v: View; status: string }) {
  return <StatusTag label={v.t(`disclosure.comment_status.${status}`)} tone={COMMENT_TONE[status]} />;
}

export const publicPath = (unitId: number, disclosureId?: number) => `/cong-khai/${unitId}${disclosureId ? `/${disclosureId}` : ""}`;

/** A text typed by someone, its line breaks kept (each line escaped like any other text). */
export function Lines({ text }: { text: string }) {
  return <>{text.split(/\r?\n/).map((line, i) => <>{i ? <br /> : null}{line}</>)}</>;
}
