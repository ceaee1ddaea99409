// `thidua documents list|export`: the operator's view of the registers (system actor).
import { writeFileSync } from "node:fs";
import { and, eq, type SQL } from "drizzle-orm";
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { documents, units } from "../../db/schema";
import { Actor } from "../../platform/actor";
import { documentFile, type DocumentFormat } from "./document-file";
import { unitByCode } from "../units/unit-by-code";
import { listDocuments } from "./list-documents";

export class DocumentCliError extends Error {}

export async function listDocumentsCommand(db: Db, opts: { unit?: string | undefined }) {
  const unit = opts.unit ? await unitByCode(db, opts.unit) : null;
  const { documents: rows } = await listDocuments(Actor.system(), db, unit ? { unit: String(unit.id) } : {});
  return rows.map((d) => ({ id: d.id, type: d.typeCode, status: d.status, number: d.numberSymbol, issuedOn: d.issuedOn, summary: d.summary, unit: d.unitName, unitCode: d.unitCode, signer: d.signerName }));
}

/** A document by id ("12") or by number and symbol ("35/KH-UBND", narrowed by --unit and --year when it repeats). */
export async function exportDocumentCommand(db: Db, opts: { ref: string; format: string; out: string; unit?: string | undefined; year?: string | undefined }) {
  if (opts.format !== "docx" && opts.format !== "pdf") throw new DocumentCliError(`--format phải là docx hoặc pdf / --format must be docx or pdf (got "${opts.format}")`);
  let id = /^\d+$/.test(opts.ref) ? Number(opts.ref) : null;
  if (id === null) {
    const conditions: SQL[] = [eq(documents.numberSymbol, normalizeNumber(opts.ref))];
    if (opts.unit) conditions.push(eq(documents.unitId, (await unitByCode(db, opts.unit)).id));
    if (opts.year) conditions.push(eq(documents.year, Number(opts.year)));
    const found = await db.select({ id: documents.id, year: documents.year, unit: units.name }).from(documents).innerJoin(units, eq(units.id, documents.unitId)).where(and(...conditions));
    if (found.length === 0) throw new DocumentCliError(`Không có văn bản số ${opts.ref} / no document numbered ${opts.ref}`);
    if (found.length > 1) {
      throw new DocumentCliError(`Có ${found.length} văn bản số ${opts.ref}; thêm --unit hoặc --year / several documents have this number: ${found.map((f) => `#${f.id} ${f.unit} ${f.year}`).join("; ")}`);
    }
    id = found[0]!.id;
  }
  const file = await documentFile(Actor.system(), db, id, opts.format as DocumentFormat);
  writeFileSync(opts.out, file.bytes);
  return { id, file: opts.out, bytes: file.bytes.length };
}

/** "Số: 5/KH-UBND" and "05/KH-UBND" name the same register entry. */
function normalizeNumber(ref: string): string {
  const bare = ref.normalize("NFC").replace(/^Số:\s*/i, "").trim();
  const m = /^(\d+)\/(.+)$/.exec(bare);
  return m ? `${m[1]!.padStart(2, "0")}/${m[2]}` : bare;
}

export const documentsCommand = defineCommand({
  name: "documents",
  help: [
    {
      usage: "documents list [--unit CODE] [--json]",
      vi: "Liệt kê văn bản đi (kế hoạch…) với số, ngày, trạng thái",
      en: "List outgoing documents with their numbers, dates and status",
    },
    {
      usage: "documents export ID|SỐ --format docx|pdf --out FILE [--unit CODE] [--year YYYY]",
      vi: 'Xuất văn bản theo mã hoặc số ký hiệu ("35/KH-UBND") ra .docx hoặc .pdf',
      en: "Export a document by id or number to .docx or .pdf",
    },
  ],
  options: { unit: { type: "string" }, json: { type: "boolean" }, format: { type: "string" }, out: { type: "string" }, year: { type: "string" } },
  async run({ args: [sub, arg], opts, withRuntime }) {
    if (sub === "list") {
      return withRuntime(async ({ deps }) => {
        const rows = await listDocumentsCommand(deps.database.db, { unit: opts.unit });
        if (opts.json) console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log("Chưa có văn bản nào. / No documents.");
        else for (const d of rows) console.log(`${String(d.id).padStart(5)}  ${(d.number ?? "(dự thảo)").padEnd(14)} ${d.issuedOn ?? "".padEnd(10)}  ${d.summary.slice(0, 80)} — ${d.unit}`);
        return 0;
      });
    }
    if (sub === "export") {
      const { format, out } = opts;
      if (!arg || !format || !out) throw new UsageError("documents export ID|SỐ --format docx|pdf --out FILE");
      return withRuntime(async ({ deps }) => {
        const done = await exportDocumentCommand(deps.database.db, { ref: arg, format, out, unit: opts.unit, year: opts.year });
        console.log(`Đã ghi ${done.file} (${done.bytes} byte) / written`);
        return 0;
      });
    }
    throw new UsageError("documents list [--unit CODE] [--json] | documents export ID|SỐ --format docx|pdf --out FILE");
  },
});
