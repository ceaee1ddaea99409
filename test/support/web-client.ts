// A browser-like client for in-process requests: keeps cookies, and sends the CSRF
// token of the last page it saw, as a browser submitting that page's form would. File
// forms carry their token in their address: postFile posts to the address the page gave.
import type { Hono } from "hono";

export interface Page {
  status: number;
  headers: Headers;
  text: string;
  location: string | null;
}

export class WebClient {
  private cookies = new Map<string, string>();
  csrf: string | undefined;
  /** The address of each file form seen, by its path: "/people/import" → "/people/import?_csrf=…". */
  private fileForms = new Map<string, string>();
  ip = "192.0.2.10";

  constructor(private readonly app: Hono<any>) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response): void {
    const session = this.cookies.get("thidua_session");
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    // Signed in, out or into another session: the forms of earlier pages no longer apply
    // (their tokens belong to the old session), as a browser would load a new page next.
    if (this.cookies.get("thidua_session") !== session) this.forget();
  }

  private forget(): void {
    this.csrf = undefined;
    this.fileForms.clear();
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Sets a cookie as another site or a test might plant it; a new session cookie forgets old forms. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
    if (name === "thidua_session") this.forget();
  }

  /** Loads a page with forms, as a browser shows one before anything is submitted. */
  private async refresh(): Promise<void> {
    await this.get("/");
    if (!this.csrf) await this.get("/sign-in");
  }

  async request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    headers.set("x-forwarded-for", this.ip);
    const res = await this.app.request(path, { ...init, headers, redirect: "manual" });
    this.remember(res);
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    for (const form of text.matchAll(/<form\b[^>]*>/g)) {
      if (!/enctype="multipart\/form-data"/.test(form[0])) continue;
      const action = /action="([^"]+)"/.exec(form[0])?.[1]?.replace(/&amp;/g, "&");
      if (action) this.fileForms.set(action.split("?")[0]!, action);
    }
    return { status: res.status, headers: res.headers, text, location: res.headers.get("location") };
  }

  get(path: string): Promise<Page> {
    return this.request(path);
  }

  /** Submits a form; fetches a page first if no CSRF token has been seen yet. */
  async post(path: string, form: Record<string, string> = {}, opts: { csrf?: boolean } = {}): Promise<Page> {
    if (opts.csrf !== false && !this.csrf) await this.refresh();
    const body = new URLSearchParams({ ...(opts.csrf === false ? {} : { _csrf: this.csrf! }), ...form });
    return this.request(path, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  }

  /**
   * Submits the file form whose address is `path`, as a browser does for <input type="file">:
   * to the address the page gave it (which carries the CSRF token). The page is loaded
   * first if the client has not seen that form.
   */
  async postFile(path: string, form: Record<string, string>, file: { field: string; name: string; bytes: Uint8Array; type?: string }): Promise<Page> {
    if (!this.fileForms.has(path)) await this.get(path);
    const action = this.fileForms.get(path);
    if (!action) throw new Error(`no file form posting to ${path} on the page`);
    const body = new FormData();
    for (const [k, v] of Object.entries(form)) body.set(k, v);
    body.set(file.field, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? "application/octet-stream" }), file.name);
    return this.request(action, { method: "POST", body });
  }

  async signIn(email: string, password: string): Promise<Page> {
    await this.get("/sign-in");
    return this.post("/sign-in", { email, password });
  }
}

/** The visible text of an HTML page, tags removed, for assertions on what a user reads. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
