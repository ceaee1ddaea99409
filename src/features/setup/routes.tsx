import { Hono } from "hono";
import { TOP_KINDS } from "../../domain/access/unit-kinds";
import { NotFound } from "../../platform/errors";
import { Csrf, ErrorSummary, RadioField, SelectField, TextField } from "../../web/components";
import { findOfficialCommune, searchOfficialCommunes } from "../units/official-list";
import type { AppEnv, Ctx } from "../../web/context";
import { clientMeta, handleForm, readForm, setSessionCookie } from "../../web/forms";
import { Layout } from "../../web/layout";
import { messagePage } from "../../web/respond";
import { emptyForm, viewOf, type FormState, type View } from "../../web/view";
import { createFirstAdmin } from "./create-first-admin";
import { hasAdministrator, isSetupToken } from "./setup-link";

function SetupPage({ v, form, action, query }: { v: View; form: FormState; action: string; query: string }) {
  const labels = {
    officialCode: v.t("setup.pick_unit"),
    unitKind: v.t("field.unit_kind"),
    unitName: v.t("field.unit_name"),
    fullName: v.t("field.full_name"),
    email: v.t("field.email"),
    password: v.t("field.password"),
    passwordConfirm: v.t("field.password_confirm"),
  };
  const hits = searchOfficialCommunes(query);
  const picked = form.values.officialCode ? findOfficialCommune(form.values.officialCode) : undefined;
  if (picked && !hits.some((h) => h.code === picked.code)) hits.unshift({ code: picked.code, name: picked.name, kind: picked.kind, provinceName: picked.province.name });
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

const invalid = (c: Ctx) => messagePage(c, 404, "setup.title", c.get("t")("setup.invalid_link"));

export const setupRoutes = new Hono<AppEnv>();

setupRoutes.get("/setup/:token", async (c) => {
  const { db } = c.get("deps").database;
  const token = c.req.param("token");
  if ((await hasAdministrator(db)) || !(await isSetupToken(db, token))) return invalid(c);
  return c.html(<SetupPage v={viewOf(c)} form={emptyForm()} action={`/setup/${encodeURIComponent(token)}`} query={c.req.query("q")?.trim() ?? ""} />);
});

setupRoutes.post("/setup/:token", async (c) => {
  const token = c.req.param("token");
  const values = await readForm(c);
  try {
    return await handleForm(
      values,
      () => createFirstAdmin(c.get("deps").database.db, token, values, clientMeta(c)),
      (form) => c.html(<SetupPage v={viewOf(c)} form={form} action={`/setup/${encodeURIComponent(token)}`} query={values.q ?? ""} />, 422),
      ({ sessionToken }) => {
        setSessionCookie(c, sessionToken);
        return c.redirect("/", 303);
      },
    );
  } catch (err) {
    if (err instanceof NotFound) return invalid(c);
    throw err;
  }
});
