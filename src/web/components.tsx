// Small, shared pieces of GOV.UK-style forms. Everything is escaped by hono/jsx.
import type { Child } from "hono/jsx";
import type { FieldErrors } from "../platform/errors";
import { fieldMessage, type FormState, type View } from "./view";

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

export function Csrf({ v }: { v: View }) {
  return <input type="hidden" name="_csrf" value={v.csrfToken} />;
}

/**
 * The address of a file form (enctype="multipart/form-data"), carrying its CSRF token:
 * the server checks it there before reading a body that may be large.
 */
export const fileFormAction = (v: View, path: string) => `${path}?_csrf=${encodeURIComponent(v.csrfToken)}`;

/**
 * Lists every problem at the top, each linking to its field; focused on load.
 * Problems come in the order of `labels`, which lists the fields as the form shows them.
 */
export function ErrorSummary({ v, errors, labels }: { v: View; errors: FieldErrors; labels: Record<string, string> }) {
  const order = Object.keys(labels);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const entries = Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
      <h2 class="error-summary__title">{v.t("errors.summary_title")}</h2>
      <ul>
        {entries.map(([name, error]) => (
          <li>
            {name in labels ? <a href={`#${fieldId(name)}`}>{fieldMessage(v, error, labels[name]!)}</a> : fieldMessage(v, error, "")}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  v: View;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
}

/** The message under a field's label, read out before the field by screen readers. */
export function FieldError({ v, form, name, label }: { v: View; form: FormState; name: string; label: string }) {
  const error = form.errors[name];
  if (!error) return null;
  return (
    <p class="error-message" id={`${fieldId(name)}-error`}>
      <span class="visually-hidden">{v.t("common.error_label")} </span>
      {fieldMessage(v, error, label)}
    </p>
  );
}

function FieldShell({ v, form, name, label, hint, children }: FieldProps & { children: Child }) {
  const error = form.errors[name];
  const id = fieldId(name);
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
      <FieldError v={v} form={form} name={name} label={label} />
      {children}
    </div>
  );
}

function describedBy(form: FormState, name: string, hint?: string): string | undefined {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : "", form.errors[name] ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField(props: FieldProps & { type?: string; autocomplete?: string; width?: "short" | "full" }) {
  const { form, name, type = "text", autocomplete, hint } = props;
  return (
    <FieldShell {...props}>
      <input
        class={props.width === "short" ? "input input--short" : "input"}
        id={fieldId(name)}
        name={name}
        type={type}
        value={type === "password" ? "" : form.values[name] ?? ""}
        autocomplete={autocomplete}
        aria-describedby={describedBy(form, name, hint)}
        aria-invalid={form.errors[name] ? "true" : undefined}
      />
    </FieldShell>
  );
}

/**
 * A date: typed as dd/mm/yyyy (or picked, where `type` is "date"); the hint always shows the
 * format, after the field's own hint if it has one. Read with fields.date().
 */
export function DateField(props: FieldProps & { type?: "text" | "date" }) {
  const { v, hint } = props;
  const format = v.t("common.date_hint");
  return <TextField {...props} type={props.type ?? "text"} width="short" hint={hint ? `${hint}. ${format}` : format} />;
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { form, name, options, placeholder, hint } = props;
  const selected = form.values[name] ?? "";
  return (
    <FieldShell {...props}>
      <select
        class="select"
        id={fieldId(name)}
        name={name}
        aria-describedby={describedBy(form, name, hint)}
        aria-invalid={form.errors[name] ? "true" : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option value={o.value} selected={o.value === selected}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** One choice among a few, as radio buttons in a fieldset (the first carries the field's id). */
export function RadioField(props: FieldProps & { options: { value: string; label: string; hint?: string }[] }) {
  const { v, form, name, label, hint, options } = props;
  const error = form.errors[name];
  const id = fieldId(name);
  return (
    <div class={error ? "field field--error" : "field"}>
      <fieldset class="fieldset" aria-describedby={describedBy(form, name, hint)}>
        <legend>{label}</legend>
        {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
        <FieldError v={v} form={form} name={name} label={label} />
        {options.map((o, i) => (
          <div class="radio">
            <input type="radio" id={i === 0 ? id : `${id}-${i}`} name={name} value={o.value} checked={form.values[name] === o.value} />
            <label for={i === 0 ? id : `${id}-${i}`}>
              {o.label}
              {o.hint ? <span class="hint"> {o.hint}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function Notice({ children }: { children: Child }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}

/** A button that POSTs (sign out, revoke): a real form, so it works without JavaScript. */
export function PostButton({ v, action, label, secondary }: { v: View; action: string; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf v={v} />
      <button type="submit" class={secondary ? "button button--secondary" : "button"}>
        {label}
      </button>
    </form>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { form, name, hint, rows = 6 } = props;
  return (
    <FieldShell {...props}>
      <textarea
        class="textarea"
        id={fieldId(name)}
        name={name}
        rows={rows}
        aria-describedby={describedBy(form, name, hint)}
        aria-invalid={form.errors[name] ? "true" : undefined}
      >
        {form.values[name] ?? ""}
      </textarea>
    </FieldShell>
  );
}
