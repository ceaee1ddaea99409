// Pieces shared by the session pages: the session's state, an item's result in words.
import type { Tally } from "../../../domain/council/tally";
import type { View } from "../../../web/view";
import { StatusTag } from "../../../web/workflow";

const TONES: Record<string, string | undefined> = { draft: undefined, invited: "submitted", voting: "submitted", closed: "issued" };

export function SessionState({ v, status }: { v: View; status: string }) {
  return <StatusTag label={v.t(`council.status.${status}`)} tone={TONES[status]} />;
}

const percent = (v: View, share: number) => new Intl.NumberFormat(v.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(share * 100) + " %";

/** "Đạt: 8/9 đồng ý (88,9 % tổng số thành viên; cần từ 80 %)". */
export function ResultText({ v, result }: { v: View; result: Tally }) {
  const rule = result.rule;
  const share = rule.denominator === 100 ? `${rule.numerator} %` : `${rule.numerator}/${rule.denominator}`;
  return (
    <span>
      <StatusTag label={v.t(result.passed ? "council.passed" : "council.failed")} tone={result.passed ? "issued" : undefined} />{" "}
      {v.t("council.result_line", {
        yes: result.inFavour,
        of: result.denominator,
        share: percent(v, result.share),
        base: v.t(`catalogue.opt.over.${rule.over}`),
        rule: v.t(rule.strict ? "council.rule_over" : "council.rule_at_least", { share }),
      })}
      <br />
      <span class="muted">
        {v.t("council.counts_line", { agree: result.agree, disagree: result.disagree, invalid: result.invalid, opinions: result.opinionsAgree + result.opinionsDisagree, recused: result.recused })} · {result.citation}
        {result.unconfirmed ? ` (${v.t("catalogue.unconfirmed")})` : ""}
      </span>
    </span>
  );
}
