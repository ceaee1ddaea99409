// Open redirects: every redirect the app builds from what the visitor typed stays on this site.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await setUpWard(t);
});
afterAll(() => t.close());

const host = (location: string | null) => new URL(location!, "http://thidua.test/").host;

describe("redirects stay on this site", () => {
  it("switching language on a path that starts with two slashes", async () => {
    for (const path of ["//evil.example?lang=en", "//evil.example/?lang=vi", "/\\evil.example?lang=en", "/a/..//evil.example?lang=en"]) {
      const res = await t.client().get(path);
      expect(res.status).toBe(303);
      expect(host(res.location)).toBe("thidua.test");
    }
  });

  it("after signing in, whatever `next` holds", async () => {
    const targets = ["%2F%09%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", "%2F%0A%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%0D%0ALocation%3A%20http%3A%2F%2Fevil.example"];
    for (const next of targets) {
      const client = t.client();
      await client.get(`/sign-in?next=${next}`);
      const res = await client.request(`/sign-in?next=${next}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: client.csrf!, email: ADMIN.email, password: ADMIN.password }),
      });
      expect(res.status, next).toBe(303);
      expect(host(res.location), next).toBe("thidua.test");
      expect(res.location).not.toMatch(/[\r\n\t]/);
      // Signed in already: the sign-in page redirects at once, to this site too.
      const again = await client.get(`/sign-in?next=${next}`);
      expect(host(again.location), next).toBe("thidua.test");
    }
  });

  it("keeps a genuine next path", async () => {
    const client = t.client();
    await client.get("/sign-in?next=%2Fpeople%3Fq%3Dnguyen");
    const res = await client.request("/sign-in?next=%2Fpeople%3Fq%3Dnguyen", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: client.csrf!, email: ADMIN.email, password: ADMIN.password }),
    });
    expect(res.location).toBe("/people?q=nguyen");
  });
});
