// A new version of an entry, from the one in force today: whose version (the State's, the
// province's, the unit's, as the official may and the law lets), its value field by field
// (numbers, per cents, yes/no, a dossier's documents one per line), its dates and its source.
import { Csrf, DateField, ErrorSummary, fieldId, FieldError, RadioField, SelectField, TextArea, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { VALUE_FIELDS, type ValueField } from "../entry-fields";
import type { VersionFormView } from "../get-version-form";
import { Content, datesText, entryLabel, layerText, Source } from "./parts";

function Checkbox({ v, form, name, label }: { v: View; form: FormState; name: string; label: string }) {
  return (
    <div class="checkbox">
      <input type="checkbox" id={fieldId(name)} name={name} value="on" checked={!!form.values[name]} />
      <label for={fieldId(name)}>{label}</label>
      <FieldError v={v} form={form} name={name} label={label} />
    </div>
  );
}

const optionLabel = (v: View, field: ValueField, o: string) => v.t(`catalogue.opt.${field.group ?? field.name}.${o}`);

function ValueInput({ v, form, field }: { v: View; form: FormState; field: ValueField }) {
  const name = `value.${field.name}`;
  const label = v.t(`catalogue.value.${field.name}`);
  const hint = field.type === "share" ? v.t("catalogue.hint.share") : field.type === "items" || field.type === "lines" ? v.t("catalogue.hint.items") : field.nullable ? v.t("catalogue.hint.nullable") : undefined;
  switch (field.type) {
    case "boolean":
      return <Checkbox v={v} form={form} name={name} label={label} />;
    case "choice":
      return (
        <SelectField
          v={v}
          form={form}
          name={name}
          label={label}
          options={(field.options ?? []).map((o) => ({ value: o, label: optionLabel(v, field, o) }))}
          {...(field.optional ? { placeholder: v.t("common.choose") } : {})}
        />
      );
    case "choices":
      return (
        <fieldset class="fieldset" id={fieldId(name)}>
          <legend>{label}</legend>
          <FieldError v={v} form={form} name={name} label={label} />
          {(field.options ?? []).map((o) => (
            <Checkbox v={v} form={form} name={`${name}.${o}`} label={optionLabel(v, field, o)} />
          ))}
        </fieldset>
      );
    case "longtext":
    case "items":
    case "lines":
      return <TextArea v={v} form={form} name={name} label={label} rows={field.type === "longtext" ? 4 : 8} {...(hint ? { hint } : {})} />;
    case "integer":
    case "number":
    case "share":
      return <TextField v={v} form={form} name={name} label={label} width="short" {...(hint ? { hint } : {})} />;
    default:
      return <TextField v={v} form={form} name={name} label={label} {...(hint ? { hint } : {})} />;
  }
}

export function NewVersionPage({ v, data, form }: { v: View; data: VersionFormView; form: FormState }) {
  const { unit, catalogue, current } = data;
  const what = `${v.t(`catalogue.kind.${data.kind}`)}${data.code ? ` — ${entryLabel(v, catalogue, data)}` : ""}`;
  const title = v.t("catalogue.new_title", { what });
  const allowed = data.choices.filter((c) => c.allowed);
  const refused = data.choices.filter((c) => !c.allowed);
  const fields = VALUE_FIELDS[data.kind];
  const labels: Record<string, string> = {
    scope: v.t("catalogue.scope"),
    unitId: v.t("catalogue.unit"),
    kind: v.t("catalogue.scope"),
    code: v.t("catalogue.field.code"),
    value: v.t("catalogue.field.value"),
    ...Object.fromEntries(fields.map((f) => [`value.${f.name}`, v.t(`catalogue.value.${f.name}`)])),
    validFrom: v.t("catalogue.field.valid_from"),
    validTo: v.t("catalogue.field.valid_to"),
    citation: v.t("catalogue.field.citation"),
    unconfirmed: v.t("catalogue.field.unconfirmed"),
    note: v.t("catalogue.field.note"),
  };
  const scopeLabel = (c: (typeof data.choices)[number]) =>
    c.scope === "national" ? v.t("catalogue.scope.national") : v.t(c.scope === "province" ? "catalogue.scope.province" : "catalogue.scope.unit", { name: c.unit?.name ?? "" });
  const action = `/catalogue/new?${new URLSearchParams({ kind: data.kind, ...(unit ? { unit: String(unit.id) } : {}) }).toString()}`;
  const fixedCode = data.kind === "base_salary" || data.kind === "quorum" || data.kind === "bonus_rule" || data.kind === "council_rule";
  return (
    <Layout v={v} title={title}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <p>
        <a href={`/catalogue${unit ? `?unit=${unit.id}` : ""}`}>{v.t("catalogue.back")}</a>
      </p>
      <h1>{title}</h1>
      <p>{v.t("catalogue.new_intro")}</p>
      <div class="panel">
        <h2>{v.t("catalogue.current")}</h2>
        {current ? (
          <>
            <p>
              <Content v={v} catalogue={catalogue} e={current} />
            </p>
            <p>
              <Source v={v} e={current} />
            </p>
            <p class="hint">
              {datesText(v, current)} · {layerText(v, current)}
            </p>
          </>
        ) : (
          <p>{v.t("catalogue.no_current")}</p>
        )}
      </div>
      {refused.length > 0 ? (
        <div>
          <p>{v.t("catalogue.refused_here")}</p>
          <ul>
            {refused.map((c) => (
              <li>{v.t(c.refusal!)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {allowed.length > 0 ? (
        <form method="post" action={action} novalidate>
          <Csrf v={v} />
          <input type="hidden" name="kind" value={data.kind} />
          {unit ? <input type="hidden" name="unitId" value={String(unit.id)} /> : null}
          <RadioField v={v} form={form} name="scope" label={labels.scope!} options={allowed.map((c) => ({ value: c.scope, label: scopeLabel(c) }))} />
          {fixedCode ? <input type="hidden" name="code" value={data.code} /> : <TextField v={v} form={form} name="code" label={labels.code!} hint={v.t("catalogue.hint.code")} width="short" />}
          {fields.map((f) => (
            <ValueInput v={v} form={form} field={f} />
          ))}
          <DateField v={v} form={form} name="validFrom" label={labels.validFrom!} />
          <DateField v={v} form={form} name="validTo" label={labels.validTo!} hint={v.t("catalogue.field.valid_to_hint")} />
          <TextField v={v} form={form} name="citation" label={labels.citation!} hint={v.t("catalogue.field.citation_hint")} />
          <Checkbox v={v} form={form} name="unconfirmed" label={labels.unconfirmed!} />
          <TextArea v={v} form={form} name="note" label={labels.note!} rows={3} />
          <button class="button" type="submit">{v.t("catalogue.submit")}</button>
        </form>
      ) : null}
    </Layout>
  );
}
