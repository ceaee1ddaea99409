// The two renderers on real files: the .docx is read back by LibreOffice (as text and as
// PDF), the .pdf by poppler (pdftotext, pdfinfo). Both tools are required: CI installs
// them (scripts/test.sh), and a machine without them fails here rather than skipping.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAM_PHU_PLAN, CAM_PHU_PLAN_HEADER_EXAMPLE, longCamPhuPlan } from "../features/demo/cam-phu-plan";
import { composePlanDocument } from "./compose-plan";
import { renderDocx } from "./docx";
import type { OfficialDocument } from "./model";
import { renderPdf } from "./pdf";

const TOOLS = { soffice: "libreoffice-writer-nogui", pdftotext: "poppler-utils", pdfinfo: "poppler-utils" } as const;
const SLOW = 60_000;

let dir: string;

beforeAll(() => {
  for (const [tool, pkg] of Object.entries(TOOLS)) {
    const probe = spawnSync(tool, ["--version"], { stdio: "ignore" });
    if (probe.error) throw new Error(`${tool} is missing: install the Debian package ${pkg} (scripts/test.sh does) to run the document tests`);
  }
  dir = mkdtempSync(join(tmpdir(), "thidua-documents-"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const seed = () => composePlanDocument(CAM_PHU_PLAN, CAM_PHU_PLAN_HEADER_EXAMPLE);

function save(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** LibreOffice in headless mode, with its own profile so that parallel runs do not clash. */
function soffice(file: string, format: string): string {
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", format, "--outdir", dir, file], {
    stdio: "ignore",
    timeout: SLOW,
  });
  return join(dir, basename(file).replace(/\.docx$/, format.startsWith("txt") ? ".txt" : ".pdf"));
}

const docxText = (file: string) => readFileSync(soffice(file, "txt:Text (encoded):UTF8"), "utf8").normalize("NFC");
const pdfText = (file: string, ...args: string[]) => execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" }).normalize("NFC");
const pdfInfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });
const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(file))?.[1]);
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Each of `parts` appears in `text`, in this order. */
function expectInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

/** One file out of a .docx (a zip), read with zlib: stored or deflated entries, as docx writes them. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (entry === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} not in the zip`);
}

/** What follows the header, in reading order, in both formats. */
const SEED_BODY = [
  "KẾ HOẠCH",
  CAM_PHU_PLAN.summary,
  "Thực hiện công văn số 1240/UBND-NV",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "1. Mục đích",
  "- Thông qua phong trào thi đua",
  "II. NỘI DUNG KẾ HOẠCH",
  "5. Triển khai sâu rộng",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Thường trực Hội đồng Thi đua - Khen thưởng",
  "trước ngày 20/11/2024",
  "3. Công chức Văn hóa – Xã hội",
  "nội dung kế hoạch này./.",
  "Nơi nhận:",
  "- Phòng Nội vụ tp;",
  "- Lưu: VT, VP.",
  "TM. ỦY BAN NHÂN DÂN",
  "CHỦ TỊCH",
  "Đỗ Xuân Chiến",
];

