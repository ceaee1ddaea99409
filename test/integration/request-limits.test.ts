// Junk costs nothing before we know who sends it: the session, the permission and the
// CSRF token are checked before a body is read, each route takes a body of its own size,
// a spreadsheet is measured before it is opened, the CSRF token belongs to the session,
// a cross-site post is refused, and odd input gets a 4xx with one plain sentence, not a 500.
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { criteria, units } from "../../src/db/schema";
import { insertMovement, SAMPLE_CRITERIA } from "../support/movements";
import { freePort } from "../support/pg-cluster";
import { startServerProcess, type ServerProcess } from "../support/processes";
import { apiTokenOf, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { textOf, type WebClient } from "../support/web-client";
import { deflateRepeated, SHEET_HEAD, SHEET_TAIL, xlsxParts, zip } from "../support/zip";

const MB = 1024 * 1024;
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

/** A body produced chunk by chunk only when the server asks for it; `sent` says how much it asked for. */
function lazyBody(totalMb: number, head = "") {
  const state = { sent: 0 };
  let first = true;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (first && head) {
          first = false;
          controller.enqueue(new TextEncoder().encode(head));
          return;
        }
        if (state.sent >= totalMb * MB) return controller.close();
        state.sent += MB;
        controller.enqueue(new Uint8Array(MB).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

const FILE_HEAD = `--b\r\nContent-Disposition: form-data; name="file"; filename="nguoi-dan.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;

function post(path: string, body: ReadableStream<Uint8Array> | string | FormData, headers: Record<string, string>) {
  return t.app.request(path, { method: "POST", headers: { "x-forwarded-for": "192.0.2.77", ...headers }, body, duplex: "half" } as RequestInit);
}

const cookieOf = (client: WebClient) => `thidua_session=${client.cookie("thidua_session")}`;
const unitCount = async () => (await t.deps.database.db.select({ n: count() }).from(units))[0]!.n;

/** Records what the app logs as errors (and what anything prints to the console's error stream). */
async function errorsLoggedBy(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const log = t.deps.log.error;
  const consoleError = console.error;
  t.deps.log.error = (m: string) => void logged.push(m);
  console.error = (...args: unknown[]) => void logged.push(args.join(" "));
  try {
    await run();
  } finally {
    t.deps.log.error = log;
    console.error = consoleError;
  }
  return logged;
}

describe("bodies are refused before they are read", () => {
  it("refuses a 50 MB multipart post to the sign-in page without reading it", async () => {
    const { stream, state } = lazyBody(50, FILE_HEAD);
    const started = Date.now();
    const res = await post("/sign-in", stream, { "content-type": "multipart/form-data; boundary=b" });
    expect([403, 413]).toContain(res.status);
    expect(state.sent).toBeLessThanOrEqual(2 * MB);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses an anonymous post whose declared length is over 64 KB at once", async () => {
    const { stream, state } = lazyBody(90, FILE_HEAD);
    const res = await post("/people/import", stream, { "content-type": "multipart/form-data; boundary=b", "content-length": String(90 * MB) });
    expect(res.status).toBe(413);
    expect(textOf(await res.text())).toContain("Dữ liệu gửi lên quá lớn (tối đa 64 KB)");
    expect(state.sent).toBeLessThanOrEqual(MB);
  });

  it("refuses an anonymous form over 64 KB while it streams in, and takes one of normal size", async () => {
    const visitor = t.client();
    await visitor.get("/sign-in");
    const big = await visitor.post("/sign-in", { email: "a@b.vn", password: "x".repeat(100 * 1024) });
    expect(big.status).toBe(413);
    const { stream, state } = lazyBody(50);
    const streamed = await post("/sign-in", stream, { "content-type": "application/x-www-form-urlencoded", cookie: `thidua_csrf=${visitor.cookie("thidua_csrf")}` });
    expect(streamed.status).toBe(413);
    expect(state.sent).toBeLessThanOrEqual(2 * MB);
    const normal = await visitor.post("/sign-in", { email: "khong-co@camphu.gov.vn", password: "sai-mat-khau-2024" });
    expect(normal.status).toBe(422);
  });

  it("answers a reporter's spreadsheet to the people import with 403 before reading it", async () => {
    const reporter = (await personWithRole(t, "reporter", wardId)).client;
    await reporter.get("/people");
    const { stream, state } = lazyBody(50, FILE_HEAD);
    const started = Date.now();
    const res = await post(`/people/import?_csrf=${encodeURIComponent(reporter.csrf!)}`, stream, { "content-type": "multipart/form-data; boundary=b", cookie: cookieOf(reporter) });
    expect(res.status).toBe(403);
    expect(textOf(await res.text())).toContain("Tài khoản của bạn không có quyền thực hiện việc này.");
    expect(state.sent).toBeLessThanOrEqual(2 * MB);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await reporter.get("/people/import")).status).toBe(403);
  });

  it("refuses a multipart post without the token in its address before reading it, even from an administrator", async () => {
    await admin.get("/people/import");
    const { stream, state } = lazyBody(50, FILE_HEAD);
    const res = await post("/people/import", stream, { "content-type": "multipart/form-data; boundary=b", cookie: cookieOf(admin) });
    expect(res.status).toBe(403);
    expect(textOf(await res.text())).toContain("Biểu mẫu đã hết hạn hoặc không hợp lệ");
    expect(state.sent).toBeLessThanOrEqual(2 * MB);
  });

  it("lets a signed-in user send files over 1 MB only to the upload routes", async () => {
    const chairman = (await personWithRole(t, "chairman", wardId)).client;
    const junk = { name: "tep.pdf", bytes: new Uint8Array(2 * MB).fill(0x61) };
    await admin.get("/people/import");
    const imported = await admin.postFile("/people/import", { unitId: String(wardId) }, { field: "file", ...junk, name: "tep.xlsx" });
    expect(imported.status).toBe(422);
    expect(textOf(imported.text)).toContain("Tệp phải là một trong các loại: .xlsx");
    await chairman.get("/directives");
    const directive = await chairman.postFile("/directives", { unitId: String(wardId), numberSymbol: "12/UBND", kind: "Công văn", issuer: "UBND tỉnh", issuedOn: "2024-03-01", summary: "Về việc thi đua" }, { field: "file", ...junk });
    expect(directive.status).toBe(422);
    expect(textOf(directive.text)).toContain("Tệp phải là một trong các loại: .pdf, .docx");
    // The progress routes read the 2 MB and answer what is wrong with the form: not 413.
    const { movement } = await insertMovement(t.deps.database.db, { unitId: wardId, participants: [wardId], criteria: SAMPLE_CRITERIA });
    const criterionId = (await t.deps.database.db.select().from(criteria)).find((c) => c.movementId === movement.id)!.id;
    const forms: [string, string][] = [
      [`/movements/${movement.id}/checkins/${wardId}`, `?criterion=${criterionId}`],
      [`/movements/${movement.id}/activities`, ""],
    ];
    for (const [route, page] of forms) {
      await chairman.get(route + page);
      const res = await chairman.postFile(route, {}, { field: "files", ...junk });
      expect(res.status, route).toBe(422);
    }
    // Nor to a movement the user does not report for: refused before the body is read.
    const { stream, state } = lazyBody(20, FILE_HEAD);
    const refused = await post(`/movements/${movement.id}/checkins/${wardId}?_csrf=${encodeURIComponent(admin.csrf!)}`, stream, { "content-type": "multipart/form-data; boundary=b", cookie: cookieOf(admin) });
    expect(refused.status).toBe(403);
    expect(state.sent).toBeLessThanOrEqual(2 * MB);
    // Anywhere else a signed-in form stops at 1 MB.
    const elsewhere = await post(`/units/${wardId}/new?_csrf=${encodeURIComponent(admin.csrf!)}`, formWithFile(junk), { cookie: cookieOf(admin) });
    expect(elsewhere.status).toBe(413);
    expect(textOf(await elsewhere.text())).toContain("tối đa 1 MB");
  });
});

function formWithFile(file: { name: string; bytes: Uint8Array }) {
  const form = new FormData();
  form.set("kind", "school");
  form.set("files", new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  return form;
}

describe("spreadsheets are measured before they are opened", () => {
  const upload = async (bytes: Uint8Array) => {
    await admin.get("/people/import");
    const started = Date.now();
    const res = await admin.postFile("/people/import", { unitId: String(wardId) }, { field: "file", name: "nguoi-dan.xlsx", bytes });
    return { ...res, ms: Date.now() - started };
  };

  it("refuses a small file that unpacks to hundreds of megabytes, naming the limit", async () => {
    const rows = await deflateRepeated(SHEET_HEAD, `<row><c t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row>`, 4_000_000, SHEET_TAIL);
    const bomb = zip(xlsxParts({ compressed: rows }));
    expect(bomb.length).toBeLessThan(2 * MB);
    expect(rows.size).toBeGreaterThan(200 * MB);
    const res = await upload(bomb);
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Bảng tính quá lớn khi giải nén: tối đa 50 MB");
    expect(res.ms).toBeLessThan(3000);
  });

  it("refuses a sheet whose rows × columns are over the budget, naming the limit", async () => {
    const far = zip(xlsxParts({ data: `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row><row r="200000"><c r="Z200000" t="inlineStr"><is><t>x</t></is></c></row>${SHEET_TAIL}` }));
    const res = await upload(far);
    expect(res.status).toBe(422);
    expect(textOf(res.text)).toContain("Bảng tính có quá nhiều ô: tối đa 600.000 ô");
    expect(res.ms).toBeLessThan(3000);
  });

  it("still reads an ordinary workbook", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Người");
    sheet.addRow(["Họ và tên", "Giới tính", "Ngày sinh"]);
    sheet.addRow(["Phạm Thị Hoa", "Nữ", "2/9/1985"]);
    const res = await upload(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(textOf(res.text)).toContain("Số người sẽ thêm 1");
  });
});

describe("the CSRF token belongs to the session", () => {
  const addSchool = (client: WebClient, name: string, csrf = client.csrf!, headers: Record<string, string> = {}) =>
    client.request(`/units/${wardId}/new`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ _csrf: csrf, kind: "school", name }),
    });

  it("refuses the token a browser had before signing in", async () => {
    const browser = t.client();
    await browser.get("/sign-in");
    const before = browser.csrf!;
    expect((await browser.signIn("quantri@camphu.gov.vn", "mat-khau-rat-dai-2024")).status).toBe(303);
    const units = await unitCount();
    expect((await addSchool(browser, "Trường cũ", before)).status).toBe(403);
    expect(await unitCount()).toBe(units);
    await browser.get(`/units/${wardId}/new`);
    expect(browser.csrf).not.toBe(before);
    expect((await addSchool(browser, "Trường Tiểu học Cam Phú 1")).status).toBe(303);
  });

  it("refuses a token from another session of the same user", async () => {
    const other = t.client();
    await other.signIn("quantri@camphu.gov.vn", "mat-khau-rat-dai-2024");
    await other.get("/account");
    await admin.get("/account");
    expect(other.csrf).not.toBe(admin.csrf);
    expect((await addSchool(admin, "Trường giả mạo", other.csrf!)).status).toBe(403);
  });

  it("refuses an anonymous token even with its cookie planted in a signed-in browser", async () => {
    const attacker = t.client();
    await attacker.get("/sign-in");
    admin.setCookie("thidua_csrf", attacker.cookie("thidua_csrf")!);
    expect((await addSchool(admin, "Trường giả mạo", attacker.csrf!)).status).toBe(403);
  });

  describe("and a cross-site post is refused even with a valid token", () => {
    it.each([
      ["Origin from another site", { origin: "https://ke-gian.example" }],
      ["Origin null", { origin: "null" }],
      ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
      ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
    ])("%s", async (_, headers) => {
      await admin.get(`/units/${wardId}/new`);
      const units = await unitCount();
      const res = await addSchool(admin, "Trường giả mạo", admin.csrf, headers);
      expect(res.status).toBe(403);
      expect(textOf(res.text)).toContain("gửi từ một trang web khác");
      expect(await unitCount()).toBe(units);
    });

    it("while its own origin, the request's host, and old clients without these headers are let through", async () => {
      const allowed: Record<string, string>[] = [{ origin: "http://thidua.test", "sec-fetch-site": "same-origin" }, { origin: "http://localhost" }, {}];
      for (const [i, headers] of allowed.entries()) {
        await admin.get(`/units/${wardId}/new`);
        expect((await addSchool(admin, `Trường Mầm non số ${i + 1}`, admin.csrf, headers)).status).toBe(303);
      }
    });

    it("refuses a cross-site sign-in, and exempts API calls with a bearer token (no cookies)", async () => {
      const visitor = t.client();
      await visitor.get("/sign-in");
      const res = await visitor.request("/sign-in", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://ke-gian.example" },
        body: new URLSearchParams({ _csrf: visitor.csrf!, email: "quantri@camphu.gov.vn", password: "mat-khau-rat-dai-2024" }),
      });
      expect(res.status).toBe(403);
      const api = await t.app.request(`/api/v1/units/${wardId}/children`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", origin: "https://ke-gian.example", "sec-fetch-site": "cross-site" },
        body: JSON.stringify({ kind: "school", name: "Trường qua API" }),
      });
      expect(api.status).toBe(201);
    });
  });
});

describe("odd requests get a 4xx, not a 500", () => {
  it("answers a missing static file with 404 and logs nothing", async () => {
    const logged = await errorsLoggedBy(async () => {
      for (const p of ["/static/nope.css", "/static/fonts/nope.woff2", "/static/%00"]) {
        const res = await t.app.request(p);
        expect(res.status, p).toBe(404);
        expect(textOf(await res.text())).toContain("Không tìm thấy");
      }
    });
    expect(logged).toEqual([]);
  });

  it("refuses a NUL or another control character in a search or filter with 400", async () => {
    const logged = await errorsLoggedBy(async () => {
      for (const p of ["/people?q=%00", "/units?q=%00", `/people?unit=${wardId}&q=Nguy%01n`, "/audit?action=%00"]) {
        const res = await admin.get(p);
        expect(res.status, p).toBe(400);
        expect(textOf(res.text)).toContain("ký tự điều khiển");
      }
      for (const p of ["/people?q=%00", "/units?q=%00"]) {
        const res = await t.app.request(`/api/v1${p}`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status, p).toBe(400);
        expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "bad_request", message: expect.stringContaining("ký tự điều khiển") });
      }
      expect((await admin.get("/people?q=Nguy%E1%BB%85n%09V%C4%83n")).status).toBe(200);
    });
    expect(logged).toEqual([]);
  });

  it("refuses a NUL in a form field, a file form's field and a JSON body with 400, and writes nothing", async () => {
    const units = await unitCount();
    const logged = await errorsLoggedBy(async () => {
      await admin.get(`/units/${wardId}/new`);
      const form = await admin.post(`/units/${wardId}/new`, { kind: "school", name: "Trường\u0000Cam Phú" });
      expect(form.status).toBe(400);
      expect(textOf(form.text)).toContain("ký tự điều khiển");
      const chairman = (await personWithRole(t, "chairman", wardId)).client;
      await chairman.get("/directives");
      const withFile = await chairman.postFile("/directives", { unitId: String(wardId), numberSymbol: "13/UBND", kind: "Công văn", issuer: "UBND\u0001tỉnh", issuedOn: "2024-03-01", summary: "Về việc thi đua" }, { field: "file", name: "a.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n") });
      expect(withFile.status).toBe(400);
      const api = await t.app.request(`/api/v1/units/${wardId}/children`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ kind: "school", name: "Trường\u0000" }),
      });
      expect(api.status).toBe(400);
      // Tabs and line breaks are ordinary text.
      await admin.get(`/units/${wardId}/new`);
      expect((await admin.post(`/units/${wardId}/new`, { kind: "school", name: "Trường\tTiểu học\r\nCam Phú 2" })).status).not.toBe(400);
    });
    expect(logged).toEqual([]);
    expect(await unitCount()).toBeLessThanOrEqual(units + 1);
  });
});

describe("the server process under large anonymous posts", () => {
  let server: ServerProcess;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "thidua-limits-"));
    const port = await freePort();
    server = await startServerProcess({ DATA_DIR: dir, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "error" });
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, "utf8"))![1]) / 1024;

  /** Streams `mb` megabytes, produced as they are written, until the server answers; what it sent and the answer. */
  function streamPost(route: string, type: string, mb: number, declare: boolean): Promise<{ status: number; sentMb: number }> {
    return new Promise((resolve) => {
      const req = http.request(`${server.url}${route}`, {
        method: "POST",
        headers: { "content-type": type, ...(declare ? { "content-length": String(mb * MB) } : {}) },
      });
      const chunk = Buffer.alloc(MB, 0x61);
      let sent = 0;
      let answered = false;
      req.on("response", (res) => {
        answered = true;
        res.resume();
        res.on("end", () => {
          resolve({ status: res.statusCode!, sentMb: sent / MB });
          req.destroy();
        });
      });
      req.on("error", () => {
        if (!answered) resolve({ status: 0, sentMb: sent / MB });
      });
      const pump = () => {
        while (!answered && sent < mb * MB) {
          sent += MB;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!answered) req.end();
      };
      pump();
    });
  }

  it("stays within 100 MB of its resting memory while eight 90 MB posts are refused", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${server.url}/sign-in`).then((r) => r.text());
    const resting = rssMb();
    let peak = resting;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
    const multipart = "multipart/form-data; boundary=b";
    const form = "application/x-www-form-urlencoded";
    const answers = await Promise.all([
      streamPost("/sign-in", multipart, 90, true),
      streamPost("/sign-in", multipart, 90, false),
      streamPost("/sign-in", form, 90, true),
      streamPost("/sign-in", form, 90, false),
      streamPost("/people/import", multipart, 90, true),
      streamPost("/people/import", multipart, 90, false),
      streamPost("/directives", multipart, 90, false),
      streamPost("/sign-in", multipart, 90, false),
    ]);
    clearInterval(sampler);
    peak = Math.max(peak, rssMb());
    for (const a of answers) {
      expect([403, 413]).toContain(a.status);
      expect(a.sentMb).toBeLessThan(45);
    }
    expect(peak - resting, `resting ${resting.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`).toBeLessThan(100);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
