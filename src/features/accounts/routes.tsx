import { accountPolicy } from "./policy";
import { Hono } from "hono";
import { NotFound, TooManyAttempts, ValidationError } from "../../platform/errors";
import type { AppEnv, Ctx } from "../../web/context";
import { clearSessionCookie, clientMeta, handleForm, readForm, requireUser, safeNext, setSessionCookie } from "../../web/forms";
import { idFrom } from "../../web/params";
import { noticeOf } from "../../web/workflow";
import { emptyForm, viewOf, type FormState } from "../../web/view";
import { acceptInvitation, findOpenInvitation } from "./accept-invitation";
import { listApiTokens } from "./api-tokens";
import { changePassword } from "./change-password";
import { createApiToken } from "./create-api-token";
import { getUser } from "./get-user";
import { linkChoices } from "./link-choices";
import { linkPerson } from "./link-person";
import { personOfUser } from "./person-of-user";
import { inviteUser } from "./invite-user";
import { invitableUnits, listUsers } from "./list-users";
import { AcceptInvitationPage } from "./pages/accept-invitation";
import { AccountPage } from "./pages/account";
import { ForgotPasswordPage } from "./pages/forgot-password";
import { InvitePage } from "./pages/invite";
import { ResetPasswordPage } from "./pages/reset-password";
import { SignInPage } from "./pages/sign-in";
import { UserPage } from "./pages/user";
import { UsersPage } from "./pages/users";
import { requestPasswordReset } from "./request-password-reset";
import { findOpenReset, resetPassword } from "./reset-password";
import { revokeApiToken } from "./revoke-api-token";
import { revokeRole } from "./revoke-role";
import { endSession, listSessions } from "./sessions";
import { signIn } from "./sign-in";
import { signOutEverywhere } from "./sign-out-everywhere";
import { grantableRoles } from "../../domain/access/roles";
import { messagePage } from "../../web/respond";

const deps = (c: Ctx) => c.get("deps");

export const accountRoutes = new Hono<AppEnv>();

// ---- signing in and out -------------------------------------------------------

accountRoutes.get("/sign-in", (c) => {
  if (c.get("actor")?.user) return c.redirect(safeNext(c.req.query("next")), 303);
  return c.html(<SignInPage v={viewOf(c)} form={emptyForm()} next={safeNext(c.req.query("next"))} />);
});

accountRoutes.post("/sign-in", async (c) => {
  const values = await readForm(c);
  const next = safeNext(c.req.query("next"));
  const show = (form: FormState, status: 422 | 429 = 422) => c.html(<SignInPage v={viewOf(c)} form={form} next={next} />, status);
  try {
    return await handleForm(
      values,
      () => signIn(deps(c).database, values, clientMeta(c)),
      (form) => show(form),
      ({ token }) => {
        setSessionCookie(c, token);
        return c.redirect(next, 303);
      },
    );
  } catch (err) {
    if (!(err instanceof TooManyAttempts)) throw err;
    c.header("Retry-After", String(err.retryAfterSeconds));
    return show(lockedForm(values, err, "email"), 429);
  }
});

/** The form again, with the lock-out notice on the password's field. */
function lockedForm(values: Record<string, string>, err: TooManyAttempts, field: string): FormState {
  const minutes = Math.ceil(err.retryAfterSeconds / 60);
  const key = err.scope === "account" ? "signin.locked" : "signin.ip_limited";
  return { values, errors: { [field]: { key, params: { minutes } } } };
}

accountRoutes.post("/sign-out", async (c) => {
  const hash = c.get("sessionHash");
  if (hash) await endSession(deps(c).database.db, hash);
  clearSessionCookie(c);
  return c.redirect("/sign-in", 303);
});

// ---- password reset ---------------------------------------------------------

accountRoutes.get("/password/forgot", (c) => c.html(<ForgotPasswordPage v={viewOf(c)} form={emptyForm()} sent={false} />));

accountRoutes.post("/password/forgot", async (c) => {
  const values = await readForm(c);
  const { config, database, jobs } = deps(c);
  return handleForm(
    values,
    () => requestPasswordReset(database, values, { ip: c.get("clientIp"), baseUrl: config.baseUrl, lang: c.get("lang") }),
    (form) => c.html(<ForgotPasswordPage v={viewOf(c)} form={form} sent={false} />, 422),
    () => {
      jobs.kick();
      return c.html(<ForgotPasswordPage v={viewOf(c)} form={emptyForm()} sent />);
    },
  );
});

const resetInvalid = (c: Ctx) => messagePage(c, 404, "reset.title", c.get("t")("reset.invalid"));

