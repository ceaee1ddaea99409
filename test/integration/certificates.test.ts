// Certificates: their PDF read back as text, the QR code decoded from the rendered page and
// followed to the public verification page; revocation shown there; unknown, altered and
// malformed codes answered plainly; guessing in bulk stopped; another unit's certificates not
// printed; the calibration offsets moving the fields; the ceremony in order of rank.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import jsQR from "jsqr";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificates, units } from "../../src/db/schema";
import { formatCertificateCode, readCertificateCode, ALPHABET } from "../../src/domain/certificates/code";
import { verifyCommand } from "../../src/features/certificates/cli";
import { printAwardCertificate } from "../../src/features/certificates/print-award-certificate";
import { printDecisionCertificates } from "../../src/features/certificates/print-decision-certificates";
import { printCalibrationPage } from "../../src/features/certificates/print-calibration-page";
import { ceremonyFile } from "../../src/features/certificates/get-ceremony";
import { VERIFY_LIMIT } from "../../src/features/certificates/verify-certificate";
import { loadActor, type Actor } from "../../src/platform/actor";
import { makeDecidedAwards, revokeForTest, type DecidedAwards } from "../support/decided-awards";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { startTestApp, type TestApp } from "../support/test-app";
import { pdfText } from "../support/pdf";
import { textOf, type WebClient } from "../support/web-client";

let t: TestApp;
let dir: string;
let wardId: number;
let otherWardId: number;
let decided: DecidedAwards;
let theirs: DecidedAwards;
let chairman: { client: WebClient; actor: Actor };
let otherChairman: WebClient;
let reporter: WebClient;
const db = () => t.deps.database.db;

