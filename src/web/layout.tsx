import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { PostButton } from "./components";
import type { View } from "./view";
import type { Permission } from "../domain/access/roles";
import { councilPolicy } from "../features/council/policy";

const within = (path: string, href: string) => path === href || (href !== "/" && path.startsWith(href + "/"));

/** A link of the main menu; `nested`: sections under it with their own link, current instead of it there. */
function NavLink({ v, href, label, nested = [] }: { v: View; href: string; label: string; nested?: string[] }) {
  const current = within(v.path, href) && !nested.some((n) => within(v.path, n));
  return (
    <li>
      <a href={href} aria-current={current ? "page" : undefined}>
        {label}
      </a>
    </li>
  );
}

/** `robots`: "noindex" on public pages that search engines must not list (the verification page). */
export function Layout({ v, title, children, robots }: { v: View; title: string; children: Child; robots?: string }) {
  const { t, actor } = v;
  const canSee = (p: Permission) => (actor?.scopes(p).length ?? 0) > 0;
  const otherLang = v.lang === "vi" ? "en" : "vi";
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={v.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {robots ? <meta name="robots" content={robots} /> : null}
          <title>{`${title} – ${t("app.name")}`}</title>
          <link rel="stylesheet" href="/static/app.css" />
          <script src="/static/app.js" defer></script>
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t("nav.skip")}
          </a>
          <header class="header">
            <div class="container header__inner">
              <a class="header__brand" href="/">
                {t("app.name")}
                <span class="header__tagline">{t("app.tagline")}</span>
              </a>
              {actor?.user ? (
                <nav aria-label={t("nav.main")}>
                  <ul class="nav">
                    <NavLink v={v} href="/" label={t("nav.home")} />
                    <NavLink v={v} href="/units" label={t("nav.units")} />
                    <NavLink v={v} href="/people" label={t("nav.people")} />
                    {actor ? <NavLink v={v} href="/documents" label={t("nav.documents")} /> : null}
                    {actor ? <NavLink v={v} href="/movements" label={t("nav.movements")} /> : null}
                    {actor ? <NavLink v={v} href="/tasks" label={t("nav.tasks")} /> : null}
                    {actor ? <NavLink v={v} href="/awards" label={t("nav.awards")} /> : null}
                    {canSee("nomination.view") || canSee("nomination.screen") ? <NavLink v={v} href="/nominations" label={t("nav.nominations")} /> : null}
                    {canSee("disclosure.manage") ? <NavLink v={v} href="/disclosures" label={t("nav.disclosures")} /> : null}
                    {canSee("proposal.view") || canSee("proposal.review") ? <NavLink v={v} href="/proposals" label={t("nav.proposals")} /> : null}
                    {councilPolicy.viewSomewhere(actor) ? <NavLink v={v} href="/council" label={t("nav.council")} nested={["/council/sessions"]} /> : null}
                    {councilPolicy.viewSomewhere(actor) || actor?.councilSeat ? <NavLink v={v} href="/council/sessions" label={t("nav.council_sessions")} /> : null}
                    {canSee("decision.draft") || canSee("decision.pay") ? <NavLink v={v} href="/decisions" label={t("nav.decisions")} /> : null}
                    <NavLink v={v} href="/catalogue" label={t("nav.catalogue")} />
                    {canSee("account.view") ? <NavLink v={v} href="/users" label={t("nav.users")} /> : null}
                    {canSee("audit.view") ? <NavLink v={v} href="/audit" label={t("nav.audit")} /> : null}
                    <NavLink v={v} href="/account" label={t("nav.account")} />
                    <li>
                      <PostButton v={v} action="/sign-out" label={t("nav.sign_out")} secondary />
                    </li>
                  </ul>
                </nav>
              ) : null}
            </div>
          </header>
          <main id="main" class="container main" tabindex={-1}>
            {children}
          </main>
          <footer class="footer">
            <div class="container">
              <a href={v.otherLanguageHref} lang={otherLang} hreflang={otherLang}>
                {t("lang.switch")}
              </a>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

/** A simple page with a heading and a paragraph: errors, confirmations. */
export function MessagePage({ v, title, body, children }: { v: View; title: string; body: string; children?: Child }) {
  return (
    <Layout v={v} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </Layout>
  );
}
