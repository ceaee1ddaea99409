// A browser-like client for in-process requests: keeps cookies, and sends the CSRF
// token of the last page it saw, as a browser submitting that page's form would.
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
  ip = "192.0.2.10";

  constructor(private readonly app: Hono<any>) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
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
    return { status: res.status, headers: res.headers, text, location: res.headers.get("location") };
  }

  get(path: string): Promise<Page> {
    return this.request(path);
  }

  /** Submits a form; fetches a page first if no CSRF token has been seen yet. */
  async post(path: string, form: Record<string, string> = {}, opts: { csrf?: boolean } = {}): Promise<Page> {
    if (opts.csrf !== false && !this.csrf) await this.get("/sign-in");
    const body = new URLSearchParams({ ...(opts.csrf === false ? {} : { _csrf: this.csrf! }), ...form });
    return this.request(path, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  }

  /** Submits a form with a file, as a browser does for <input type="file">. */
  async postFile(path: string, form: Record<string, string>, file: { field: string; name: string; bytes: Uint8Array; type?: string }): Promise<Page> {
    if (!this.csrf) await this.get("/sign-in");
    const body = new FormData();
    body.set("_csrf", this.csrf!);
    for (const [k, v] of Object.entries(form)) body.set(k, v);
    body.set(file.field, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? "application/octet-stream" }), file.name);
    return this.request(path, { method: "POST", body });
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