describe("renderDocx", () => {
  it("writes the seed plan so that LibreOffice reads it back in order", { timeout: SLOW }, async () => {
    const file = save("plan.docx", await renderDocx(seed()));
    const text = flat(docxText(file));
    // The header is a two-column table: LibreOffice gives the left column, then the right.
    expectInOrder(text, ["UBND THÀNH PHỐ CAM RANH", "ỦY BAN NHÂN DÂN PHƯỜNG CAM PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expectInOrder(text, ["Số: 35/KH-UBND", "Cam Phú, ngày 21 tháng 3 năm 2024", ...SEED_BODY]);
    expect(text).not.toContain("DỰ THẢO");
    expect(text).not.toContain("**");
    const pdf = soffice(file, "pdf");
    expect(pages(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/);
  });

  it("sets A4, the Decree 30 margins, Times New Roman and a first page without a number", async () => {
    const zip = await renderDocx(seed());
    const xml = zipEntry(zip, "word/document.xml");
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toMatch(/w:right="85[01]"/);
    expect(xml).toContain("<w:titlePg/>");
    expect(zipEntry(zip, "word/styles.xml")).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    expect(xml).not.toContain("<w:numPr>");
    const props = zipEntry(zip, "docProps/core.xml");
    expect(props).toContain(`<dc:title>Kế hoạch ${CAM_PHU_PLAN.summary}</dc:title>`);
    expect(props).toContain("<dc:creator>UBND phường Cam Phú</dc:creator>");
  });

  it("puts the page number field in the header of the pages after the first", async () => {
    const zip = await renderDocx(seed());
    const headers = ["word/header1.xml", "word/header2.xml"].map((h) => zipEntry(zip, h));
    expect(headers.filter((h) => h.includes("PAGE"))).toHaveLength(1);
    const xml = zipEntry(zip, "word/document.xml");
    expect(xml).toMatch(/<w:headerReference w:type="first"/);
    expect(xml).toMatch(/<w:headerReference w:type="default"/);
  });

  it("marks a draft, and only a draft, with DỰ THẢO", async () => {
    const draft = zipEntry(await renderDocx({ ...seed(), draft: true }), "word/document.xml");
    const issued = zipEntry(await renderDocx(seed()), "word/document.xml");
    expect(draft).toContain("DỰ THẢO");
    expect(issued).not.toContain("DỰ THẢO");
  });

  it("writes every text in NFC", async () => {
    const decomposed = { ...seed(), signature: { ...seed().signature, signerName: "Đỗ Xuân Chiến".normalize("NFD") } };
    const xml = zipEntry(await renderDocx(decomposed), "word/document.xml");
    expect(xml).toContain("Đỗ Xuân Chiến");
    expect(xml).not.toContain("Đỗ Xuân Chiến".normalize("NFD"));
  });
});

describe("renderPdf", () => {
  it("writes the seed plan on A4 with the header, body and foot in order", { timeout: SLOW }, async () => {
    const file = save("plan.pdf", await renderPdf(seed()));
    expect(pdfInfo(file)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/);
    expect(pdfInfo(file)).toMatch(/^Title:\s+Kế hoạch Phát động phong trào/m);
    expect(pdfInfo(file)).toMatch(/^Author:\s+UBND phường Cam Phú/m);
    expect(pages(file)).toBeGreaterThanOrEqual(2);

    // Layout mode keeps lines: the national name sits level with the parent body, the number with the date.
    const lines = pdfText(file, "-layout", "-f", "1", "-l", "1").split("\n").filter((l) => l.trim() !== "");
    expect(lines[0]).toMatch(/^\s*UBND THÀNH PHỐ CAM RANH\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(lines[1]).toMatch(/ỦY BAN NHÂN DÂN\s+Độc lập - Tự do - Hạnh phúc$/);
    expect(lines[2]?.trim()).toBe("PHƯỜNG CAM PHÚ");
    expect(lines[3]).toMatch(/^\s*Số: 35\/KH-UBND\s+Cam Phú, ngày 21 tháng 3 năm 2024$/);

    const text = flat(pdfText(file));
    expectInOrder(text, SEED_BODY);
    expect(text).not.toContain("DỰ THẢO");
    // Justified lines are spread at spaces only, never inside "1240/UBND-NV" or "20/11/2024".
    expect(text).not.toMatch(/\d\/ |- NV/);
  });

  it("numbers the pages at the top from page 2", { timeout: SLOW }, async () => {
    const file = save("numbers.pdf", await renderPdf(seed()));
    const firstLine = (page: number) => pdfText(file, "-layout", "-f", String(page), "-l", String(page)).split("\n").find((l) => l.trim() !== "")?.trim();
    expect(firstLine(1)).toMatch(/^UBND THÀNH PHỐ CAM RANH/);
    expect(firstLine(2)).toBe("2");
  });

  it("marks a draft, and only a draft, with DỰ THẢO", { timeout: SLOW }, async () => {
    const file = save("draft.pdf", await renderPdf({ ...seed(), draft: true, numberLine: "Số:       /KH-UBND" }));
    const first = pdfText(file, "-layout", "-f", "1", "-l", "1").split("\n").find((l) => l.trim() !== "");
    expect(first?.trim()).toBe("DỰ THẢO");
  });
});

describe("a công văn", () => {
  const congVan: OfficialDocument = {
    ...seed(),
    typeName: null,
    summary: "đôn đốc báo cáo kết quả phong trào thi đua",
    numberLine: "Số: 40/UBND-VP",
    body: [{ kind: "paragraph", content: [{ text: "Đề nghị các đơn vị báo cáo kết quả trước ngày 20/11/2024." }] }],
  };

  it("carries its summary as V/v under the number, with no type name", { timeout: SLOW }, async () => {
    const pdf = flat(pdfText(save("cong-van.pdf", await renderPdf(congVan))));
    const docx = flat(docxText(save("cong-van.docx", await renderDocx(congVan))));
    for (const text of [pdf, docx]) {
      expectInOrder(text, ["Số: 40/UBND-VP", "V/v đôn đốc báo cáo kết quả phong trào thi đua", "Đề nghị các đơn vị"]);
      expect(text).not.toContain("KẾ HOẠCH");
    }
  });
});

describe("a 30-page document", () => {
  const long = composePlanDocument(longCamPhuPlan(18), CAM_PHU_PLAN_HEADER_EXAMPLE);

  it("renders to .pdf and to .docx", { timeout: SLOW * 2 }, async () => {
    const pdf = save("long.pdf", await renderPdf(long));
    expect(pages(pdf)).toBeGreaterThanOrEqual(30);
    expect(pdfText(pdf, "-layout", "-f", "30", "-l", "30").split("\n").find((l) => l.trim() !== "")?.trim()).toBe("30");
    const docx = save("long.docx", await renderDocx(long));
    expect(pages(soffice(docx, "pdf"))).toBeGreaterThanOrEqual(30);
  });
});
