import { Hono } from "hono";
import { TooManyAttempts } from "../../platform/errors";
import type { AppEnv, Ctx } from "../../web/context";
import { handleForm, readForm, requireUser } from "../../web/forms";
import { idFrom } from "../../web/params";
import { messagePage } from "../../web/respond";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { noticeOf } from "../../web/workflow";
import { disclosureCandidates } from "./candidates";
import { publishFormToInput } from "./disclosure-input";
import { getDisclosure } from "./get-disclosure";
import { listDisclosures } from "./list-disclosures";
import { moderateComment } from "./moderate-comment";
import { DisclosurePage } from "./pages/disclosure";
import { DisclosuresPage } from "./pages/list";
import { PublicDisclosurePage } from "./pages/public-disclosure";
import { PublicListPage } from "./pages/public-list";
import { PublishPage } from "./pages/publish-form";
import { postComment } from "./post-comment";
import { getPublicDisclosure, listPublicDisclosures } from "./public-disclosures";
import { publishDisclosure } from "./publish-disclosure";

export const disclosureRoutes = new Hono<AppEnv>();
for (const path of ["/disclosures", "/disclosures/*"]) disclosureRoutes.use(path, requireUser);

const db = (c: Ctx) => c.get("deps").database.db;
const actorOf = (c: Ctx) => c.get("actor")!;
const idOf = (c: Ctx) => idFrom(c.req.param("id"), "disclosure");

// ---- the standing member: publish, moderate, answer

disclosureRoutes.get("/disclosures", async (c) => {
  const list = await listDisclosures(actorOf(c), db(c), c.req.query());
  return c.html(<DisclosuresPage v={viewOf(c)} list={list} notice={noticeOf(c, { published: "disclosure.published" })} />);
});

async function showPublish(c: Ctx, unit: string | undefined, form: FormState, status: 200 | 422 = 200) {
  const choices = await disclosureCandidates(actorOf(c), db(c), unit ? idFrom(unit, "unit") : null);
  if (!unit && choices.governments.length === 1) return c.redirect(`/disclosures/new?unit=${choices.governments[0]!.id}`, 303);
  return c.html(<PublishPage v={viewOf(c)} choices={choices} form={form} />, status);
}

disclosureRoutes.get("/disclosures/new", (c) => showPublish(c, c.req.query("unit"), emptyForm()));
disclosureRoutes.post("/disclosures/new", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => publishDisclosure(actorOf(c), publishFormToInput(values), db(c)),
    (form) => showPublish(c, values.unitId || undefined, form, 422),
    (row) => c.redirect(`/disclosures/${row.id}?published=1`, 303),
  );
});

async function showDisclosure(c: Ctx, form?: { commentId: number; state: FormState }) {
  const data = await getDisclosure(actorOf(c), idOf(c), db(c));
  return c.html(<DisclosurePage v={viewOf(c)} data={data} form={form} notice={noticeOf(c, { published: "disclosure.published", moderated: "disclosure.moderated" })} />, form ? 422 : 200);
}

disclosureRoutes.get("/disclosures/:id{[0-9]+}", (c) => showDisclosure(c));
disclosureRoutes.post("/disclosures/:id{[0-9]+}/comments/:commentId{[0-9]+}", async (c) => {
  const values = await readForm(c);
  const commentId = idFrom(c.req.param("commentId"), "comment");
  return handleForm(
    values,
    () => moderateComment(actorOf(c), idOf(c), commentId, values, db(c)),
    (state) => showDisclosure(c, { commentId, state }),
    () => c.redirect(`/disclosures/${idOf(c)}?moderated=1`, 303),
  );
});

// ---- the public, with no sign-in (64 KB bodies, see body-limit.ts)

const unitOf = (c: Ctx) => idFrom(c.req.param("unitId"), "unit");
const disclosureOf = (c: Ctx) => idFrom(c.req.param("disclosureId"), "disclosure");

disclosureRoutes.get("/cong-khai/:unitId{[0-9]+}", async (c) => {
  const data = await listPublicDisclosures(db(c), unitOf(c));
  return c.html(<PublicListPage v={viewOf(c)} data={data} />);
});

async function showPublic(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const data = await getPublicDisclosure(db(c), unitOf(c), disclosureOf(c));
  return c.html(<PublicDisclosurePage v={viewOf(c)} data={data} form={form} notice={noticeOf(c, { sent: "disclosure.comment_received" })} />, status);
}

disclosureRoutes.get("/cong-khai/:unitId{[0-9]+}/:disclosureId{[0-9]+}", (c) => showPublic(c, emptyForm()));
disclosureRoutes.post("/cong-khai/:unitId{[0-9]+}/:disclosureId{[0-9]+}", async (c) => {
  const values = await readForm(c);
  const { config, database } = c.get("deps");
  try {
    return await handleForm(
      values,
      () => postComment(database, unitOf(c), disclosureOf(c), values, { ip: c.get("clientIp"), secret: config.sessionSecret }),
      (form) => showPublic(c, form, 422),
      () => c.redirect(`/cong-khai/${unitOf(c)}/${disclosureOf(c)}?sent=1`, 303),
    );
  } catch (err) {
    if (!(err instanceof TooManyAttempts)) throw err;
    c.header("Retry-After", String(err.retryAfterSeconds));
    return messagePage(c, 429, "disclosure.title", c.get("t")("disclosure.too_many", { minutes: Math.ceil(err.retryAfterSeconds / 60) }));
  }
});
