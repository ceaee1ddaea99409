// Choosing the unit that launches a new movement.
import { SelectField } from "../../../web/components";
import { Layout } from "../../../web/layout";
import { emptyForm, type View } from "../../../web/view";

type Choice = { id: number; name: string };

/** Step one of a new movement when the actor manages several units: which unit launches it. */
export function ChooseUnitPage({ v, units }: { v: View; units: Choice[] }) {
  return (
    <Layout v={v} title={v.t("movements.new")}>
      <p><a href="/movements">{v.t("common.back")}</a></p>
      <h1>{v.t("movements.new")}</h1>
      {units.length === 0 ? (
        <p>{v.t("movements.no_launching_unit")}</p>
      ) : (
        <form method="get" action="/movements/new">
          <SelectField v={v} form={emptyForm({ unit: String(units[0]!.id) })} name="unit" label={v.t("movements.launching_unit")} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
          <button class="button" type="submit">{v.t("movements.continue")}</button>
        </form>
      )}
    </Layout>
  );
}