/** The QR codes' text on each page, decoded from the page rendered at 150 dpi. */
async function qrOfPages(bytes: Uint8Array): Promise<(string | null)[]> {
  const file = path.join(dir, `q${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const prefix = file.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-r", "150", "-png", file, prefix]);
  const out: (string | null)[] = [];
  const pages = execFileSync("ls", [dir], { encoding: "utf8" }).split("\n").filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith(".png")).sort();
  for (const page of pages) {
    const { data, info } = await sharp(readFileSync(path.join(dir, page))).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    out.push(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null);
  }
  return out;
}

/** Words of the PDF with their boxes (pdftotext -bbox), in points. */
function wordBoxes(bytes: Uint8Array): { word: string; xMin: number; yMin: number }[] {
  const html = pdfText(bytes, ["-bbox"]);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ word: m[3]!, xMin: Number(m[1]), yMin: Number(m[2]) }));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-cert-"));
  t = await startTestApp();
  ({ wardId } = await setUpWard(t));
  const [ward] = await db().select().from(units).where(eq(units.id, wardId));
  const other = await addUnit(t, null, "Phường Ba Ngòi", "ward");
  otherWardId = other.id;
  const c = await personWithRole(t, "chairman", wardId, "Trần Văn Chủ");
  chairman = { client: c.client, actor: (await loadActor(db(), c.user.id))! };
  otherChairman = (await personWithRole(t, "chairman", otherWardId)).client;
  reporter = (await personWithRole(t, "reporter", wardId)).client;
  decided = await makeDecidedAwards(db(), { unitId: ward!.id, count: 3, formCodes: ["LDTT", "GK_XA", "CSTDCS"], issuedOn: "2024-12-20", kt: true });
  theirs = await makeDecidedAwards(db(), { unitId: otherWardId, count: 2, issuedOn: "2024-12-21" });
}, 60_000);
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the certificate", () => {
  it("prints the standard wording, the holder, the decision and the code, one page each in the ceremony's order", async () => {
    const file = await printDecisionCertificates(chairman.actor, decided.decision.id, db(), t.config.baseUrl);
    const text = pdfText(file.bytes).replace(/\s+/g, " ");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ");
    expect(text).toContain("TẶNG GIẤY KHEN");
    expect(text).toContain("CHỨNG NHẬN");
    expect(text).toContain(`Quyết định số ${decided.decision.numberSymbol} ngày 20 tháng 12 năm 2024`);
    expect(text).toContain("Cam Phú, ngày 20 tháng 12 năm 2024");
    expect(text).toContain("KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
    expect(text).toContain("Đã có thành tích xuất sắc trong phong trào thi đua năm 2024");
    expect(text).toContain('Đạt danh hiệu "Lao động tiên tiến" năm 2024');
    for (const a of decided.awards) {
      expect(text).toContain(a.recipientName);
      expect(text).toContain(formatCertificateCode(a.code));
    }
    // Highest rank first: Chiến sĩ thi đua cơ sở (40), the Giấy khen (25), Lao động tiên tiến (10).
    const [cstdcs, gk, ldtt] = [2, 1, 0].map((i) => decided.awards[i]!);
    const pages = pdfText(file.bytes).split("\f").filter((p) => p.trim());
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain(cstdcs!.recipientName);
    expect(pages[1]).toContain(gk!.recipientName);
    expect(pages[2]).toContain(ldtt!.recipientName);
  });

  it("carries a QR code, read from the rendered page, that opens the verification page of its holder", async () => {
    const award = decided.awards[1]!;
    const file = await printAwardCertificate(chairman.actor, award.id, db(), t.config.baseUrl);
    const [url] = await qrOfPages(file.bytes);
    expect(url).toBe(`http://thidua.test/verify/${formatCertificateCode(award.code)}`);
    const page = await t.client().get(new URL(url!).pathname);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<meta name="robots" content="noindex"/>');
    const text = textOf(page.text);
    expect(text).toContain(award.recipientName);
    expect(text).toContain(`Số ${decided.decision.numberSymbol} ngày 20 tháng 12 năm 2024`);
    expect(text).toContain("Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã");
    expect(text).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ");
    expect(text).toContain("Còn hiệu lực");
    // Nothing beyond what the decision made public: no achievement, no ids, no other award.
    expect(text).not.toContain("thành tích xuất sắc");
    expect(page.text).not.toContain(`/awards/${award.id}`);
    for (const other of decided.awards.filter((a) => a.id !== award.id)) expect(text).not.toContain(other.recipientName);
  });

  it("shows on the verification page, the API and the console that the award was revoked, and by which decision", async () => {
    const award = decided.awards[0]!;
    const { decision } = await revokeForTest(db(), award.id, { issuedOn: "2025-03-10" });
    const page = await t.client().get(`/verify/${formatCertificateCode(award.code).toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain(`Đã bị thu hồi theo Quyết định số ${decision.numberSymbol} ngày 10 tháng 3 năm 2025`);
    const api = await t.app.request(`/api/v1/certificates/verify/${award.code}`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { state: string; revocation: { numberSymbol: string } };
    expect(body.state).toBe("revoked");
    expect(body.revocation.numberSymbol).toBe(decision.numberSymbol);
    expect(Object.keys(body).sort()).toEqual(["code", "decision", "form", "holder", "issuer", "revocation", "state"]);
    const cli = await verifyCommand(t.deps.database, award.code);
    expect(cli.exitCode).toBe(0);
    // A revoked award's certificate is not printed again.
    await expect(printAwardCertificate(chairman.actor, award.id, db(), t.config.baseUrl)).rejects.toThrow();
    const batch = pdfText((await printDecisionCertificates(chairman.actor, decided.decision.id, db(), t.config.baseUrl)).bytes);
    expect(batch).not.toContain(award.recipientName);
  });
});

describe("codes that are not a certificate's", () => {
  const award = () => decided.awards[2]!;
  /** The same code with one character changed. */
  const altered = () => {
    const c = award().code;
    const ch = ALPHABET[(ALPHABET.indexOf(c[5]!) + 7) % 32]!;
    return c.slice(0, 5) + ch + c.slice(6);
  };
  /** A well-formed code (its check character right) that was never given. */
  const neverGiven = () => {
    const body = "7KQ2M9XD4HTRWB3N";
    return [...ALPHABET].map((ch) => body + ch).find((c) => readCertificateCode(c).ok)!;
  };

  it("answers an altered code 400 as mistyped, an unknown one 404, text that is no code 400, never 500", async () => {
    const client = t.client();
    client.ip = "198.51.100.20";
    const alteredPage = await client.get(`/verify/${altered()}`);
    expect(alteredPage.status).toBe(400);
    expect(textOf(alteredPage.text)).toContain("có ký tự bị gõ sai");
    const unknown = await client.get(`/verify/${formatCertificateCode(neverGiven())}`);
    expect(unknown.status).toBe(404);
    expect(textOf(unknown.text)).toContain(`Không có giấy khen, giấy chứng nhận nào mang mã ${formatCertificateCode(neverGiven())}`);
    for (const junk of ["abc", "%3Cscript%3E", "x".repeat(300), "UUUU-UUUU-UUUU-UUUUU"]) {
      const page = await client.get(`/verify/${junk}`);
      expect(page.status, junk).toBe(400);
      expect(page.text).not.toContain("<script>");
      expect(textOf(page.text)).toContain("không phải là một mã tra cứu");
    }
    const form = await client.get(`/verify?code=${encodeURIComponent(formatCertificateCode(award().code))}`);
    expect(form.status).toBe(303);
    expect(form.location).toBe(`/verify/${encodeURIComponent(formatCertificateCode(award().code))}`);
    expect((await client.get("/verify?code=")).status).toBe(400);
    const api = await t.app.request(`/api/v1/certificates/verify/${altered()}`, { headers: { "x-forwarded-for": "198.51.100.21" } });
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("mistyped_code");
    const apiUnknown = await t.app.request(`/api/v1/certificates/verify/${neverGiven()}`, { headers: { "x-forwarded-for": "198.51.100.21" } });
    expect(apiUnknown.status).toBe(404);
    expect((await verifyCommand(t.deps.database, altered())).exitCode).toBe(1);
    expect((await verifyCommand(t.deps.database, neverGiven())).exitCode).toBe(1);
  });

  it("stops a burst of guesses from one address with a plain 429, while other addresses go on", async () => {
    const guesser = t.client();
    guesser.ip = "203.0.113.66";
    const statuses: number[] = [];
    for (let i = 0; i < VERIFY_LIMIT.max + 5; i++) statuses.push((await guesser.get(`/verify/${neverGiven()}`)).status);
    expect(statuses.slice(0, VERIFY_LIMIT.max).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(VERIFY_LIMIT.max)).toEqual(Array(5).fill(429));
    const limited = await guesser.get(`/verify/${award().code}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(textOf(limited.text)).toContain("Bạn đã tra cứu quá nhiều lần");
    expect(textOf(limited.text)).not.toContain(award().recipientName);
    const api = await t.app.request(`/api/v1/certificates/verify/${award().code}`, { headers: { "x-forwarded-for": "203.0.113.66" } });
    expect(api.status).toBe(429);
    const someoneElse = t.client();
    someoneElse.ip = "203.0.113.67";
    expect((await someoneElse.get(`/verify/${award().code}`)).status).toBe(200);
  });

  it("lists the public endpoint in the OpenAPI document, with no token needed", async () => {
    const doc = (await (await t.app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    expect(doc.paths["/certificates/verify/{code}"]?.get?.security).toEqual([]);
    expect(doc.paths["/decisions/{id}/certificates"]?.get).toBeDefined();
  });
});

describe("who prints", () => {
  it("lets the ward's officials print, refuses its other roles, and hides another ward's certificates (404)", async () => {
    const mine = decided.awards[1]!;
    expect((await chairman.client.get(`/decisions/${decided.decision.id}/certificates`)).status).toBe(200);
    expect((await chairman.client.get(`/awards/${mine.id}/certificate.pdf`)).status).toBe(200);
    const culture = (await personWithRole(t, "culture_officer", wardId)).client;
    expect((await culture.get(`/decisions/${decided.decision.id}/certificates.pdf`)).status).toBe(200);
    expect((await reporter.get(`/decisions/${decided.decision.id}/certificates.pdf`)).status).toBe(403);
    for (const p of [`/decisions/${theirs.decision.id}/certificates`, `/decisions/${theirs.decision.id}/certificates.pdf`, `/awards/${theirs.awards[0]!.id}/certificate.pdf`, `/decisions/${theirs.decision.id}/ceremony`, `/decisions/${theirs.decision.id}/ceremony/name-cards.pdf`]) {
      const page = await chairman.client.get(p);
      expect(page.status, p).toBe(404);
      expect(page.text).not.toContain("Ba Ngòi");
      expect(page.text).not.toContain(theirs.awards[0]!.recipientName);
    }
    expect((await otherChairman.get(`/decisions/${decided.decision.id}/certificates.pdf`)).status).toBe(404);
    expect((await t.client().get(`/decisions/${decided.decision.id}/certificates`)).status).toBe(303);
  });
});

describe("printing onto pre-printed blanks", () => {
  it("prints only the variable fields, moved by the calibration offsets, and a calibration page", async () => {
    const award = decided.awards[1]!;
    const before = wordBoxes((await printAwardCertificate(chairman.actor, award.id, db(), t.config.baseUrl)).bytes);
    await chairman.client.get(`/certificates/layout?unit=${wardId}`);
    const saved = await chairman.client.post(`/certificates/layout?unit=${wardId}`, { unitId: String(wardId), formCode: "", mode: "preprinted", offsetX: "20", offsetY: "-5,5" });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const after = wordBoxes((await printAwardCertificate(chairman.actor, award.id, db(), t.config.baseUrl)).bytes);
    const given = award.recipientName.split(" ").at(-1)!;
    const b = before.find((w) => w.word === given)!;
    const a = after.find((w) => w.word === given)!;
    const mm = (pt: number) => (pt * 25.4) / 72;
    expect(mm(a.xMin - b.xMin)).toBeCloseTo(20, 0);
    expect(mm(a.yMin - b.yMin)).toBeCloseTo(-5.5, 0);
    expect(after.map((w) => w.word)).not.toContain("GIẤY"); // the blank has the wording printed already
    expect(before.map((w) => w.word)).toContain("GIẤY");
    const calibration = pdfText((await printCalibrationPage(chairman.actor, wardId, "", db())).bytes);
    expect(calibration).toContain("[holder]");
    expect(calibration).toContain("lệch ngang / x: 20 mm");
    const wrong = await chairman.client.post(`/certificates/layout?unit=${wardId}`, { unitId: String(wardId), formCode: "", mode: "preprinted", offsetX: "80", offsetY: "0" });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.text)).toContain("nhập số milimét từ -50 đến 50");
    const other = await chairman.client.post(`/certificates/layout?unit=${otherWardId}`, { unitId: String(otherWardId), mode: "template" });
    expect(other.status).toBe(404);
    // Back to the template for the other tests.
    await chairman.client.post(`/certificates/layout?unit=${wardId}`, { unitId: String(wardId), formCode: "", mode: "template", offsetX: "0", offsetY: "0" });
  });
});

