// `thidua bonus FORM --on DATE [--recipient person|household|collective|unit] [--unit CODE] [--json]`:
// the bonus of a form on an issue date, as the decision will compute it, from the console.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { formatDate } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { ValidationError } from "../../platform/errors";
import { parseDateArgument } from "../../platform/validation";
import { unitByCode } from "../units/unit-by-code";
import { calculateBonus, type BonusAnswer } from "./calculate-bonus";

const USAGE = "bonus FORM --on DATE [--recipient person|household|collective|unit] [--unit CODE] [--json]";
const money = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);

export async function bonusCommand(db: Db, form: string, opts: { on: string; recipient?: string | undefined; unit?: string | undefined }): Promise<BonusAnswer> {
  const on = parseDateArgument("--on", opts.on);
  const unitId = opts.unit ? (await unitByCode(db, opts.unit)).id : undefined;
  try {
    return await calculateBonus(Actor.system(), { form, on, recipient: opts.recipient, unitId }, db);
  } catch (err) {
    // The form is the command's argument: name it as typed.
    if (err instanceof ValidationError && err.fields.form) throw new ValidationError({ FORM: err.fields.form });
    throw err;
  }
}

export function bonusText(a: BonusAnswer): string {
  const b = a.bonus;
  const head = `${a.form.code} — ${a.form.name}, ${b.recipient}, ${formatDate(b.on)}${a.unit ? `, ${a.unit.name}` : ""}`;
  if (!b.ok) {
    const why = { no_bonus: "Hình thức này không có mức thưởng cho đối tượng này / no bonus for this recipient", unknown_amount: "Mức thưởng chưa xác định trong căn cứ pháp lý / the amount is not known", no_base_salary: "Chưa có mức lương cơ sở của ngày này / no base salary for that day" }[b.problem];
    return [head, why, b.citation ? `Căn cứ / article: ${b.citation}` : ""].filter(Boolean).join("\n");
  }
  return [
    head,
    `Hệ số / coefficient: ${money(b.coefficient)}${b.ofPersonAmount ? ` (${money(b.ofPersonAmount)} × mức của cá nhân)` : ""}`,
    `Mức lương cơ sở / base salary: ${money(b.baseSalary)} đồng`,
    `Trước làm tròn / before rounding: ${money(b.exact)} đồng`,
    `Tiền thưởng / amount: ${money(b.amount)} đồng${b.roundUpTo ? ` (làm tròn lên ${money(b.roundUpTo)} đồng)` : ""}`,
    `Bằng chữ / in words: ${a.words}`,
    ...b.articles.map((x) => `Căn cứ / article: ${x.citation}${x.unconfirmed ? " [cần xác nhận]" : ""}`),
  ].join("\n");
}

export const bonusCliCommand = defineCommand({
  name: "bonus",
  help: [
    {
      usage: USAGE,
      vi: "Tính tiền thưởng của hình thức FORM (mã, hoặc các từ trong tên, có dấu hay không) theo mức lương cơ sở của ngày ban hành DATE: hệ số, lương cơ sở, số tiền trước và sau làm tròn, bằng chữ, căn cứ; nhiều hình thức khớp thì liệt kê (mã thoát 2)",
      en: "The bonus of form FORM (a code, or words of its name, with or without diacritics) at the base salary of issue date DATE: coefficient, base salary, amount before and after rounding, in words, articles; several matches are listed (exit code 2)",
    },
  ],
  options: { on: { type: "string" }, recipient: { type: "string" }, unit: { type: "string" }, json: { type: "boolean" } },
  async run({ args, opts, withRuntime }) {
    const form = args.join(" ").trim();
    if (!form || !opts.on) throw new UsageError(USAGE);
    parseDateArgument("--on", opts.on); // a wrong date before the database opens
    return withRuntime(async ({ deps }) => {
      const answer = await bonusCommand(deps.database.db, form, { on: opts.on!, recipient: opts.recipient, unit: opts.unit });
      console.log(opts.json ? JSON.stringify(answer, null, 2) : bonusText(answer));
      return 0;
    });
  },
});
