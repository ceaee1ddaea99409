// The pieces every list import's preview shows (people now, awards and assessments later):
// what stops the file, the columns converted from a legacy font or left out, each value with
// what the file held, and the rows left out with why.
import type { Child } from "hono/jsx";
import { Notice } from "./components";
import type { View } from "./view";

export interface ImportSummary {
  problems: string[];
  decoded: { header: string; encoding: string }[];
  ignoredColumns: string[];
  skipped: { row: number; reason: string; text: string; sheet?: string }[];
}

/** What stops the file, all at once; a rejected file never says how many rows it would add. */
export function ImportProblems({ v, problems, title }: { v: View; problems: string[]; title: Child }) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
      <h2 class="error-summary__title">{title}</h2>
      <p>{v.t("imports.rejected_no_add")}</p>
      <ul>
        {problems.slice(0, 200).map((p) => (
          <li>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** Columns converted from a legacy font, and columns not in the template. */
export function ImportNotices({ v, preview }: { v: View; preview: ImportSummary }) {
  return (
    <>
      {preview.decoded.map((d) => (
        <Notice>{v.t("imports.decoded", { header: d.header, encoding: d.encoding })}</Notice>
      ))}
      {preview.ignoredColumns.length ? <Notice>{v.t("imports.ignored_columns", { columns: preview.ignoredColumns.join(", ") })}</Notice> : null}
    </>
  );
}

/** A value with what the file held when it was converted, so that a wrong conversion is seen before confirming. */
export function Converted({ v, value, original }: { v: View; value: string; original: string | undefined }) {
  return (
    <>
      {value}
      {original ? (
        <>
          <br />
          <small class="hint">{v.t("imports.typed_as", { text: original })}</small>
        </>
      ) : null}
    </>
  );
}

/** A birth as lists give it: the day, or the year alone. */
export function birthText(v: View, r: { birthDate: string | null; birthYear: number | null }): string {
  return r.birthDate ? v.date(r.birthDate) : r.birthYear ? v.t("imports.birth_year", { year: r.birthYear }) : "";
}

/** The rows left out (title, numbering, total, signature, the template's example), and why. */
export function SkippedRows({ v, skipped }: { v: View; skipped: ImportSummary["skipped"] }) {
  if (skipped.length === 0) return null;
  return (
    <>
      <h2>{v.t("imports.skipped_title")}</h2>
      <ul>
        {skipped.map((s) => (
          <li>{v.t("imports.skipped_row", { row: s.row, reason: v.t(`imports.skipped.${s.reason}`), text: s.text.length > 120 ? s.text.slice(0, 117) + "…" : s.text })}</li>
        ))}
      </ul>
    </>
  );
}
