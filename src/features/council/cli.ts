// `thidua council members --unit CODE [--on DATE] [--json]`: the members of a unit's council in
// post on a day; `thidua council sessions [--unit CODE] [--json]`: its sessions; `thidua council
// session ID [--json]`: one session's attendance, quorum and each item's tally, from the console.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { translator } from "../../i18n";
import { Actor } from "../../platform/actor";
import { parseDateArgument } from "../../platform/validation";
import { unitByCode } from "../units/unit-by-code";
import { formatDateTime } from "../../domain/text/dates";
import { getSession, listSessions } from "./get-session";
import { listCouncil } from "./list-council";

export async function councilMembersCommand(db: Db, opts: { unit: string; on?: string | undefined }) {
  const unit = await unitByCode(db, opts.unit);
  const on = opts.on === undefined ? undefined : parseDateArgument("--on", opts.on);
  const council = await listCouncil(Actor.system(), unit.id, { on }, db);
  return { unit: council.unit.name, on: council.on, members: council.members.map(({ memberId, fullName, post, validFrom, validTo, account }) => ({ memberId, fullName, post, validFrom, validTo, account })) };
}

const USAGE = "council members --unit CODE [--on DATE] [--json] | council sessions [--unit CODE] [--json] | council session ID [--json]";

/** The sessions of a unit (and its sub-units), or of every unit, newest first. */
export async function councilSessionsCommand(db: Db, opts: { unit?: string | undefined }) {
  const path = opts.unit ? (await unitByCode(db, opts.unit)).path : "/";
  return listSessions(Actor.consoleAsAt(["chairman"], path), db);
}

/** One session as its page shows it: members, quorum, each item with its votes so far or its tally. */
export async function councilSessionCommand(db: Db, id: string) {
  if (!/^\d+$/.test(id)) throw new UsageError(USAGE);
  const s = await getSession(Actor.system(), Number(id), db);
  return {
    id: s.session.id, title: s.session.title, unit: s.unitName, meetsAt: s.session.meetsAt, status: s.session.status, ballotMode: s.session.ballotMode,
    quorum: s.quorum, members: s.members.map(({ fullName, post, attendance, wroteOpinion }) => ({ fullName, post, attendance, wroteOpinion })),
    items: s.items.map((i) => ({ position: i.position, nominee: i.nomineeName, form: i.formName, recused: i.recusals.map((r) => ({ fullName: r.fullName, reason: r.reason })), voted: i.votedCount, voters: i.voters, result: i.result })),
  };
}

export const councilCommand = defineCommand({
  name: "council",
  help: [
    {
      usage: "council sessions [--unit CODE] [--json]",
      vi: "Liệt kê các phiên họp Hội đồng (của đơn vị CODE và đơn vị trực thuộc, hoặc mọi đơn vị): thời gian, số hồ sơ, trạng thái",
      en: "List council sessions (of unit CODE and below, or of every unit): when, how many items, state",
    },
    {
      usage: "council session ID [--json]",
      vi: "Một phiên họp: thành viên và điểm danh, số thành viên tối thiểu, từng hồ sơ với số đã bỏ phiếu hoặc kết quả kiểm phiếu (không bao giờ có lựa chọn của ai)",
      en: "One session: members and attendance, quorum, each item with how many have voted or its tally (never anyone's choice)",
    },
    {
      usage: "council members --unit CODE [--on DATE] [--json]",
      vi: "Liệt kê thành viên Hội đồng Thi đua – Khen thưởng của đơn vị đang giữ chức danh vào ngày DATE (mặc định hôm nay): chức danh, nhiệm kỳ, tài khoản",
      en: "List the members of a unit's Emulation–Commendation Council in post on DATE (today by default): post, term, account",
    },
  ],
  options: { unit: { type: "string" }, on: { type: "string" }, json: { type: "boolean" } },
  async run({ args: [sub, id], opts, withRuntime }) {
    if (sub === "sessions" || sub === "session") {
      return withRuntime(async ({ deps }) => {
        const db = deps.database.db;
        if (sub === "sessions") {
          const rows = await councilSessionsCommand(db, { unit: opts.unit });
          if (opts.json) console.log(JSON.stringify(rows, null, 2));
          else if (rows.length === 0) console.log("Chưa có phiên họp nào. / No session yet.");
          else for (const r of rows) console.log(`${String(r.id).padStart(5)}  ${formatDateTime(r.meetsAt, "vi")}  ${r.status.padEnd(8)}  ${String(r.items).padStart(3)} hồ sơ  ${r.title} (${r.unitName})`);
          return 0;
        }
        const s = await councilSessionCommand(db, id ?? "");
        if (opts.json) console.log(JSON.stringify(s, null, 2));
        else {
          console.log(`${s.title} — ${s.unit}, ${formatDateTime(s.meetsAt, "vi")} (${s.status})`);
          if (s.quorum) console.log(`Có mặt / present ${s.quorum.present}/${s.quorum.members} (cần / needed ${s.quorum.required})`);
          for (const i of s.items) {
            const outcome = i.result ? `${i.result.passed ? "ĐẠT / passed" : "KHÔNG ĐẠT / not passed"}: ${i.result.inFavour}/${i.result.denominator} (${i.result.citation})` : `${i.voted}/${i.voters} đã bỏ phiếu / voted`;
            console.log(`${String(i.position).padStart(3)}. ${i.nominee} — ${i.form}: ${outcome}`);
          }
        }
        return 0;
      });
    }
    if (sub !== "members" || !opts.unit) throw new UsageError(USAGE);
    const unitCode = opts.unit;
    return withRuntime(async ({ deps }) => {
      const result = await councilMembersCommand(deps.database.db, { unit: unitCode, on: opts.on });
      if (opts.json) console.log(JSON.stringify(result, null, 2));
      else {
        console.log(`${result.unit} — ${result.on.split("-").reverse().join("/")}`);
        if (result.members.length === 0) console.log("Không có thành viên nào trong nhiệm kỳ vào ngày này. / No members in post on that day.");
        for (const m of result.members) {
          const term = `${m.validFrom.split("-").reverse().join("/")} – ${m.validTo ? m.validTo.split("-").reverse().join("/") : "…"}`;
          console.log(`${String(m.memberId).padStart(5)}  ${translator("vi")(`council_members.post.${m.post}`).padEnd(26)}  ${m.fullName}  (${term}; ${m.account})`);
        }
      }
      return 0;
    });
  },
});
