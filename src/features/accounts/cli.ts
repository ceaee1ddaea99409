// `thidua users create|national`: accounts made from the command line (system actor).
import { defineCommand, UsageError } from "../../cli/command";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { createUser } from "./create-user";
import { setNationalAdmin } from "./set-national-admin";

export const usersCommand = defineCommand({
  name: "users",
  help: [
    {
      usage: `users create --email E --name "HỌ TÊN" --unit CODE --role ROLE [--token] [--lang vi|en]`,
      vi: "Tạo tài khoản; in liên kết đặt mật khẩu (và mã API với --token)",
      en: "Create an account; prints a set-password link (and an API token with --token)",
    },
    {
      usage: "users national EMAIL [--revoke]",
      vi: ["Giao (hoặc thu hồi) quyền quản trị dữ liệu quốc gia: lịch ngày làm việc,", "danh mục đơn vị hành chính chính thức"],
      en: ["Name (or stop naming) a national administrator: the working-day calendar,", "the official unit list"],
    },
  ],
  options: {
    email: { type: "string" },
    name: { type: "string" },
    unit: { type: "string" },
    role: { type: "string" },
    token: { type: "boolean" },
    lang: { type: "string" },
    revoke: { type: "boolean" },
  },
  async run({ args: [sub, arg], opts, config, withRuntime }) {
    if (sub === "national") {
      if (!arg) throw new UsageError("users national EMAIL [--revoke]");
      return withRuntime(async ({ deps }) => {
        const { user, changed } = await setNationalAdmin(Actor.system(), { email: arg, national: !opts.revoke }, deps.database.db);
        const state = opts.revoke ? "không còn là / is no longer" : "là / is";
        console.log(`${user.fullName} <${user.email}> ${state} quản trị dữ liệu quốc gia / a national administrator${changed ? "" : " (không đổi / unchanged)"}`);
        return 0;
      });
    }
    if (sub !== "create") throw new UsageError("users create … | users national EMAIL");
    return withRuntime(async ({ deps }) => {
      const unitId = opts.unit ? (await unitByCode(deps.database.db, opts.unit)).id : undefined;
      const result = await createUser(
        Actor.system(),
        { email: opts.email, fullName: opts.name, unitId, role: opts.role, lang: opts.lang ?? "vi", withToken: !!opts.token },
        deps.database.db,
        config.baseUrl,
      );
      console.log(`Đã tạo tài khoản / created: ${result.user.fullName} <${result.user.email}> (id ${result.user.id})`);
      console.log(`Liên kết đặt mật khẩu (7 ngày) / set-password link (7 days): ${result.setPasswordLink}`);
      if (result.apiToken) console.log(`Mã API / API token: ${result.apiToken}`);
      return 0;
    });
  },
});
