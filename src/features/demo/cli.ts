// `thidua demo [--residents N]`: loads the demo ward and prints its accounts.
import { defineCommand } from "../../cli/command";
import { DEMO_WARD_NAME, loadDemo } from "./load-demo";

export const demoCommand = defineCommand({
  name: "demo",
  help: [
    {
      usage: "demo [--residents N]",
      vi: ["Nạp phường mẫu: Phường Cam Phú năm 2024 với tổ dân phố, Mặt trận, đoàn thể,", "cán bộ, vài trăm người dân và một tài khoản cho mỗi vai trò (mật khẩu in một lần)"],
      en: "Load the demo ward (Cam Phú, 2024) with one account per role",
    },
  ],
  options: { residents: { type: "string" } },
  async run({ opts, config, withRuntime }) {
    return withRuntime(async ({ deps }) => {
      const residents = opts.residents ? Number(opts.residents) : undefined;
      const summary = await loadDemo(deps.database, { ...(residents ? { residents } : {}), baseUrl: config.baseUrl });
      console.log(`Đã nạp ${DEMO_WARD_NAME}: ${summary.units} đơn vị, ${summary.people} người, ${summary.households} hộ. / Demo ward loaded.`);
      console.log(`${summary.seedPlan.citation} đã ban hành / issued: ${config.baseUrl}/documents/${summary.seedPlan.id} (npx thidua documents export ${summary.seedPlan.id} --format pdf --out ke-hoach.pdf)`);
      console.log("Tài khoản (mật khẩu chỉ in một lần) / accounts (passwords shown once):");
      for (const a of summary.accounts) console.log(`  ${a.role.padEnd(18)} ${a.email.padEnd(34)} ${a.password}  ${a.fullName} – ${a.unit} (${a.unitCode})`);
      return 0;
    });
  },
});
