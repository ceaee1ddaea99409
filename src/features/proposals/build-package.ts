// The proposal's package for the level above (hồ sơ đề nghị khen thưởng), one .zip for systems
// outside: the issued tờ trình (.docx and .pdf as signed and stored), the list (.xlsx), each
// nomination's dossier documents as uploaded or drawn up, the council's minutes of each session
// that voted (biên bản họp) and its ballot count (biên bản kiểm phiếu), and manifest.json: every
// file with its SHA-256 and size, the proposal's facts, the nominees and the forms. Written with
// fflate (a dependency of docx already, now declared: pure JavaScript, no native code).
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { zipSync } from "fflate";
import type { Db, DbOrTx } from "../../db/client";
import { councilItems, councilSessions, documents, files, nominationDocuments, units } from "../../db/schema";
import { councilResultLine, proposalNominees, type ProposalContent } from "../../documents/compose-proposal";
import { foldForSearch } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { ValidationError } from "../../platform/errors";
import { contentTypeOf } from "../../platform/uploads";
import type { DownloadFile } from "../../web/download";
import { renderMinutes } from "../council/download-minutes";
import { loadMinutesData } from "../council/minutes-data";
import { getProposal, type ProposalView } from "./get-proposal";

export const MANIFEST_FORMAT = "thidua-proposal-package";
export const MANIFEST_VERSION = 1;

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
  /** "proposal_docx", "proposal_pdf", "list", "dossier", "council_minutes", "ballot_count". */
  role: string;
  nominationId?: number;
  sessionId?: number;
}

const slug = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "tep";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function storedFile(db: DbOrTx, hash: string): Promise<Uint8Array> {
  const [row] = await db.select({ bytes: files.bytes }).from(files).where(eq(files.sha256, hash));
  if (!row) throw new Error(`file ${hash} is missing`);
  const bytes = new Uint8Array(row.bytes);
  if (sha256(bytes) !== hash) throw new Error(`file ${hash} is corrupt`);
  return bytes;
}

