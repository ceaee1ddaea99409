// The first run: the ward (picked from the official list, or typed) and its administrator.
import { TOP_KINDS } from "../../domain/access/unit-kinds";
import { Csrf, ErrorSummary, RadioField, SelectField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { emptyForm, type FormState, type View } from "../../web/view";
import type { CommuneChoice } from "../units/official-list";

export function SetupPage({ v, form, action, query, hits }: { v: View; form: FormState; action: string; query: string; hits: CommuneChoice[] }) {
  const labels = {
    officialCode: v.t("setup.pick_unit"),
    unitKind: v.t("field.unit_kind"),
    unitName: v.t("field.unit_name"),
    fullName: v.t("field.full_name"),
    email: v.t("field.email"),
    password: v.t("field.password"),
    passwordConfirm: v.t("field.password_confirm"),
  };
  const searchForm = emptyForm({ q: query });
  return (
    <Layout v={v} title={v.t("setup.title")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("setup.title")}</h1>
      <p class="lead">{v.t("setup.intro")}</p>
      <h2>{v.t("setup.unit_heading")}</h2>
      <form method="get" action={action} class="search-row" role="search">
        <TextField v={v} form={searchForm} name="q" label={v.t("setup.search_label")} hint={v.t("setup.search_hint")} />
        <button class="button button--secondary" type="submit">
          {v.t("setup.search_submit")}
        </button>
      </form>
      <form method="post" action={action} novalidate>
        <Csrf v={v} />
        <input type="hidden" name="q" value={query} />
        {hits.length > 0 ? (
          <RadioField
            v={v}
            form={form}
            name="officialCode"
            label={labels.officialCode}
            options={hits.map((h) => ({ value: h.code, label: `${h.name} — ${h.provinceName}`, hint: `(${h.code})` }))}
          />
        ) : query ? (
          <p>{v.t("setup.no_match", { q: query })}</p>
        ) : form.errors.officialCode ? (
          <p class="error-message" id="f-officialCode">
            {v.t("errors.choose_official_unit")}
          </p>
        ) : null}
        <details open={!!form.values.unitName || !!form.errors.unitKind}>
          <summary>{v.t("setup.not_listed")}</summary>
          <SelectField v={v} form={form} name="unitKind" label={labels.unitKind} placeholder={v.t("common.choose")} options={TOP_KINDS.map((k) => ({ value: k, label: v.t(`kind.${k}`) }))} />
          <TextField v={v} form={form} name="unitName" label={labels.unitName} hint={v.t("setup.unit_hint")} />
        </details>
        <h2>{v.t("setup.admin_heading")}</h2>
        <TextField v={v} form={form} name="fullName" label={labels.fullName} autocomplete="name" />
        <TextField v={v} form={form} name="email" label={labels.email} type="email" autocomplete="username" />
        <TextField v={v} form={form} name="password" label={labels.password} type="password" autocomplete="new-password" hint={v.t("hint.password")} />
        <TextField v={v} form={form} name="passwordConfirm" label={labels.passwordConfirm} type="password" autocomplete="new-password" />
        <button class="button" type="submit">
          {v.t("setup.submit")}
        </button>
      </form>
    </Layout>
  );
}
