// Awards decided by an issued QĐ, as the decision's issuing will leave them (plain inserts: an
// issued document is frozen by a trigger, but inserting one is allowed), with their certificate
// codes; and a revocation of one by a second issued QĐ.
import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "../../src/db/client";
import { awardRevocations, awards, certificates, documents, people, units } from "../../src/db/schema";
import { personKeys } from "../../src/domain/registry/person";
import { awardSearchText, awardSortKey } from "../../src/features/awards/award-rules";
import { issueCertificateCodes } from "../../src/features/certificates/issue-certificate-codes";

const GIVEN = ["An", "Bình", "Cúc", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Oanh", "Phúc", "Quang", "Sơn", "Thảo", "Uyên", "Vinh"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"];

let numbers = 100;

/** An issued QĐ of the unit, as the register would have numbered it. */
export async function issuedDecision(db: DbOrTx, unitId: number, opts: { issuedOn?: string; summary?: string; kt?: boolean } = {}) {
  const issuedOn = opts.issuedOn ?? "2024-12-20";
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  const place = unit!.name.replace(/^(Phường|Xã|Thị trấn|Tỉnh|Đặc khu) /, "");
  const number = ++numbers;
  const [doc] = await db
    .insert(documents)
    .values({
      unitId,
      typeCode: "QĐ",
      status: "issued",
      summary: opts.summary ?? "Về việc khen thưởng thành tích năm 2024",
      // An award decision's content as drafted (its lines are the decision area's; these fixtures need only its kind).
      content: { kind: "award", summary: opts.summary ?? "Về việc khen thưởng thành tích năm 2024", authorityLine: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${unit!.name.toLocaleUpperCase("vi")}`, issuer: `Chủ tịch Ủy ban nhân dân ${unit!.name}`, bases: [], proposal: "", lines: [], fund: "Quỹ Thi đua, khen thưởng", executors: "Văn phòng", bonusOn: issuedOn },
      header: { parentBody: null, issuingBody: `ỦY BAN NHÂN DÂN ${unit!.name.toLocaleUpperCase("vi")}`, issuerCode: "UBND", place, collectiveBody: "ỦY BAN NHÂN DÂN", headTitle: "CHỦ TỊCH" },
      year: Number(issuedOn.slice(0, 4)),
      number,
      numberSymbol: `${number}/QĐ-UBND`,
      issuedOn,
      issuedAt: new Date(`${issuedOn}T08:00:00+07:00`),
      signerName: opts.kt ? "Lê Văn Phó" : "Trần Văn Chủ",
      signingForm: opts.kt ? "KT" : "HEAD",
      authority: opts.kt ? ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] : ["CHỦ TỊCH"],
    })
    .returning();
  return doc!;
}

export interface DecidedAwards {
  decision: typeof documents.$inferSelect;
  awards: (typeof awards.$inferSelect & { code: string })[];
}

/**
 * An issued decision of the unit and `count` person awards it made (residents of the unit added
 * for them), each with its certificate code. `formCodes` cycles through forms when given.
 */
export async function makeDecidedAwards(
  db: DbOrTx,
  opts: { unitId: number; count: number; formCode?: string; formCodes?: string[]; issuedOn?: string; achievement?: string; kt?: boolean },
): Promise<DecidedAwards> {
  const decision = await issuedDecision(db, opts.unitId, opts);
  const forms = opts.formCodes ?? [opts.formCode ?? "GK_XA"];
  const names = Array.from({ length: opts.count }, (_, i) => `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[i % GIVEN.length]}${i >= GIVEN.length ? ` ${Math.floor(i / GIVEN.length)}` : ""}`);
  const residents = await db.insert(people).values(names.map((fullName) => ({ fullName, ...personKeys(fullName), unitId: opts.unitId }))).returning({ id: people.id, fullName: people.fullName });
  const rows = residents.map((p, i) => {
    const formCode = forms[i % forms.length]!;
    const achievement = opts.achievement ?? "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024";
    return {
      unitId: opts.unitId,
      recipientKind: "person",
      personId: p.id,
      recipientName: p.fullName,
      searchText: awardSearchText({ recipientName: p.fullName, formName: formCode, decisionNumber: decision.numberSymbol!, achievement }),
      sortKey: awardSortKey(p.fullName, true),
      formCode,
      year: 2024,
      commendationKind: "cong_trang",
      decidingBody: "Chủ tịch UBND",
      decisionNumber: decision.numberSymbol!,
      decisionDate: decision.issuedOn!,
      achievement,
      source: "decided",
      decisionId: decision.id,
    };
  });
  const made = await db.insert(awards).values(rows).returning();
  const codes = new Map((await issueCertificateCodes(db, made.map((a) => a.id))).map((c) => [c.awardId, c.code]));
  return { decision, awards: made.map((a) => ({ ...a, code: codes.get(a.id)! })) };
}

/** The award annulled by a second issued QĐ of its unit (Law Art. 93). */
export async function revokeForTest(db: DbOrTx, awardId: number, opts: { issuedOn?: string; grounds?: string } = {}) {
  const [award] = await db.select().from(awards).where(eq(awards.id, awardId));
  const decision = await issuedDecision(db, award!.unitId, { issuedOn: opts.issuedOn ?? "2025-03-10", summary: "Về việc thu hồi Giấy khen" });
  const [row] = await db.insert(awardRevocations).values({ awardId, decisionId: decision.id, grounds: opts.grounds ?? "Hồ sơ đề nghị khen thưởng không trung thực" }).returning();
  return { decision, revocation: row! };
}

/** The code of an award's certificate. */
export async function codeOf(db: DbOrTx, awardId: number): Promise<string> {
  const [row] = await db.select({ code: certificates.code }).from(certificates).where(eq(certificates.awardId, awardId));
  return row!.code;
}

export const countCertificates = async (db: DbOrTx) => (await db.select({ n: count() }).from(certificates))[0]!.n;
