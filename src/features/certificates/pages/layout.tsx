// The unit's certificate layout: the mode, the background image (a file form), the calibration
// offsets and the fields' places, for every form or for one form; and the calibration page.
import { Csrf, ErrorSummary, Notice, RadioField, SelectField, TextField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";
import { FIELDS } from "../../../domain/certificates/fields";
import type { getCertificateLayout } from "../get-certificate-layout";

type Data = Awaited<ReturnType<typeof getCertificateLayout>>;

export function LayoutPage({ v, data, form, notice }: { v: View; data: Data; form: FormState; notice?: string | undefined }) {
  const labels: Record<string, string> = {
    _form: "",
    mode: v.t("layout.mode"),
    formCode: v.t("layout.form"),
    background: v.t("layout.background"),
    offsetX: v.t("layout.offset_x"),
    offsetY: v.t("layout.offset_y"),
  };
  for (const f of FIELDS) {
    labels[`${f}X`] = `${v.t(`layout.field.${f}`)} – ${v.t("layout.x")}`;
    labels[`${f}Y`] = `${v.t(`layout.field.${f}`)} – ${v.t("layout.y")}`;
  }
  const action = `/certificates/layout?unit=${data.unit.id}${data.formCode ? `&form=${encodeURIComponent(data.formCode)}` : ""}`;
  const formOptions = [{ value: "", label: v.t("layout.form_all") }, ...data.forms.map((f) => ({ value: f.code, label: `${v.lang === "en" ? f.nameEn : f.name} (${f.code})` }))];
  return (
    <Layout v={v} title={v.t("layout.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("layout.title")}</h1>
      <p>{v.t("layout.unit")}: <strong>{data.unit.name}</strong></p>
      <p>{v.t("layout.intro")}</p>
      <form method="get" action="/certificates/layout" class="panel">
        <input type="hidden" name="unit" value={String(data.unit.id)} />
        <SelectField v={v} form={{ values: { form: data.formCode }, errors: {} }} name="form" label={v.t("layout.form")} options={formOptions} />
        <button class="button button--secondary" type="submit">{v.t("verify.submit")}</button>
      </form>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <form method="post" action={`${action}&_csrf=${encodeURIComponent(v.csrfToken)}`} enctype="multipart/form-data" class="panel" novalidate>
        <Csrf v={v} />
        <input type="hidden" name="unitId" value={String(data.unit.id)} />
        <input type="hidden" name="formCode" value={data.formCode} />
        <RadioField v={v} form={form} name="mode" label={labels.mode!} options={[{ value: "template", label: v.t("layout.mode_template") }, { value: "preprinted", label: v.t("layout.mode_preprinted") }]} />
        <p>{data.row?.backgroundSha256 ? v.t("layout.background_current") : v.t("layout.background_none")}</p>
        <div class="field">
          <label for="f-background">{labels.background}</label>
          <input class="input" id="f-background" type="file" name="background" accept="image/png,image/jpeg" />
        </div>
        {data.row?.backgroundSha256 ? (
          <div class="field">
            <label><input type="checkbox" name="removeBackground" value="1" /> {v.t("layout.remove_background")}</label>
          </div>
        ) : null}
        <TextField v={v} form={form} name="offsetX" label={labels.offsetX!} width="short" />
        <TextField v={v} form={form} name="offsetY" label={labels.offsetY!} width="short" />
        <fieldset>
          <legend>{v.t("layout.positions")}</legend>
          {FIELDS.map((f) => (
            <div>
              <p><strong>{v.t(`layout.field.${f}`)}</strong> <span class="muted">{v.t("layout.standard", { x: data.standard[f].x, y: data.standard[f].y })}</span></p>
              <TextField v={v} form={form} name={`${f}X`} label={labels[`${f}X`]!} width="short" />
              <TextField v={v} form={form} name={`${f}Y`} label={labels[`${f}Y`]!} width="short" />
            </div>
          ))}
        </fieldset>
        <button class="button" type="submit">{v.t("layout.save")}</button>
      </form>
      <p><a href={`/certificates/layout/calibration.pdf?unit=${data.unit.id}${data.formCode ? `&form=${encodeURIComponent(data.formCode)}` : ""}`}>{v.t("layout.calibration")}</a></p>
    </Layout>
  );
}
