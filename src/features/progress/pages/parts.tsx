// What the progress pages share (all work without JavaScript): values as their criterion measures them, the links between the pages, evidence and the file field.
import { FieldError, fieldId } from "../../../web/components";
import type { FormState, View } from "../../../web/view";

/** A value as its criterion measures it: "12", "85%", "Có"/"Không". */
export function formatValue(v: View, measure: string, value: number | null, unitLabel?: string | null): string {
  if (value === null) return "—";
  if (measure === "boolean") return v.t(value >= 1 ? "common.yes" : "common.no");
  const n = value.toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 });
  return measure === "percent" ? `${n}%` : unitLabel ? `${n} ${unitLabel}` : n;
}

export function MovementNav({ v, movementId, unitId }: { v: View; movementId: number; unitId?: number }) {
  return (
    <p class="subnav">
      <a href={`/movements/${movementId}/progress`}>{v.t("progress.dashboard")}</a> · <a href={`/movements/${movementId}/activities`}>{v.t("activities.title")}</a>
      {unitId ? (
        <>
          {" "}· <a href={`/movements/${movementId}/checkins/${unitId}`}>{v.t("checkins.title")}</a> · <a href={`/movements/${movementId}/reviews/${unitId}`}>{v.t("assessments.title")}</a>
        </>
      ) : null}
    </p>
  );
}

export function EvidenceList({ v, files }: { v: View; files: { id: number; name: string; kind: string; width: number | null; height: number | null }[] }) {
  if (files.length === 0) return null;
  return (
    <ul class="evidence">
      {files.map((f) => (
        <li>
          {f.kind === "jpeg" && f.width && f.height ? (
            <a href={`/evidence/${f.id}`}>
              <img src={`/evidence/${f.id}`} alt={v.t("checkins.photo_alt", { name: f.name })} width={Math.min(f.width, 160)} height={Math.round((Math.min(f.width, 160) / f.width) * f.height)} loading="lazy" />
            </a>
          ) : (
            <a href={`/evidence/${f.id}`}>{f.name}</a>
          )}
        </li>
      ))}
    </ul>
  );
}

export function FileField({ v, form, label, hint }: { v: View; form: FormState; label: string; hint: string }) {
  const id = fieldId("files");
  return (
    <div class={form.errors.files ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>{hint}</p>
      <FieldError v={v} form={form} name="files" label={label} />
      {/* capture: a phone opens its camera; multiple: several photos at once. */}
      <input type="file" id={id} name="files" accept="image/*,application/pdf,.docx" capture="environment" multiple aria-describedby={`${id}-hint`} />
    </div>
  );
}
