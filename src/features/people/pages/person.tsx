// One person: who they are (personal details for those who may see them), their memberships and household.
import { Csrf, ErrorSummary, Notice, SelectField, DateField, TextField } from "../../../web/components";
import { birthText } from "../../../web/import-preview";
import { Layout } from "../../../web/layout";
import { DataTable } from "../../../web/table";
import type { FormState, View } from "../../../web/view";
import type { getPerson } from "../get-person";
import type { Facts } from "../../eligibility/get-facts";
import { FactsSection } from "../../eligibility/pages/facts-section";
import type { relativesForPersonPage } from "../../relatives/list-relatives";
import { RelativesSection } from "../../relatives/pages/relatives-section";

type Profile = Awaited<ReturnType<typeof getPerson>>;

export function PersonPage({ v, profile, membershipForm, units, notice, facts = null, relatives = null }: { v: View; profile: Profile; membershipForm: FormState; units: { id: number; name: string }[]; notice?: string | undefined; facts?: Facts | null; relatives?: Awaited<ReturnType<typeof relativesForPersonPage>> }) {
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
            <dd>{birthText(v, { birthDate: person.birthDate ?? null, birthYear: person.birthYear ?? null }) || "—"}</dd>
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
      <p><a href={`/people/${person.id}/awards`}>{v.t("awards.history_link")}</a>{profile.household ? <> · <a href={`/households/${profile.household.id}/awards`}>{v.t("awards.household_history_link")}</a></> : null}</p>

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

      <FactsSection v={v} facts={facts} />

      <RelativesSection v={v} relatives={relatives} />

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
