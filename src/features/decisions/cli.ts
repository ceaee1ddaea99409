// `thidua decisions list [--unit CODE] [--json]`: award and revocation decisions; `thidua decisions
// show ID [--json]`: one decision's lines with their bonus and standing; `thidua decisions
// payment-list ID --out FILE.xlsx`: the payment list of an issued award decision.
import { writeFile } from "node:fs/promises";
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { formatShortDate } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { getDecision } from "./get-decision";
import { listDecisions } from "./list-decisions";
import { paymentList } from "./payment-list";

const USAGE = "decisions list [--unit CODE] [--json] | decisions show ID [--json] | decisions payment-list ID --out FILE.xlsx";
const money = (n: number) => new Intl.NumberFormat("vi-VN").format(n);

async function actorFor(db: Db, unit: string | undefined) {
  const path = unit ? (await unitByCode(db, unit)).path : "/";
  return Actor.consoleAsAt(["chairman"], path);
}

export async function decisionsListCommand(db: Db, opts: { unit?: string | undefined }) {
  return (await listDecisions(await actorFor(db, opts.unit), db)).decisions;
}

export async function decisionShowCommand(db: Db, id: string) {
  if (!/^\d+$/.test(id)) throw new UsageError(USAGE);
  const d = await getDecision(Actor.system(), Number(id), db);
  const lines =
    d.content.kind === "award"
      ? d.content.lines.map((l) => ({ recipient: l.recipientName, form: l.formName, amount: l.bonus?.amount ?? null, revokedBy: d.awards.get(l.nominationId)?.revokedBy ?? null }))
      : d.content.lines.map((l) => ({ recipient: l.recipientName, form: l.formName, award: l.decisionNumber, moneyDue: l.moneyDue, moneyRecovered: d.revocations.get(l.awardId)?.moneyRecovered ?? null }));
  return { id: d.doc.id, kind: d.content.kind, status: d.doc.status, numberSymbol: d.doc.numberSymbol, issuedOn: d.doc.issuedOn, unit: d.unit.name, summary: d.content.summary, bonusOn: d.content.kind === "award" ? (d.content.bonusOn ?? null) : null, total: d.total, lines };
}

export const decisionsCommand = defineCommand({
  name: "decisions",
  help: [
    { usage: "decisions list [--unit CODE] [--json]", vi: "Liệt kê quyết định khen thưởng và quyết định thu hồi (của đơn vị CODE và đơn vị trực thuộc): số, ngày, số dòng, trạng thái", en: "List award and revocation decisions (of unit CODE and below): number, date, lines, state" },
    { usage: "decisions show ID [--json]", vi: "Một quyết định: từng người được khen thưởng, hình thức, tiền thưởng (tạm tính với dự thảo), hiệu lực hoặc đã thu hồi", en: "One decision: each awardee, form, bonus (provisional for a draft), in force or revoked" },
    { usage: "decisions payment-list ID --out FILE.xlsx", vi: "Xuất danh sách chi tiền thưởng của quyết định đã ban hành (.xlsx): số tiền bằng số và bằng chữ, cột ký nhận, tổng theo nguồn chi", en: "Write the payment list of an issued decision (.xlsx): amounts in figures and words, a column to sign, totals per fund" },
  ],
  options: { unit: { type: "string" }, json: { type: "boolean" }, out: { type: "string" } },
  async run({ args: [sub, id], opts, withRuntime }) {
    if (sub === "list") {
      return withRuntime(async ({ deps }) => {
        const rows = await decisionsListCommand(deps.database.db, { unit: opts.unit });
        if (opts.json) console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log("Chưa có quyết định nào. / No decision yet.");
        else for (const r of rows) console.log(`${String(r.id).padStart(5)}  ${(r.numberSymbol ?? "dự thảo").padEnd(14)}  ${r.issuedOn ? formatShortDate(r.issuedOn) : "          "}  ${r.kind.padEnd(10)}  ${String(r.lines).padStart(4)} dòng  ${r.summary} (${r.unitName})`);
        return 0;
      });
    }
    if (sub === "show") {
      return withRuntime(async ({ deps }) => {
        const d = await decisionShowCommand(deps.database.db, id ?? "");
        if (opts.json) console.log(JSON.stringify(d, null, 2));
        else {
          console.log(`${d.numberSymbol ?? "Dự thảo / draft"} ${d.issuedOn ? formatShortDate(d.issuedOn) : ""} — ${d.summary} (${d.unit}, ${d.status})`);
          for (const l of d.lines) console.log(`  ${l.recipient} — ${l.form}: ${"amount" in l ? (l.amount === null ? "–" : `${money(l.amount)} đồng`) : `phải nộp lại / due ${money(l.moneyDue)} đồng`}${"revokedBy" in l && l.revokedBy ? ` [đã thu hồi / revoked: ${l.revokedBy}]` : ""}`);
          console.log(`Tổng / total: ${money(d.total)} đồng${d.bonusOn ? ` (mức lương cơ sở ngày / base salary of ${formatShortDate(d.bonusOn)})` : ""}`);
        }
        return 0;
      });
    }
    if (sub === "payment-list" && id && /^\d+$/.test(id) && opts.out) {
      const out = opts.out;
      return withRuntime(async ({ deps }) => {
        // The console operator as the Chairman: the payment list is theirs (decision.pay), not an administrator's.
        const file = await paymentList(Actor.consoleAs(["chairman"]), Number(id), deps.database.db);
        await writeFile(out, file.bytes);
        console.log(`${out}: ${file.name}`);
        return 0;
      });
    }
    throw new UsageError(USAGE);
  },
});