describe("the template's background", () => {
  it("prints the certificate over the unit's uploaded image, and refuses a file that is not a PNG or JPEG", async () => {
    const png = await sharp({ create: { width: 297, height: 210, channels: 3, background: { r: 250, g: 230, b: 120 } } }).png().toBuffer();
    const fresh = (await personWithRole(t, "vice_chairman", wardId)).client;
    await fresh.get(`/certificates/layout?unit=${wardId}&form=GK_XA`);
    const saved = await fresh.postFile("/certificates/layout", { unitId: String(wardId), formCode: "GK_XA", mode: "template", offsetX: "0", offsetY: "0" }, { field: "background", name: "nen.png", bytes: png, type: "image/png" });
    expect(saved.status, textOf(saved.text).slice(0, 300)).toBe(303);
    const file = path.join(dir, "bg.pdf");
    writeFileSync(file, (await printAwardCertificate(chairman.actor, decided.awards[1]!.id, db(), t.config.baseUrl)).bytes);
    execFileSync("pdftoppm", ["-r", "20", "-png", "-singlefile", file, path.join(dir, "bg")]);
    const { data, info } = await sharp(readFileSync(path.join(dir, "bg.png"))).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(2, 2)).toEqual([250, 230, 120]);
    expect(pdfText((await printAwardCertificate(chairman.actor, decided.awards[1]!.id, db(), t.config.baseUrl)).bytes)).toContain("TẶNG GIẤY KHEN");
    const fake = await fresh.postFile("/certificates/layout", { unitId: String(wardId), formCode: "GK_XA", mode: "template" }, { field: "background", name: "nen.png", bytes: new TextEncoder().encode("%PDF-1.4 giả"), type: "image/png" });
    expect(fake.status).toBe(422);
  });
});