/** The list (danh sách) as a spreadsheet: one row per nominee, grouped by form as the tờ trình has it. */
export async function proposalListWorkbook(view: ProposalView): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const content = view.document.content as ProposalContent;
  const book = new ExcelJS.Workbook();
  book.creator = "Thi Đua";
  const sheet = book.addWorksheet("Danh sách đề nghị");
  sheet.addRow([`DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG – ${content.unitName.toLocaleUpperCase("vi")}`]).font = { bold: true, size: 13 };
  sheet.addRow([`Kèm theo Tờ trình ${view.document.numberSymbol ?? "(dự thảo)"}${view.document.issuedOn ? ` ngày ${view.document.issuedOn.split("-").reverse().join("/")}` : ""} gửi ${content.addressee}`]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Họ và tên (tên tập thể)", "Đơn vị đề nghị", "Hình thức đề nghị", "Thẩm quyền", "Tóm tắt thành tích", "Kết quả họp xét của Hội đồng", "Mã hồ sơ"]).font = { bold: true };
  let k = 0;
  for (const g of content.groups) {
    for (const n of g.nominees) sheet.addRow([++k, n.name, n.unitName, g.formName, g.decidingBody, n.achievement, councilResultLine(n.council), n.nominationId]);
  }
  sheet.columns.forEach((col, i) => (col.width = [6, 28, 28, 28, 30, 50, 30, 10][i]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The package's entries and manifest, for a proposal already found as the actor may see it. */
export async function packageEntries(db: DbOrTx, view: ProposalView) {
  if (view.proposal.status === "draft" || !view.document.numberSymbol) throw ValidationError.field("_form", "errors.proposal_not_issued");
  const entries: Record<string, Uint8Array> = {};
  const listed: ManifestFile[] = [];
  const add = (path: string, bytes: Uint8Array, role: string, extra: Partial<ManifestFile> = {}) => {
    entries[path] = bytes;
    listed.push({ path, sha256: sha256(bytes), size: bytes.length, role, ...extra });
  };
  // The issued files as stored at issue (never re-rendered).
  const [doc] = await db.select({ docx: documents.docxSha256, pdf: documents.pdfSha256 }).from(documents).where(eq(documents.id, view.document.id));
  const base = `to-trinh-${slug(view.document.numberSymbol)}`;
  add(`${base}.docx`, await storedFile(db, doc!.docx!), "proposal_docx");
  add(`${base}.pdf`, await storedFile(db, doc!.pdf!), "proposal_pdf");
  add("danh-sach-de-nghi.xlsx", await proposalListWorkbook(view), "list");

  const content = view.document.content as ProposalContent;
  const nominees = proposalNominees(content);
  const nominationIds = view.items.map((i) => i.nominationId);
  const dossiers = nominationIds.length
    ? await db
        .select({ nominationId: nominationDocuments.nominationId, itemCode: nominationDocuments.itemCode, fileName: nominationDocuments.fileName, sha256: nominationDocuments.sha256 })
        .from(nominationDocuments)
        .where(and(inArray(nominationDocuments.nominationId, nominationIds), isNull(nominationDocuments.replacedAt)))
        .orderBy(asc(nominationDocuments.nominationId), asc(nominationDocuments.id))
    : [];
  for (const item of view.items) {
    const nominee = nominees.find((n) => n.nominationId === item.nominationId);
    const folder = `ho-so/${String(item.position + 1).padStart(3, "0")}-${item.nominationId}-${slug(nominee?.name ?? "")}`;
    const seen = new Set<string>();
    for (const d of dossiers.filter((x) => x.nominationId === item.nominationId)) {
      const dot = d.fileName.lastIndexOf(".");
      let name = `${slug(d.itemCode)}-${slug(dot > 0 ? d.fileName.slice(0, dot) : d.fileName)}${dot > 0 ? d.fileName.slice(dot).toLowerCase().replace(/[^.a-z0-9]/g, "") : ""}`;
      while (seen.has(name)) name = `x-${name}`;
      seen.add(name);
      add(`${folder}/${name}`, await storedFile(db, d.sha256), "dossier", { nominationId: item.nominationId });
    }
  }

  const sessionIds = [...new Set((await db.select({ sessionId: councilItems.sessionId }).from(councilItems).where(inArray(councilItems.id, view.items.map((i) => i.councilItemId)))).map((r) => r.sessionId))];
  for (const sessionId of sessionIds.sort((a, b) => a - b)) {
    const [session] = await db.select().from(councilSessions).where(eq(councilSessions.id, sessionId));
    const data = await loadMinutesData(db, session!);
    const meeting = await renderMinutes(data, "meeting", "pdf");
    const count = await renderMinutes(data, "count", "pdf");
    add(`hoi-dong/${meeting.name}`, meeting.bytes, "council_minutes", { sessionId });
    add(`hoi-dong/${count.name}`, count.bytes, "ballot_count", { sessionId });
  }

  const [unitRow] = await db.select({ code: units.code }).from(units).where(eq(units.id, view.unit.id));
  const manifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    createdAt: new Date().toISOString(),
    proposal: {
      id: view.proposal.id,
      status: view.proposal.status,
      numberSymbol: view.document.numberSymbol,
      issuedOn: view.document.issuedOn,
      summary: view.document.summary,
      signer: view.document.signerName,
      proposedOn: view.proposal.proposedOn,
      proposingUnit: { id: view.unit.id, name: view.unit.name, code: unitRow?.code ?? null, asWritten: content.unitName },
      recipientUnit: { id: view.recipient.id, name: view.recipient.name, asWritten: content.addressee },
      resendsProposalId: view.proposal.resendsId,
      decision: view.proposal.status === "decided" ? { number: view.proposal.decisionNumber, date: view.proposal.decisionDate, decidingBody: view.proposal.decidingBody } : null,
    },
    forms: content.groups.map((g) => ({ code: g.formCode, name: g.formName, isTitle: g.isTitle, decidingBody: g.decidingBody, nominees: g.nominees.length })),
    nominees: view.items.map((item) => {
      const n = nominees.find((x) => x.nominationId === item.nominationId);
      return {
        nominationId: item.nominationId,
        position: item.position + 1,
        name: n?.name ?? null,
        kind: n?.kind ?? null,
        nominatingUnit: n?.unitName ?? null,
        formCode: n?.formCode ?? null,
        achievement: n?.achievement ?? null,
        council: n ? { inFavour: n.council.inFavour, denominator: n.council.denominator, members: n.council.members, share: n.council.share, meetsOn: n.council.meetsOn } : null,
        outcome: item.outcome,
        files: listed.filter((f) => f.nominationId === item.nominationId).map((f) => f.path),
      };
    }),
    files: listed,
  };
  entries["manifest.json"] = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  return { entries, manifest };
}

/** The package as a .zip download, for whoever may see the proposal (either side). */
export async function downloadProposalPackage(actor: Actor, id: number, db: Db): Promise<DownloadFile> {
  const view = await getProposal(actor, id, db);
  const { entries, manifest } = await packageEntries(db, view);
  const bytes = zipSync(entries, { level: 6 });
  await db.transaction((tx) =>
    audit(tx, actor, { action: "proposal.package", entityType: "proposal", entityId: id, unit: view.unit, after: { files: manifest.files.length, bytes: bytes.length, sha256: sha256(bytes) } }),
  );
  return { name: `ho-so-${slug(view.document.numberSymbol ?? String(id))}.zip`, bytes, contentType: contentTypeOf("zip") };
}
