// Document figures: the seed plan (Kế hoạch of Phường Cam Phú, 4 pages) and a 30-page plan
// rendered to .docx and to .pdf in this process, after one warm-up render each (the first
// PDF loads the fonts). No database.
import { composePlanDocument } from "../src/documents/compose-plan";
import { renderDocx } from "../src/documents/docx";
import type { OfficialDocument } from "../src/documents/model";
import { renderPdf } from "../src/documents/pdf";
import { CAM_PHU_PLAN, CAM_PHU_PLAN_HEADER_EXAMPLE, longCamPhuPlan } from "../src/features/demo/cam-phu-plan";
import { type Figures, percentile } from "./lib";

const RUNS = 20;
/** Copies of the seed's content part that make a plan of about 30 pages. */
const THIRTY_PAGES = 18;

type Renderer = (doc: OfficialDocument) => Promise<Buffer>;

async function timed(render: Renderer, doc: OfficialDocument): Promise<number> {
  const started = performance.now();
  await render(doc);
  return performance.now() - started;
}

async function median(render: Renderer, doc: OfficialDocument, runs: number): Promise<number> {
  await render(doc);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(render, doc));
  return percentile(times, 50);
}

export async function documents(figures: Figures): Promise<void> {
  const seed = composePlanDocument(CAM_PHU_PLAN, CAM_PHU_PLAN_HEADER_EXAMPLE);
  const long = composePlanDocument(longCamPhuPlan(THIRTY_PAGES), CAM_PHU_PLAN_HEADER_EXAMPLE);
  figures.add("document_render_docx_median", await median(renderDocx, seed, RUNS), "ms", "none");
  figures.add("document_render_pdf_median", await median(renderPdf, seed, RUNS), "ms", "none");
  figures.add("document_render_30_pages_docx", await median(renderDocx, long, 1), "ms", "none");
  figures.add("document_render_30_pages_pdf", await median(renderPdf, long, 1), "ms", "none");
}
