// The start page after signing in: a welcome and the roles the person holds, unit by unit.
import { Notice } from "../../web/components";
import { Layout } from "../../web/layout";
import type { View } from "../../web/view";

export function HomePage({ v, unitNames, notice }: { v: View; unitNames: Map<number, string>; notice?: string | undefined }) {
  const actor = v.actor!;
  return (
    <Layout v={v} title={v.t("home.title")}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{v.t("home.welcome", { name: actor.user!.fullName })}</h1>
      <h2>{v.t("home.your_roles")}</h2>
      {actor.assignments.length === 0 ? (
        <p>{v.t("home.no_roles")}</p>
      ) : (
        <ul>
          {actor.assignments.map((a) => (
            <li>
              {v.t(`role.${a.role}`)} – <a href={`/units/${a.unitId}`}>{unitNames.get(a.unitId) ?? a.unitId}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