accountRoutes.get("/password/reset/:token", async (c) => {
  const token = c.req.param("token");
  try {
    await findOpenReset(deps(c).database.db, token);
  } catch {
    return resetInvalid(c);
  }
  return c.html(<ResetPasswordPage v={viewOf(c)} form={emptyForm()} action={`/password/reset/${encodeURIComponent(token)}`} />);
});

accountRoutes.post("/password/reset/:token", async (c) => {
  const token = c.req.param("token");
  const values = await readForm(c);
  try {
    return await handleForm(
      values,
      () => resetPassword(deps(c).database.db, token, values, clientMeta(c)),
      (form) => c.html(<ResetPasswordPage v={viewOf(c)} form={form} action={`/password/reset/${encodeURIComponent(token)}`} />, 422),
      ({ sessionToken }) => {
        setSessionCookie(c, sessionToken);
        return c.redirect("/?reset=1", 303);
      },
    );
  } catch (err) {
    if (err instanceof NotFound) return resetInvalid(c);
    throw err;
  }
});

// ---- invitations --------------------------------------------------------------

const invitationInvalid = (c: Ctx) => messagePage(c, 404, "invitation.title", c.get("t")("invitation.invalid"));

async function showInvitation(c: Ctx, token: string, form: FormState | null, status: 200 | 422 | 429 = 200) {
  const v = viewOf(c);
  let found;
  try {
    found = await findOpenInvitation(deps(c).database.db, token);
  } catch {
    return invitationInvalid(c);
  }
  const { invitation, unitName, inviter, hasAccount } = found;
  return c.html(
    <AcceptInvitationPage
      v={v}
      hasAccount={hasAccount}
      form={form ?? emptyForm({ fullName: invitation.fullName })}
      action={`/invitations/${encodeURIComponent(token)}`}
      inviter={inviter ?? "Thi Đua"}
      role={v.t(`role.${invitation.role}`)}
      unit={unitName}
      email={invitation.email}
    />,
    status,
  );
}

accountRoutes.get("/invitations/:token", (c) => showInvitation(c, c.req.param("token"), null));

accountRoutes.post("/invitations/:token", async (c) => {
  const token = c.req.param("token");
  const values = await readForm(c);
  try {
    return await handleForm(
      values,
      () => acceptInvitation(deps(c).database, token, values, clientMeta(c)),
      (form) => showInvitation(c, token, form, 422),
      ({ sessionToken }) => {
        setSessionCookie(c, sessionToken);
        return c.redirect("/", 303);
      },
    );
  } catch (err) {
    if (err instanceof NotFound) return invitationInvalid(c);
    if (!(err instanceof TooManyAttempts)) throw err;
    c.header("Retry-After", String(err.retryAfterSeconds));
    return showInvitation(c, token, lockedForm(values, err, "currentPassword"), 429);
  }
});

// ---- my account ----------------------------------------------------------------

accountRoutes.use("/account", requireUser);
accountRoutes.use("/account/*", requireUser);

async function showAccount(c: Ctx, forms: { token?: FormState; password?: FormState } = {}, newToken?: string, status: 200 | 422 | 429 = 200) {
  const actor = c.get("actor")!;
  const { db } = deps(c).database;
  const current = c.get("sessionHash");
  const [sessions, tokens, person] = await Promise.all([listSessions(db, actor.id!), listApiTokens(db, actor.id!), personOfUser(db, actor.id!)]);
  const data = {
    sessions: sessions.map((s) => ({ current: s.tokenHash === current, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, userAgent: s.userAgent })),
    tokens,
    newToken,
    person,
  };
  const changed = c.req.query("password") === "changed" ? c.get("t")("account.password_changed") : undefined;
  return c.html(<AccountPage v={viewOf(c)} data={data} tokenForm={forms.token ?? emptyForm()} passwordForm={forms.password ?? emptyForm()} notice={changed} />, status);
}

accountRoutes.get("/account", (c) => showAccount(c));

accountRoutes.post("/account/password", async (c) => {
  const values = await readForm(c);
  // Passwords are never sent back into the page; the checkbox is.
  const kept = { revokeTokens: values.revokeTokens ?? "" };
  try {
    return await handleForm(
      values,
      () => changePassword(deps(c).database, c.get("actor")!, values, { ...clientMeta(c), keepSession: c.get("sessionHash") }),
      (form) => showAccount(c, { password: { ...form, values: kept } }, undefined, 422),
      () => c.redirect("/account?password=changed", 303),
    );
  } catch (err) {
    if (!(err instanceof TooManyAttempts)) throw err;
    c.header("Retry-After", String(err.retryAfterSeconds));
    return showAccount(c, { password: lockedForm(kept, err, "currentPassword") }, undefined, 429);
  }
});

