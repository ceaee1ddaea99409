// What the catalogue's pages share: an entry's dates, its layer, its source with the
// "cần xác nhận" mark, its value in words, and the links to its history and a new version.
import type { EntryKind } from "../../../domain/catalogue/entries";
import type { Catalogue, LayeredEntry } from "../../../domain/catalogue/in-force";
import type { View } from "../../../web/view";
import { codeLabel, describeValue } from "../describe";

/** "từ ngày 1 tháng 7 năm 2025 đến ngày 30 tháng 6 năm 2026" */
export function datesText(v: View, e: Pick<LayeredEntry, "validFrom" | "validTo">): string {
  return [v.t("catalogue.from", { date: v.date(e.validFrom) }), ...(e.validTo ? [v.t("catalogue.to", { date: v.date(e.validTo) })] : [])].join(" ");
}

/** Quốc gia / Tỉnh Khánh Hòa / Đơn vị Phường Cam Phú (a province's name already says "Tỉnh" or "Thành phố"). */
export function layerText(v: View, e: Pick<LayeredEntry, "scope" | "scopeName">): string {
  if (e.scope === "national") return v.t("catalogue.layer.national");
  const name = e.scopeName ?? "";
  if (e.scope === "province") return /^(tỉnh|thành phố)\s/i.test(name) ? name : v.t("catalogue.layer.province", { name });
  return v.t("catalogue.layer.unit", { name });
}

export function UnconfirmedMark({ v, e }: { v: View; e: Pick<LayeredEntry, "unconfirmed" | "note"> }) {
  if (!e.unconfirmed) return null;
  return <strong class="tag tag--submitted">{v.t("catalogue.unconfirmed")}</strong>;
}

/** The citation, the note, and the mark when the entry is not confirmed. */
export function Source({ v, e }: { v: View; e: Pick<LayeredEntry, "citation" | "unconfirmed" | "note"> }) {
  return (
    <>
      {e.citation}
      {e.unconfirmed ? (
        <>
          {" "}
          <UnconfirmedMark v={v} e={e} />
        </>
      ) : null}
      {e.note ? <p class="hint">{e.note}</p> : null}
    </>
  );
}

export function Content({ v, catalogue, e }: { v: View; catalogue: Catalogue | null; e: Pick<LayeredEntry, "kind" | "value"> }) {
  const lines = describeValue(v.t, v.lang, catalogue, e);
  return <>{lines.map((line, i) => (i === 0 ? <span>{line}</span> : <><br />{line}</>))}</>;
}

export const entryLabel = (v: View, catalogue: Catalogue | null, e: { kind: EntryKind; code: string }) => codeLabel(v.t, v.lang, catalogue, e);

export function historyHref(e: { kind: string; code: string }, unitId: number | null): string {
  return `/catalogue/entries/${e.kind}/${encodeURIComponent(e.code)}${unitId ? `?unit=${unitId}` : ""}`;
}

export function newVersionHref(e: { kind: string; code: string }, unitId: number | null): string {
  const params = new URLSearchParams({ kind: e.kind, code: e.code, ...(unitId ? { unit: String(unitId) } : {}) });
  return `/catalogue/new?${params.toString()}`;
}
