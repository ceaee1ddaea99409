// Bad input gets a clear answer and loses nothing: every form and API endpoint,
// fed empty, malformed, oversized or hostile values, answers 4xx with a message in
// Vietnamese (English when chosen), never a 500, and writes no row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKUP_TABLES } from "../../src/features/backup/tables";
import { apiTokenOf, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let admin: WebClient;
let wardId: number;
let token: string;

/** Row counts of the tables a user's action may write (counters and sessions aside). */
async function counts() {
  const out: Record<string, number> = {};
  for (const { name } of BACKUP_TABLES) {
    if (name === "rate_limits" || name === "sessions" || name === "audit_head") continue;
    out[name] = Number((await t.deps.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`))[0]!.n);
  }
  return out;
}

const hostile: Record<string, string>[] = [
  {},
  { name: "", kind: "", email: "", fullName: "", unitId: "", role: "", password: "", passwordConfirm: "" },
  { name: "x".repeat(5000), kind: "không-có", email: "a@".repeat(200), fullName: "\u0000", unitId: "-1", role: "vua", password: "1", passwordConfirm: "2" },
  { unitId: "99999999999999999999", role: "admin", email: "x@y.vn", fullName: "Tên <b>đậm</b>", name: "\u0000\u0000", kind: "school" },
  { unitId: "abc", kind: "'; DROP TABLE units; --", email: "@", from: "2024-13-45", to: "hôm qua" },
];

beforeAll(async () => {
  t = await startTestApp();
  ({ admin, wardId } = await setUpWard(t));
  token = await apiTokenOf(admin);
});
afterAll(() => t.close());

describe("forms", () => {
  const forms = () => [
    "/sign-in",
    "/password/forgot",
    "/password/reset/khong-co",
    "/invitations/khong-co",
    "/setup/khong-co",
    "/account/tokens",
    "/users/invite",
    `/units/${wardId}/new`,
    `/units/abc/new`,
    `/users/1/roles/abc/revoke`,
  ];

  it("answer every hostile submission with 4xx and a message, and write nothing", async () => {
    const before = await counts();
    for (const path of forms()) {
      for (const form of hostile) {
        await admin.get("/account");
        const res = await admin.post(path, form);
        // A control character anywhere in a form is refused before any route reads it.
        if (Object.values(form).some((v) => v.includes("\u0000"))) {
          expect(res.status, `${path} ${JSON.stringify(form).slice(0, 80)}`).toBe(400);
          expect(textOf(res.text)).toContain("ký tự điều khiển không hợp lệ (U+0000)");
          continue;
        }
        // A well-formed address is always answered the same, whether or not it has an account.
        if (path === "/password/forgot" && form.email === "x@y.vn") {
          expect(textOf(res.text)).toContain("Nếu địa chỉ này có tài khoản");
          continue;
        }
        expect(res.status, `${path} ${JSON.stringify(form).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path} ${JSON.stringify(form).slice(0, 80)}`).toBeLessThan(500);
        expect(textOf(res.text).length).toBeGreaterThan(20);
        expect(res.text).not.toContain("<b>đậm</b>");
      }
    }
    expect(await counts()).toEqual(before);
  });

  it("speak English when English was chosen", async () => {
    await admin.get("/?lang=en");
    await admin.get(`/units/${wardId}/new`);
    const res = await admin.post(`/units/${wardId}/new`, { kind: "", name: "" });
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("There is a problem");
    await admin.get("/?lang=vi");
  });
});

describe("API endpoints", () => {
  const posts = () => ["/invitations", `/units/${wardId}/children`, "/units/abc/children"];
  const bodies = ["", "null", "[]", '"chuỗi"', "{", '{"name": 5, "kind": {}}', JSON.stringify({ name: "x".repeat(10_000), kind: "school" }), '{"email": ["a@b.vn"], "unitId": "1e999"}'];

  it("answer every malformed body with 4xx JSON and write nothing", async () => {
    const before = await counts();
    for (const path of posts()) {
      for (const body of bodies) {
        const res = await t.app.request(`/api/v1${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body });
        expect(res.status, `${path} ${body.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path} ${body.slice(0, 40)}`).toBeLessThan(500);
        const json = (await res.json()) as { error: { message: string } };
        expect(json.error.message.length).toBeGreaterThan(5);
      }
    }
    const wrongType = await t.app.request(`/api/v1/units/${wardId}/children`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" }, body: "kind=school" });
    expect(wrongType.status).toBe(422);
    expect(await counts()).toEqual(before);
  });

  it("answer bad query values with 422, not 500", async () => {
    const res = await t.app.request("/api/v1/audit?from=31-02-2024&before=abc", { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(422);
    const unknown = await t.app.request("/api/v1/khong-co", { headers: { authorization: `Bearer ${token}` } });
    expect(unknown.status).toBe(404);
  });
});
