// `thidua catalogue show --on DATE [--unit CODE] [--json]`: the legal catalogue in force for a
// unit on a day, as the operator (system actor) reads it: without --unit, the national layer.
import { defineCommand, UsageError } from "../../cli/command";
import type { Db } from "../../db/client";
import { formatDate, formatShortDate, todayInVietnam } from "../../domain/text/dates";
import { translator } from "../../i18n";
import { Actor } from "../../platform/actor";
import { parseDateArgument } from "../../platform/validation";
import { unitByCode } from "../units/unit-by-code";
import { entryOut } from "./catalogue-unit";
import { describeValue, KIND_ORDER } from "./describe";
import { getCatalogue } from "./get-catalogue";

export async function catalogueShowCommand(db: Db, opts: { on?: string | undefined; unit?: string | undefined; json?: boolean | undefined }): Promise<string> {
  const on = opts.on === undefined ? todayInVietnam() : parseDateArgument("--on", opts.on);
  const unitId = opts.unit ? (await unitByCode(db, opts.unit)).id : undefined;
  const { unit, catalogue } = await getCatalogue(Actor.system(), db, { on, ...(unitId ? { unit: String(unitId) } : {}) });
  const entries = [...catalogue.entries].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.code.localeCompare(b.code));
  if (opts.json) return JSON.stringify(entries.map(entryOut), null, 2);
  const t = translator("vi");
  const layer = (e: (typeof entries)[number]) => (e.scope === "national" ? "Quốc gia" : `${e.scope === "province" ? "" : "Đơn vị "}${e.scopeName ?? ""}`);
  const lines = entries.map((e) => {
    const dates = `${formatShortDate(e.validFrom)}–${e.validTo ? formatShortDate(e.validTo) : ""}`;
    const words = describeValue(t, "vi", catalogue, e).join(" · ").replace(/\s+/g, " ");
    return `${e.kind.padEnd(17)} ${e.code.padEnd(18)} ${words} | ${dates} | ${e.citation} | ${layer(e)}${e.unconfirmed ? " [cần xác nhận]" : ""}`;
  });
  return [`Căn cứ pháp lý áp dụng ${formatDate(on)}${unit ? ` cho ${unit.name}` : " (lớp quốc gia)"} / Legal catalogue in force`, ...lines].join("\n");
}

export const catalogueCommand = defineCommand({
  name: "catalogue",
  help: [
    {
      usage: "catalogue show --on DATE [--unit CODE] [--json]",
      vi: "Căn cứ pháp lý (danh hiệu, thẩm quyền, tiêu chuẩn, hệ số thưởng…) áp dụng cho đơn vị vào ngày DATE; mục chưa đối chiếu ghi [cần xác nhận]",
      en: "The legal catalogue in force for a unit on DATE (titles, who decides, criteria, bonuses…); unconfirmed entries marked",
    },
  ],
  options: { on: { type: "string" }, unit: { type: "string" }, json: { type: "boolean" } },
  async run({ args: [sub], opts, withRuntime }) {
    if (sub !== "show") throw new UsageError("catalogue show --on DATE [--unit CODE] [--json]");
    if (opts.on !== undefined) parseDateArgument("--on", opts.on); // a wrong date before the database opens
    return withRuntime(async ({ deps }) => {
      console.log(await catalogueShowCommand(deps.database.db, { on: opts.on, unit: opts.unit, json: opts.json }));
      return 0;
    });
  },
});