describe("the ceremony", () => {
  it("lists the awardees by rank, then by the decision's order, on its page, in its PDF and on the name cards", async () => {
    const ceremony = await makeDecidedAwards(db(), { unitId: wardId, count: 4, formCodes: ["LDTT", "GK_XA", "CSTDCS", "GK_XA"], issuedOn: "2024-12-22" });
    const [ldtt, gk1, cstdcs, gk2] = ceremony.awards;
    const expected = [cstdcs!, gk1!, gk2!, ldtt!].map((a) => a.recipientName);
    const page = textOf((await chairman.client.get(`/decisions/${ceremony.decision.id}/ceremony`)).text);
    const positions = expected.map((n) => page.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const api = (await (await t.app.request(`/api/v1/decisions/${ceremony.decision.id}/ceremony`, { headers: { authorization: `Bearer ${await tokenOf(chairman.client)}` } })).json()) as { list: { holder: string }[] };
    expect(api.list.map((r) => r.holder)).toEqual(expected);
    for (const kind of ["list", "name-cards"] as const) {
      const text = pdfText((await ceremonyFile(chairman.actor, ceremony.decision.id, kind, db())).bytes).replace(/\s+/g, " ");
      const at = expected.map((n) => text.indexOf(n));
      expect(at.every((p) => p >= 0), kind).toBe(true);
      expect([...at].sort((a, b) => a - b), kind).toEqual(at);
    }
    const batch = pdfText((await printDecisionCertificates(chairman.actor, ceremony.decision.id, db(), t.config.baseUrl)).bytes).split("\f");
    expect(expected.map((n) => batch.findIndex((p) => p.includes(n)))).toEqual([0, 1, 2, 3]);
  });
});

async function tokenOf(client: WebClient) {
  const { apiTokenOf } = await import("../support/seed");
  return apiTokenOf(client);
}

describe("codes given with the decision", () => {
  it("gives each award one code, never changed", async () => {
    const rows = await db().select().from(certificates).where(eq(certificates.awardId, decided.awards[1]!.id));
    expect(rows).toHaveLength(1);
    await expect(db().update(certificates).set({ code: "0000000000000000Z" }).where(eq(certificates.id, rows[0]!.id))).rejects.toThrow();
    await expect(db().delete(certificates).where(eq(certificates.id, rows[0]!.id))).rejects.toThrow();
  });
});
