// Security by default: CSRF on every form, strict headers, escaped output,
// bounded request bodies, the API's token and error answers, the health check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUnit, apiTokenOf, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let token: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  token = await apiTokenOf(admin);
});
afterAll(() => t.close());

const api = (method: string, path: string, init: { body?: string; type?: string; lang?: string } = {}) =>
  t.app.request(`/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.type ? { "content-type": init.type } : {}),
      ...(init.lang ? { "accept-language": init.lang } : {}),
    },
    body: init.body,
  });

describe("pages", () => {
  it("start with a real doctype, not escaped text (standards mode)", async () => {
    const page = await admin.get("/");
    expect(page.text.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page.text).not.toContain("&lt;!DOCTYPE");
  });
});

describe("CSRF", () => {
  it("refuses a form posted without the token, and changes nothing", async () => {
    const res = await admin.post(`/units/${wardId}/new`, { kind: "school", name: "Trường giả mạo" }, { csrf: false });
    expect(res.status).toBe(403);
    expect(textOf(res.text)).toContain("Biểu mẫu đã hết hạn hoặc không hợp lệ");
    expect(textOf((await admin.get(`/units/${wardId}`)).text)).not.toContain("Trường giả mạo");
  });

  it("refuses a token from another browser", async () => {
    const other = t.client();
    await other.get("/sign-in");
    admin.csrf = other.csrf;
    const res = await admin.post(`/units/${wardId}/new`, { kind: "school", name: "Trường giả mạo" });
    expect(res.status).toBe(403);
    await admin.get("/account");
  });

  it("refuses a JSON call that rides on the session cookie without the token", async () => {
    const res = await admin.request(`/api/v1/units/${wardId}/children`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "school", name: "Trường qua cookie" }),
    });
    expect(res.status).toBe(403);
  });
});

describe("headers and escaping", () => {
  it("sends a strict Content-Security-Policy and the usual protections", async () => {
    const res = await admin.get("/");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const client = t.client();
    await client.get("/sign-in");
    const res = await client.request("/sign-in", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: client.csrf!, email: "quantri@camphu.gov.vn", password: "mat-khau-rat-dai-2024" }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("thidua_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure behind https (BASE_URL)
  });

  it("escapes what users type", async () => {
    const ward = { id: wardId, path: `/${wardId}/` };
    const evil = await addUnit(t, ward, `<script>alert("xss")</script> & "Tổ"`);
    const page = await admin.get(`/units/${evil.id}`);
    expect(page.text).not.toContain("<script>alert");
    expect(page.text).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; &amp; &quot;Tổ&quot;");
  });

  it("stores what users type in NFC, whatever form it arrives in", async () => {
    const decomposed = "Tổ dân phố Phú Lộc".normalize("NFD");
    await admin.get(`/units/${wardId}/new`);
    await admin.post(`/units/${wardId}/new`, { kind: "residential_group", name: decomposed });
    const res = await api("GET", "/units");
    const names = ((await res.json()) as { units: { name: string }[] }).units.map((u) => u.name);
    expect(names).toContain("Tổ dân phố Phú Lộc".normalize("NFC"));
    expect(names).not.toContain(decomposed);
  });
});

describe("request bodies", () => {
  it("refuses an oversized form before reading it all", async () => {
    await admin.get(`/units/${wardId}/new`);
    const res = await admin.post(`/units/${wardId}/new`, { kind: "school", name: "x".repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(textOf(res.text)).toContain("Dữ liệu gửi lên quá lớn");
  });

  it("refuses an upload whose declared size is over the limit without reading it", async () => {
    let pulled = 0;
    const huge = new ReadableStream({
      pull(controller) {
        pulled += 1;
        if (pulled > 2000) return controller.close(); // would be 2 GB at 1 MB a chunk
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const res = await t.app.request(`/api/v1/units/${wardId}/children`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "multipart/form-data; boundary=x", "content-length": String(2 * 1024 ** 3) },
      body: huge,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(30);
  });
});

describe("the API", () => {
  it("publishes an OpenAPI document listing its endpoints", async () => {
    const res = await t.app.request("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/units", "/units/{id}", "/units/{id}/children", "/users", "/invitations", "/audit", "/me"]));
    expect(doc.paths["/units/{id}/children"]!.post!.requestBody).toBeTruthy();
  });

  it("answers field errors in Vietnamese, or in English when asked", async () => {
    const vi = await api("POST", `/units/${wardId}/children`, { body: JSON.stringify({ name: "" }), type: "application/json" });
    expect(vi.status).toBe(422);
    const body = (await vi.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.name).toBe("Nhập tên");
    expect(body.error.fields.kind).toBe("Chọn loại đơn vị");
    const en = await api("POST", `/units/${wardId}/children`, { body: JSON.stringify({ name: "" }), type: "application/json", lang: "en" });
    expect(((await en.json()) as { error: { fields: Record<string, string> } }).error.fields.kind).toMatch(/unit/i);
  });

  it("answers malformed JSON with 422, not 500", async () => {
    const res = await api("POST", `/units/${wardId}/children`, { body: "{không phải json", type: "application/json" });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain("không phải JSON hợp lệ");
  });

  it("answers an id that is not a number with 404", async () => {
    expect((await api("GET", "/units/abc")).status).toBe(404);
    expect((await api("GET", "/units/99999999999999999999")).status).toBe(404);
  });

  it("stops working for a token once it is revoked", async () => {
    await admin.get("/account");
    const fresh = await apiTokenOf(admin, "Tạm");
    const ok = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${fresh}` } });
    expect(ok.status).toBe(200);
    const page = await admin.get("/account");
    const ids = [...page.text.matchAll(/\/account\/tokens\/(\d+)\/revoke/g)].map((m) => m[1]);
    await admin.post(`/account/tokens/${ids.at(-1)}/revoke`);
    expect((await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${fresh}` } })).status).toBe(401);
  });
});

describe("health", () => {
  it("answers 200 with the database status", async () => {
    const res = await t.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true, kind: t.deps.database.kind } });
  });
});
