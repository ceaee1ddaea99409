// `thidua certificates verify CODE [--json]`: what the public verification page says of a code;
// `thidua certificates print DECISION_ID --out FILE.pdf`: a decision's certificates in the
// ceremony's order, for printing.
import { writeFileSync } from "node:fs";
import { defineCommand, UsageError } from "../../cli/command";
import type { Database } from "../../db/client";
import { formatDate } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { printDecisionCertificates } from "./print-decision-certificates";
import { verifyCertificate, type Verification } from "./verify-certificate";

const USAGE = "certificates verify CODE [--json] | certificates print DECISION_ID --out FILE.pdf";

export function verificationText(v: Verification): string {
  switch (v.state) {
    case "malformed":
      return `"${v.typed}" không phải là một mã tra cứu (17 chữ số và chữ cái) / is not a verification code (17 digits and letters)`;
    case "check":
      return `Mã ${v.typed} có ký tự bị gõ sai (ký tự kiểm tra không khớp) / has a mistyped character (check character does not match)`;
    case "unknown":
      return `Không có giấy khen, giấy chứng nhận nào mang mã ${v.code} / no certificate carries this code`;
    default:
      return [
        `Mã / code: ${v.code}`,
        `Tình trạng / status: ${v.revocation ? `Đã bị thu hồi theo Quyết định số ${v.revocation.numberSymbol} ${formatDate(v.revocation.issuedOn)} / revoked` : "Còn hiệu lực / valid"}`,
        `Người được khen thưởng / holder: ${v.holder}`,
        `Hình thức, danh hiệu / form: ${v.form}`,
        `Quyết định / decision: số ${v.decision.numberSymbol} ${formatDate(v.decision.issuedOn)}`,
        `Cơ quan, người quyết định / issuer: ${v.issuer}`,
      ].join("\n");
  }
}

export async function verifyCommand(database: Database, code: string): Promise<{ result: Verification; exitCode: number }> {
  const result = await verifyCertificate(database, code, null);
  return { result, exitCode: result.state === "valid" || result.state === "revoked" ? 0 : 1 };
}

export const certificatesCommand = defineCommand({
  name: "certificates",
  help: [
    {
      usage: "certificates verify CODE [--json]",
      vi: "Tra cứu mã in trên giấy khen, giấy chứng nhận như trang tra cứu công khai: cơ quan quyết định, số và ngày quyết định, người được khen, hình thức, tình trạng (mã thoát 1 khi mã sai hoặc không có)",
      en: "Verify a certificate's code as the public page does: issuer, decision number and date, holder, form, status (exit code 1 for a wrong or unknown code)",
    },
    {
      usage: "certificates print DECISION_ID --out FILE.pdf",
      vi: "In giấy khen của một quyết định đã ban hành ra tệp PDF, theo thứ tự trao tặng (không in khen thưởng đã thu hồi)",
      en: "Print the certificates of an issued decision to a PDF file, in presentation order (revoked awards left out)",
    },
  ],
  options: { json: { type: "boolean" }, out: { type: "string" } },
  async run({ args: [sub, arg], opts, withRuntime, config }) {
    if (sub === "verify" && arg) {
      return withRuntime(async ({ deps }) => {
        const { result, exitCode } = await verifyCommand(deps.database, arg);
        console.log(opts.json ? JSON.stringify(result, null, 2) : verificationText(result));
        return exitCode;
      });
    }
    if (sub === "print" && arg && opts.out) {
      if (!/^\d+$/.test(arg)) throw new UsageError(USAGE);
      const out = opts.out;
      return withRuntime(async ({ deps }) => {
        const file = await printDecisionCertificates(Actor.consoleAs(["chairman"]), Number(arg), deps.database.db, config.baseUrl);
        writeFileSync(out, file.bytes);
        console.log(`${file.count} giấy khen / certificates → ${out}`);
        return 0;
      });
    }
    throw new UsageError(USAGE);
  },
});
