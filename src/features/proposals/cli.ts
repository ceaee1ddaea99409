// `thidua proposals list|show ID|package ID --out FILE.zip`: proposals to the level above from the
// console, read with the rights of a unit's chairman over every unit (or the one given by --unit).
import { writeFileSync } from "node:fs";
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { downloadProposalPackage } from "./build-package";
import { getProposal } from "./get-proposal";
import { listProposals } from "./list-proposals";

const USAGE = "proposals list [--unit CODE] [--status S] [--json] | proposals show ID [--json] | proposals package ID --out FILE.zip";

async function consoleActor(db: Db, unit?: string) {
  const scope = unit ? await unitByCode(db, unit) : null;
  return Actor.consoleAsAt(["chairman"], scope?.path ?? "/");
}

export async function listProposalsCommand(db: Db, opts: { unit?: string | undefined; status?: string | undefined }) {
  const { rows } = await listProposals(await consoleActor(db, opts.unit), db, { view: "sent", status: opts.status });
  return rows.map((r) => ({ id: r.id, number: r.numberSymbol, status: r.status, unit: r.unitName, recipient: r.recipientName, items: r.items, sentOn: r.sentOn, decision: r.decisionNumber }));
}

export async function showProposalCommand(db: Db, id: number) {
  const p = await getProposal(await consoleActor(db), id, db);
  return {
    id: p.proposal.id, number: p.document.numberSymbol, status: p.proposal.status, summary: p.document.summary, unit: p.unit.name, recipient: p.recipient.name,
    sentOn: p.proposal.sentOn, returnReason: p.proposal.returnReason, decision: p.proposal.decisionNumber ? { number: p.proposal.decisionNumber, date: p.proposal.decisionDate, body: p.proposal.decidingBody } : null,
    items: p.items.map((i) => ({ nominationId: i.nominationId, nominee: i.nominee?.name ?? null, form: i.nominee?.formName ?? null, active: i.active, outcome: i.outcome })),
    events: p.events.map((e) => ({ action: e.action, by: e.actorName, at: e.at, reason: e.reason })),
  };
}

export async function packageProposalCommand(db: Db, id: number, out: string) {
  const file = await downloadProposalPackage(await consoleActor(db), id, db);
  writeFileSync(out, file.bytes);
  return { file: out, bytes: file.bytes.length };
}

const idArg = (arg: string | undefined) => {
  if (!arg || !/^\d+$/.test(arg)) throw new UsageError(USAGE);
  return Number(arg);
};

export const proposalsCommand = defineCommand({
  name: "proposals",
  help: [
    { usage: "proposals list [--unit CODE] [--status S] [--json]", vi: "Liệt kê tờ trình đề nghị khen thưởng lên cấp trên (trạng thái: draft, sent, received, returned, decided)", en: "List proposals to the level above (status: draft, sent, received, returned, decided)" },
    { usage: "proposals show ID [--json]", vi: "Xem một tờ trình: các trường hợp, kết quả của cấp trên, diễn biến", en: "Show a proposal: its items, the level above's answers, the timeline" },
    { usage: "proposals package ID --out FILE.zip", vi: "Ghi hồ sơ gửi cấp trên ra tệp .zip (tờ trình, danh sách, hồ sơ, biên bản, manifest.json)", en: "Write the package for the level above as .zip (proposal, list, dossiers, minutes, manifest.json)" },
  ],
  options: { unit: { type: "string" }, status: { type: "string" }, json: { type: "boolean" }, out: { type: "string" } },
  async run({ args: [sub, arg], opts, withRuntime }) {
    if (sub === "list") {
      return withRuntime(async ({ deps }) => {
        const rows = await listProposalsCommand(deps.database.db, { unit: opts.unit, status: opts.status });
        if (opts.json) console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log("Chưa có tờ trình nào. / No proposals.");
        else for (const p of rows) console.log(`${String(p.id).padStart(5)}  ${(p.number ?? "(dự thảo)").padEnd(14)} ${p.status.padEnd(9)} ${String(p.items).padStart(3)}  ${p.unit} → ${p.recipient}${p.decision ? `  (${p.decision})` : ""}`);
        return 0;
      });
    }
    if (sub === "show") {
      const id = idArg(arg);
      return withRuntime(async ({ deps }) => {
        const p = await showProposalCommand(deps.database.db, id);
        if (opts.json) console.log(JSON.stringify(p, null, 2));
        else {
          console.log(`${p.number ?? "(dự thảo)"} — ${p.status} — ${p.unit} → ${p.recipient}`);
          console.log(p.summary);
          for (const i of p.items) console.log(`  ${String(i.nominationId).padStart(5)}  ${i.nominee} — ${i.form}${i.outcome ? ` [${i.outcome}]` : ""}`);
          for (const e of p.events) console.log(`  ${new Date(e.at).toISOString().slice(0, 16)}  ${e.action}  ${e.by}${e.reason ? `: ${e.reason}` : ""}`);
        }
        return 0;
      });
    }
    if (sub === "package") {
      const id = idArg(arg);
      if (!opts.out) throw new UsageError("proposals package ID --out FILE.zip");
      const out = opts.out;
      return withRuntime(async ({ deps }) => {
        const done = await packageProposalCommand(deps.database.db, id, out);
        console.log(`Đã ghi ${done.file} (${done.bytes} byte) / written`);
        return 0;
      });
    }
    throw new UsageError(USAGE);
  },
});