accountRoutes.post("/account/sign-out-everywhere", async (c) => {
  await signOutEverywhere(c.get("actor")!, await readForm(c), deps(c).database.db);
  clearSessionCookie(c);
  return c.redirect("/sign-in", 303);
});

accountRoutes.post("/account/tokens", async (c) => {
  const values = await readForm(c);
  return handleForm(
    values,
    () => createApiToken(c.get("actor")!, values, deps(c).database.db),
    (form) => showAccount(c, { token: form }, undefined, 422),
    ({ token }) => showAccount(c, {}, token),
  );
});

accountRoutes.post("/account/tokens/:id/revoke", async (c) => {
  await revokeApiToken(c.get("actor")!, idFrom(c.req.param("id"), "id"), deps(c).database.db);
  return c.redirect("/account", 303);
});

// ---- accounts of others ---------------------------------------------------------

accountRoutes.use("/users", requireUser);
accountRoutes.use("/users/*", requireUser);

async function showUsers(c: Ctx, notice?: { text: string; link?: string }) {
  const actor = c.get("actor")!;
  if (!accountPolicy.viewSomewhere(actor)) throw new NotFound("users");
  const { users, pending } = await listUsers(actor, deps(c).database.db);
  return c.html(<UsersPage v={viewOf(c)} data={{ users, pending, canInvite: accountPolicy.inviteSomewhere(actor), notice }} />);
}

accountRoutes.get("/users", (c) => showUsers(c));

async function showInvite(c: Ctx, form: FormState, status: 200 | 422 = 200) {
  const actor = c.get("actor")!;
  const units = await invitableUnits(actor, deps(c).database.db);
  if (units.length === 0) throw new NotFound("invite");
  const roles = [...new Set(units.flatMap((u) => grantableRoles(actor.assignments, u.path)))];
  return c.html(<InvitePage v={viewOf(c)} form={form} units={units} roles={roles} />, status);
}

accountRoutes.get("/users/invite", (c) => showInvite(c, emptyForm()));

accountRoutes.post("/users/invite", async (c) => {
  const values = await readForm(c);
  const { config, database, jobs } = deps(c);
  const t = c.get("t");
  return handleForm(
    values,
    () => inviteUser(c.get("actor")!, values, database.db, { baseUrl: config.baseUrl, lang: c.get("lang") }),
    (form) => showInvite(c, form, 422),
    (result) => {
      jobs.kick();
      // Without a mail server the link is shown, so the inviter can pass it on by hand.
      return showUsers(c, { text: t("users.invited", { email: result.email }), ...(config.smtpUrl ? {} : { link: result.link }) });
    },
  );
});

async function showUser(c: Ctx, error?: string) {
  const actor = c.get("actor")!;
  const { db } = deps(c).database;
  const { user, roles } = await getUser(actor, db, idFrom(c.req.param("id"), "id"));
  const link = await linkChoices(actor, db, user.id, c.req.query("person"));
  const notice = noticeOf(c, { revoked: "users.role_revoked", linked: "eligibility.linked", unlinked: "eligibility.unlinked" });
  return c.html(<UserPage v={viewOf(c)} user={user} roles={roles} notice={notice} error={error} link={link} />, error ? 422 : 200);
}

accountRoutes.get("/users/:id", (c) => showUser(c));

accountRoutes.post("/users/:id/person", async (c) => {
  const values = await readForm(c);
  const userId = idFrom(c.req.param("id"), "id");
  return handleForm(
    values,
    () => linkPerson(c.get("actor")!, userId, values, deps(c).database.db),
    (form) => showUser(c, Object.values(form.errors).map((e) => c.get("t")(e.key, e.params)).join(" ")),
    ({ person }) => c.redirect(`/users/${userId}?${person ? "linked" : "unlinked"}=1`, 303),
  );
});

accountRoutes.post("/users/:id/roles/:assignmentId/revoke", async (c) => {
  const userId = idFrom(c.req.param("id"), "id");
  const actor = c.get("actor")!;
  const { db } = deps(c).database;
  try {
    await revokeRole(actor, idFrom(c.req.param("assignmentId"), "assignmentId"), db);
  } catch (err) {
    if (err instanceof ValidationError) {
      const { user, roles } = await getUser(actor, db, userId);
      return c.html(<UserPage v={viewOf(c)} user={user} roles={roles} error={c.get("t")("errors.last_admin")} />, 422);
    }
    throw err;
  }
  return c.redirect(`/users/${userId}?revoked=1`, 303);
});

