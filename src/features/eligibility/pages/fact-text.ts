// A fact in one line, as the history and the removal page show it, in the reader's language.
import type { View } from "../../../web/view";
import type { FactValues } from "../get-facts";

export function factText(v: View, f: FactValues | null): string {
  if (!f) return "—";
  const date = (d: unknown) => (typeof d === "string" && d ? v.date(d) : "");
  const period = (from: unknown, to: unknown) => `${date(from)} – ${to ? date(to) : v.t("eligibility.lasting")}`;
  switch (f.kind) {
    case "assessment":
      return `${v.t("eligibility.year")} ${f.year}: ${v.t(`eligibility.rating.${f.rating}`)}${f.note ? ` (${f.note})` : ""}`;
    case "discipline":
      return [v.t(`eligibility.form.${f.form}`), f.decision, period(f.decidedOn, f.endsOn)].filter(Boolean).join(", ");
    case "hold":
      return `${v.t(`eligibility.hold_reason.${f.reason}`)}, ${period(f.startsOn, f.endsOn)}`;
    case "initiative":
      return [f.title, v.t(`eligibility.scope.${f.scope}`), date(f.recognisedOn), f.recognisedBy].filter(Boolean).join(", ");
    default:
      return "—";
  }
}

/** An entry of the history: what it was, and what it became (with the reason given). */
export function changeText(v: View, entry: { before: FactValues | null; after: FactValues | null }): string {
  const { before, after } = entry;
  // A hold's own "reason" is why it holds (shown with it); the reason of a change or removal is shown apart.
  const explained = after?.removed === true || after?.kind === "assessment";
  const reason = explained && typeof after?.reason === "string" && after.reason ? ` (${v.t("eligibility.history_reason", { reason: after.reason })})` : "";
  if (after?.removed) return `${factText(v, before)} → ${v.t("eligibility.remove").toLocaleLowerCase(v.lang)}${reason}`;
  if (before) return `${factText(v, before)} → ${factText(v, after)}${reason}`;
  return `${factText(v, after)}${reason}`;
}
