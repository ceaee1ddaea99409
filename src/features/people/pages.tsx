import { ETHNICITIES } from "../../domain/registry/ethnicities";
import { Csrf, ErrorSummary, Notice, RadioField, SelectField, DateField, TextField } from "../../web/components";
import { Layout } from "../../web/layout";
import { DataTable, pageCount, Pagination } from "../../web/table";
import { emptyForm, type FormState, type View } from "../../web/view";
import type { getPerson } from "./get-person";
import type { listPeople } from "./list-people";

type PeopleList = Awaited<ReturnType<typeof listPeople>>;
type Profile = Awaited<ReturnType<typeof getPerson>>;

export function PeoplePage({ v, list, canCreate, notice }: { v: View; list: PeopleList; canCreate: boolean; notice?: string | undefined }) {
  return (
    <Layout v={v} title={v.t("people.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{list.unit ? v.t("people.title_of", { unit: list.unit.name }) : v.t("people.title")}</h1>
      <form method="get" action="/people" class="search-row" role="search">
        {list.unit ? <input type="hidden" name="unit" value={String(list.unit.id)} /> : null}
        <TextField v={v} form={emptyForm({ q: list.q })} name="q" label={v.t("people.search_label")} hint={v.t("people.search_hint")} />
        <button class="button button--secondary" type="submit">
          {v.t("setup.search_submit")}
        </button>
      </form>
      {canCreate ? (
        <p>
          <a class="button" href={`/people/new${list.unit ? `?unit=${list.unit.id}` : ""}`}>
            {v.t("people.add")}
          </a>{" "}
          <a class="button button--secondary" href={`/people/import${list.unit ? `?unit=${list.unit.id}` : ""}`}>
            {v.t("people.import")}
          </a>
        </p>
      ) : null}
      <p class="muted">{v.t(list.totalCapped ? "people.count_more" : "people.count", { n: list.total.toLocaleString(v.lang === "vi" ? "vi-VN" : "en-GB") })}</p>
      <DataTable
        rows={list.people}
        empty={v.t("people.none")}
        columns={[
          { header: v.t("field.full_name"), cell: (p) => <a href={`/people/${p.id}`}>{p.fullName}</a> },
          { header: v.t("field.unit"), cell: (p) => p.unitName },
        ]}
      />
      <Pagination v={v} path="/people" params={{ q: list.q, unit: list.unit?.id }} page={list.page} pages={pageCount(list.total, list.pageSize)} />
    </Layout>
  );
}

export function PersonPage({ v, profile, membershipForm, units, notice }: { v: View; profile: Profile; membershipForm: FormState; units: { id: number; name: string }[]; notice?: string | undefined }) {
  const { person } = profile;
  const labels = { unitId: v.t("field.unit"), position: v.t("field.position"), validFrom: v.t("field.valid_from"), validTo: v.t("field.valid_to") };
  const date = (d: string | null | undefined) => (d ? v.date(d) : "—");
  return (
    <Layout v={v} title={person.fullName}>
      <ErrorSummary v={v} errors={membershipForm.errors} labels={labels} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{person.fullName}</h1>
      <dl class="summary-list">
        <dt>{v.t("field.unit")}</dt>
        <dd>
          <a href={`/units/${person.unitId}`}>{person.unitName}</a>
        </dd>
        <dt>{v.t("field.gender")}</dt>
        <dd>{person.gender ? v.t(`gender.${person.gender}`) : "—"}</dd>
        <dt>{v.t("field.frontline")}</dt>
        <dd>{person.frontline ? v.t("common.yes") : v.t("common.no")}</dd>
        {profile.personal ? (
          <>
            <dt>{v.t("field.birth_date")}</dt>
            <dd>{date(person.birthDate)}</dd>
            <dt>{v.t("field.ethnicity")}</dt>
            <dd>{person.ethnicity ?? "—"}</dd>
            <dt>{v.t("field.phone")}</dt>
            <dd>{person.phone ?? "—"}</dd>
            <dt>{v.t("field.email")}</dt>
            <dd>{person.email ?? "—"}</dd>
            <dt>{v.t("field.address")}</dt>
            <dd>{person.address ?? "—"}</dd>
          </>
        ) : null}
      </dl>
      {!profile.personal ? <p class="muted">{v.t("people.personal_hidden")}</p> : null}

      <h2>{v.t("people.history")}</h2>
      <DataTable
        rows={profile.memberships}
        empty={v.t("common.none")}
        columns={[
          { header: v.t("field.unit"), cell: (m) => <a href={`/units/${m.unitId}`}>{m.unitName}</a> },
          { header: v.t("field.position"), cell: (m) => m.position ?? v.t("people.member") },
          { header: v.t("field.valid_from"), cell: (m) => date(m.validFrom) },
          { header: v.t("field.valid_to"), cell: (m) => date(m.validTo) },
        ]}
      />

      {profile.household ? (
        <>
          <h2>{v.t("people.household")}</h2>
          <ul>
            {profile.household.members.map((m) => (
              <li>
                {m.id === person.id ? <strong aria-current="page">{m.fullName}</strong> : <a href={`/people/${m.id}`}>{m.fullName}</a>}
                {m.householdRole ? ` – ${m.householdRole}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {profile.canManage && units.length > 0 ? (
        <>
          <h2>{v.t("people.add_membership")}</h2>
          <form method="post" action={`/people/${person.id}/memberships`} novalidate>
            <Csrf v={v} />
            <SelectField v={v} form={membershipForm} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
            <TextField v={v} form={membershipForm} name="position" label={labels.position} hint={v.t("people.position_hint")} />
            <DateField v={v} form={membershipForm} name="validFrom" label={labels.validFrom} />
            <DateField v={v} form={membershipForm} name="validTo" label={labels.validTo} />
            <button class="button" type="submit">
              {v.t("common.save")}
            </button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}

export function NewPersonPage({ v, form, units }: { v: View; form: FormState; units: { id: number; name: string }[] }) {
  const labels = {
    fullName: v.t("field.full_name"),
    unitId: v.t("field.unit"),
    gender: v.t("field.gender"),
    birthDate: v.t("field.birth_date"),
    ethnicity: v.t("field.ethnicity"),
    phone: v.t("field.phone"),
    email: v.t("field.email"),
    address: v.t("field.address"),
  };
  return (
    <Layout v={v} title={v.t("people.add")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <h1>{v.t("people.add")}</h1>
      <form method="post" action="/people/new" novalidate>
        <Csrf v={v} />
        <TextField v={v} form={form} name="fullName" label={labels.fullName} hint={v.t("people.name_hint")} />
        <SelectField v={v} form={form} name="unitId" label={labels.unitId} placeholder={v.t("common.choose")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <RadioField v={v} form={form} name="gender" label={labels.gender} options={[{ value: "male", label: v.t("gender.male") }, { value: "female", label: v.t("gender.female") }]} />
        <DateField v={v} form={form} name="birthDate" label={labels.birthDate} />
        <SelectField v={v} form={form} name="ethnicity" label={labels.ethnicity} placeholder={v.t("common.choose")} options={ETHNICITIES.map((e) => ({ value: e, label: e }))} />
        <div class="field">
          <div class="radio">
            <input type="checkbox" id="f-frontline" name="frontline" value="on" checked={form.values.frontline === "on"} />
            <label for="f-frontline">{v.t("field.frontline")}</label>
          </div>
        </div>
        <TextField v={v} form={form} name="phone" label={labels.phone} type="tel" width="short" />
        <TextField v={v} form={form} name="email" label={labels.email} type="email" />
        <TextField v={v} form={form} name="address" label={labels.address} />
        <button class="button" type="submit">
          {v.t("common.save")}
        </button>
      </form>
    </Layout>
  );
}
