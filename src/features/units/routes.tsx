import { Hono } from "hono";
import { UNIT_KINDS } from "../../domain/access/unit-kinds";
import { authorize } from "../../platform/errors";
import { Csrf, ErrorSummary, Notice, SelectField, TextField } from "../../web/components";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { Layout } from "../../web/layout";
import { DataTable, pageCount, Pagination } from "../../web/table";
import { idFrom } from "../../web/params";
import { emptyForm, viewOf, type FormState, type View } from "../../web/view";
import { createUnit } from "./create-unit";
import { findVisibleUnit } from "./find-visible-unit";
import { getUnit } from "./get-unit";
import { listUnits } from "./list-units";
import { searchUnits, type UnitHit } from "./search-units";
import { unitPolicy } from "./policy";

type UnitList = Awaited<ReturnType<typeof listUnits>>;
type UnitDetail = Awaited<ReturnType<typeof getUnit>>;

function UnitsPage({ v, list, query, hits }: { v: View; list: UnitList; query: string; hits: UnitHit[] | null }) {
  return (
    <Layout v={v} title={v.t("units.title")}>
      <h1>{v.t("units.title")}</h1>
      <form method="get" action="/units" class="search-row" role="search">
        <TextField
          v={v}
          form={query.length === 1 ? { values: { q: query }, errors: { q: { key: "errors.search_short" } } } : emptyForm({ q: query })}
          name="q"
          label={v.t("units.search_label")}
          hint={v.t("setup.search_hint")}
        />
        <button class="button button--secondary" type="submit">
          {v.t("setup.search_submit")}
        </button>
      </form>
      {hits ? (
        <>
          <h2>{v.t("units.search_results", { n: hits.length, q: query })}</h2>
          {hits.length > 0 ? (
            <ul>
              {hits.map((h) => (
                <li>
                  <a href={`/units/${h.id}`}>{h.name}</a>
                  {h.parentName ? <span class="muted"> — {h.parentName}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <DataTable
        rows={list.units}
        empty={v.t("units.none")}
        columns={[
          { header: v.t("units.col_name"), cell: (u) => <a href={`/units/${u.id}`}>{u.name}</a>, class: (u) => `depth-${Math.min(u.depth, 4)}` },
          { header: v.t("units.col_kind"), cell: (u) => v.t(`kind.${u.kind}`) },
          { header: v.t("units.col_code"), cell: (u) => u.code ?? "" },
        ]}
      />
      <Pagination v={v} path="/units" params={{ q: query }} page={list.page} pages={pageCount(list.total, list.pageSize)} />
    </Layout>
  );
}

function UnitPage({ v, detail, notice }: { v: View; detail: UnitDetail; notice?: string | undefined }) {
  const { unit, parent, children, members, predecessors, successors } = detail;
  return (
    <Layout v={v} title={unit.name}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{unit.name}</h1>
      <dl class="summary-list">
        <dt>{v.t("units.col_kind")}</dt>
        <dd>{v.t(`kind.${unit.kind}`)}</dd>
        {unit.code ? (
          <>
            <dt>{v.t("units.col_code")}</dt>
            <dd>{unit.code}</dd>
          </>
        ) : null}
        {unit.validTo ? (
          <>
            <dt>{v.t("units.valid_to")}</dt>
            <dd>{v.date(unit.validTo)}</dd>
          </>
        ) : null}
        {successors.map((s) => (
          <>
            <dt>{v.t("units.merged_into")}</dt>
            <dd>
              <a href={`/units/${s.id}`}>{s.name}</a> ({v.date(s.effectiveOn)})
            </dd>
          </>
        ))}
        {predecessors.length > 0 ? (
          <>
            <dt>{v.t("units.replaced")}</dt>
            <dd>
              {predecessors.map((p, i) => (
                <>
                  {i > 0 ? ", " : ""}
                  <a href={`/units/${p.id}`}>{p.name}</a>
                </>
              ))}
            </dd>
          </>
        ) : null}
        <dt>{v.t("people.title")}</dt>
        <dd>
          <a href={`/people?unit=${unit.id}`}>{v.t("units.residents", { n: detail.residents })}</a>
        </dd>
        {parent ? (
          <>
            <dt>{v.t("units.parent")}</dt>
            <dd>
              <a href={`/units/${parent.id}`}>{parent.name}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{v.t("units.children")}</h2>
      {children.length === 0 ? (
        <p>{v.t("units.none")}</p>
      ) : (
        <ul>
          {children.map((ch) => (
            <li>
              <a href={`/units/${ch.id}`}>{ch.name}</a> <span class="muted">({v.t(`kind.${ch.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
      {detail.collectives.length > 0 ? (
        <>
          <h2>{v.t("units.collectives")}</h2>
          <ul>
            {detail.collectives.map((g) => (
              <li>
                {g.name}
                {g.memberCount ? <span class="muted"> ({v.t("units.member_count", { n: g.memberCount })})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {detail.canAddChild ? (
        <p>
          <a class="button button--secondary" href={`/units/${unit.id}/new`}>
            {v.t("units.add_child")}
          </a>
        </p>
      ) : null}
      {members ? (
        <>
          <h2>{v.t("units.members")}</h2>
          {members.length === 0 ? (
            <p>{v.t("common.none")}</p>
          ) : (
            <ul>
              {members.map((m) => (
                <li>
                  <a href={`/users/${m.userId}`}>{m.fullName}</a> – {v.t(`role.${m.role}`)}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Layout>
  );
}

function NewUnitPage({ v, parent, form }: { v: View; parent: { id: number; name: string }; form: FormState }) {
  const labels = { kind: v.t("field.unit_kind"), name: v.t("field.unit_name"), code: v.t("field.unit_code") };
  return (
    <Layout v={v} title={v.t("units.add_child")}>
      <ErrorSummary v={v} errors={form.errors} labels={labels} />
      <span class="muted">{parent.name}</span>
      <h1>{v.t("units.add_child")}</h1>
      <form method="post" action={`/units/${parent.id}/new`} novalidate>
        <Csrf v={v} />
        <SelectField v={v} form={form} name="kind" label={labels.kind} placeholder={v.t("common.choose")} options={UNIT_KINDS.map((k) => ({ value: k, label: v.t(`kind.${k}`) }))} />
        <TextField v={v} form={form} name="name" label={labels.name} />
        <TextField v={v} form={form} name="code" label={labels.code} hint={v.t("units.code_hint")} width="short" />
        <button class="button" type="submit">
          {v.t("units.add_submit")}
        </button>
      </form>
    </Layout>
  );
}

export const unitRoutes = new Hono<AppEnv>();
unitRoutes.use("/units", requireUser);
unitRoutes.use("/units/*", requireUser);

unitRoutes.get("/units", async (c) => {
  const page = Math.max(1, Number.parseInt(c.req.query("page") ?? "1", 10) || 1);
  const actor = c.get("actor")!;
  const { db } = c.get("deps").database;
  const query = c.req.query("q")?.trim() ?? "";
  const [list, hits] = await Promise.all([listUnits(actor, db, page), query.length >= 2 ? searchUnits(actor, db, { q: query, limit: 50 }) : null]);
  return c.html(<UnitsPage v={viewOf(c)} list={list} query={query} hits={hits} />);
});

unitRoutes.get("/units/:id", async (c) => {
  const detail = await getUnit(c.get("actor")!, c.get("deps").database.db, idFrom(c.req.param("id"), "unit"));
  const added = c.req.query("added");
  return c.html(<UnitPage v={viewOf(c)} detail={detail} notice={added ? c.get("t")("units.added", { name: added }) : undefined} />);
});

async function showNewUnit(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const actor = c.get("actor")!;
  const parent = await findVisibleUnit(actor, c.get("deps").database.db, idFrom(c.req.param("id"), "unit"));
  authorize(unitPolicy.createChild(actor, parent), "unit.create");
  return c.html(<NewUnitPage v={viewOf(c)} parent={parent} form={form} />, status);
}

unitRoutes.get("/units/:id/new", (c) => showNewUnit(c, emptyForm()));

unitRoutes.post("/units/:id/new", async (c) => {
  const values = await readForm(c);
  const parentId = idFrom(c.req.param("id"), "unit");
  return handleForm(
    values,
    () => createUnit(c.get("actor")!, parentId, values, c.get("deps").database.db),
    (form) => showNewUnit(c, form, 422),
    (unit) => c.redirect(`/units/${parentId}?added=${encodeURIComponent(unit.name)}`, 303),
  );
});
