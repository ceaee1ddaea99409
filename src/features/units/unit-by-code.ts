// `--unit CODE` on the command line: a unit by its code, official ("22420") or local
// ("22420-TDP01", in any letter case), or by its number in the app (/units/ID) when no
// unit has that code. Find a code with `npx thidua units search NAME` or on the unit's page.
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import { translator } from "../../i18n";

export class UnitCodeUnknown extends Error {
  constructor(readonly code: string) {
    super(`${translator("vi")("errors.unit_code_unknown", { code })} / ${translator("en")("errors.unit_code_unknown", { code })}`);
    this.name = "UnitCodeUnknown";
  }
}

export async function unitByCode(db: DbOrTx, ref: string): Promise<{ id: number; name: string; path: string; code: string | null }> {
  const code = ref.normalize("NFC").trim();
  const columns = { id: units.id, name: units.name, path: units.path, code: units.code };
  if (code) {
    const [exact] = await db.select(columns).from(units).where(eq(units.code, code)).limit(1);
    if (exact) return exact;
    const anyCase = await db.select(columns).from(units).where(sql`upper(${units.code}) = upper(${code})`).limit(2);
    if (anyCase.length === 1) return anyCase[0]!;
    if (/^\d{1,9}$/.test(code)) {
      const [byId] = await db.select(columns).from(units).where(eq(units.id, Number(code)));
      if (byId) return byId;
    }
  }
  throw new UnitCodeUnknown(code);
}
