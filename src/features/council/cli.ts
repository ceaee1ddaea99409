// `thidua council members --unit CODE [--on DATE] [--json]`: the members of a unit's council in
// post on a day, from the console.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { translator } from "../../i18n";
import { Actor } from "../../platform/actor";
import { parseDateArgument } from "../../platform/validation";
import { unitByCode } from "../units/unit-by-code";
import { listCouncil } from "./list-council";

export async function councilMembersCommand(db: Db, opts: { unit: string; on?: string | undefined }) {
  const unit = await unitByCode(db, opts.unit);
  const on = opts.on === undefined ? undefined : parseDateArgument("--on", opts.on);
  const council = await listCouncil(Actor.system(), unit.id, { on }, db);
  return { unit: council.unit.name, on: council.on, members: council.members.map(({ memberId, fullName, post, validFrom, validTo, account }) => ({ memberId, fullName, post, validFrom, validTo, account })) };
}

const USAGE = "council members --unit CODE [--on DATE] [--json]";

export const councilCommand = defineCommand({
  name: "council",
  help: [
    {
      usage: USAGE,
      vi: "Liệt kê thành viên Hội đồng Thi đua – Khen thưởng của đơn vị đang giữ chức danh vào ngày DATE (mặc định hôm nay): chức danh, nhiệm kỳ, tài khoản",
      en: "List the members of a unit's Emulation–Commendation Council in post on DATE (today by default): post, term, account",
    },
  ],
  options: { unit: { type: "string" }, on: { type: "string" }, json: { type: "boolean" } },
  async run({ args: [sub], opts, withRuntime }) {
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
