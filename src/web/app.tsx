// The web application: middleware, pages and the JSON API over the same use cases.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { accountRoutes } from "../features/accounts/routes";
import { auditRoutes } from "../features/audit/routes";
import { awardRoutes } from "../features/awards/routes";
import { nominationRoutes } from "../features/nominations/routes";
import { councilMemberRoutes } from "../features/council/member-routes";
import { councilSessionRoutes } from "../features/council/routes";
import { bonusRoutes } from "../features/bonus/routes";
import { decisionRoutes } from "../features/decisions/routes";
import { councilMinutesRoutes } from "../features/council/minutes-routes";
import { proposalRoutes } from "../features/proposals/routes";
import { relativesRoutes } from "../features/relatives/routes";
import { fairnessRoutes } from "../features/fairness/routes";
import { disclosureRoutes } from "../features/disclosure/routes";
import { catalogueRoutes } from "../features/catalogue/routes";
import { certificateRoutes } from "../features/certificates/routes";
import { directiveRoutes } from "../features/directives/routes";
import { documentRoutes } from "../features/documents/routes";
import { movementsRoutes } from "../features/movements/routes";
import { progressRoutes } from "../features/progress/routes";
import { tasksRoutes } from "../features/tasks/routes";
import { homeRoutes } from "../features/home/routes";
import { peopleRoutes } from "../features/people/routes";
import { eligibilityRoutes } from "../features/eligibility/routes";
import { setupRoutes } from "../features/setup/routes";
import { unitRoutes } from "../features/units/routes";
import { Forbidden, NotFound, TooManyAttempts, ValidationError } from "../platform/errors";
import { apiRoutes } from "./api";
import type { AppDeps, AppEnv, Ctx } from "./context";
import { bodyOverLimit, limitBody, tooLarge, UnreadableBody, unreadableBody } from "./body-limit";
import { authenticate, clientIp, csrf, language, sameOrigin, securityHeaders } from "./middleware";
import { ControlCharacter, controlCharacterAnswer, plainForm, plainQuery } from "./plain-text";
import { apiError, forbidden, isApi, messagePage, notFound } from "./respond";
import { serveStatic } from "./static-files";

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use(securityHeaders);
  app.get("/healthz", async (c) => {
    const started = performance.now();
    try {
      await deps.database.query("SELECT 1");
      return c.json({ status: "ok", database: { kind: deps.database.kind, ok: true, latencyMs: +(performance.now() - started).toFixed(2) } });
    } catch (err) {
      return c.json({ status: "error", database: { kind: deps.database.kind, ok: false, error: (err as Error).message } }, 503);
    }
  });
  serveStatic(app);
  app.use(clientIp, language, plainQuery);
  // Who is asking, from headers and cookies only; then, before any body is read: a post
  // from another site is refused, the body is bounded by the route and the sender (an
  // oversized one refused as it streams in), and the CSRF token is checked (a file form
  // carries it in its address). Ordinary form fields are then checked for control characters.
  app.use(authenticate, sameOrigin, limitBody, csrf, plainForm);

  app.route("/", setupRoutes);
  app.route("/", accountRoutes);
  app.route("/", homeRoutes);
  app.route("/", unitRoutes);
  app.route("/", peopleRoutes);
  app.route("/", eligibilityRoutes);
  app.route("/", auditRoutes);
  app.route("/", documentRoutes);
  app.route("/", directiveRoutes);
  app.route("/", movementsRoutes);
  app.route("/", progressRoutes);
  app.route("/", tasksRoutes);
  app.route("/", awardRoutes);
  app.route("/", nominationRoutes);
  app.route("/", fairnessRoutes);
  app.route("/", disclosureRoutes);
  app.route("/", catalogueRoutes);
  app.route("/", councilSessionRoutes);
  app.route("/", bonusRoutes);
  app.route("/", decisionRoutes);
  app.route("/", councilMinutesRoutes);
  app.route("/", proposalRoutes);
  app.route("/", councilMemberRoutes);
  app.route("/", relativesRoutes);
  app.route("/", certificateRoutes);
  app.route("/api/v1", apiRoutes);

  app.notFound((c) => notFound(c as Ctx));
  app.onError((err, c0) => {
    const c = c0 as Ctx;
    const limit = bodyOverLimit(c);
    if (limit !== undefined) return tooLarge(c, limit);
    if (err instanceof ControlCharacter) return controlCharacterAnswer(c, err.code);
    if (err instanceof UnreadableBody) return unreadableBody(c);
    if (err instanceof NotFound) return notFound(c);
    if (err instanceof Forbidden) return forbidden(c);
    if (err instanceof ValidationError) {
      const t = c.get("t");
      const first = Object.values(err.fields)[0];
      return isApi(c)
        ? apiError(c, 422, "invalid", t("errors.summary_title"), err.fields)
        : messagePage(c, 422, "errors.summary_title", first ? t(first.key, first.params) : "");
    }
    if (err instanceof TooManyAttempts) {
      c.header("Retry-After", String(err.retryAfterSeconds));
      const message = c.get("t")("errors.too_many", { minutes: Math.ceil(err.retryAfterSeconds / 60) });
      return isApi(c) ? apiError(c, 429, "too_many", message) : messagePage(c, 429, "errors.server_title", message);
    }
    if (err instanceof HTTPException) return err.getResponse();
    deps.log.error(`${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    const t = c.get("t") ?? ((k: string) => k);
    return isApi(c) ? apiError(c, 500, "server_error", t("errors.server_body")) : messagePage(c, 500, "errors.server_title", t("errors.server_body"));
  });
  return app;
}
