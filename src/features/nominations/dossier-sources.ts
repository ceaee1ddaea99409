// What a dossier's documents are drawn up from: the nominating unit as it signs (its body,
// symbol and head from the registry), the candidates it puts forward together (the same unit,
// year, movement and kind of commendation, not withdrawn), and the nominee's record (the awards
// with their decisions, the yearly ratings and recognised initiatives, and, within a movement,
// the registration, the reviews and the check-ins with their evidence). Ratings and the date of
// birth go into a report only for those who may see them; otherwise the line is left to fill in.
import { and, asc, count, eq, ilike, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assessments, awards, checkins, criteria, documents, evidenceFiles, initiatives, memberships, movements, nominations, people, registrations, units, yearlyAssessments } from "../../db/schema";
import type { AchievementRecord, AwardLine, DossierCandidate, DossierContext, MovementRecord } from "../../documents/compose-nomination";
import { legalBases } from "../../documents/compose-nomination";
import type { EntryValues } from "../../domain/catalogue/entries";
import type { Catalogue } from "../../domain/catalogue/in-force";
import type { UnitKind } from "../../domain/access/unit-kinds";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer, issuingBodyOf } from "../../domain/documents/issuing-body";
import { formatShortDate } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import type { findVisibleNomination, NominationRow } from "./find-nomination";
import { nomineeOf } from "./nomination-eligibility";
import { findNominee } from "./nominee";
import { nominationPolicy } from "./policy";

type Found = Awaited<ReturnType<typeof findVisibleNomination>>;

const formOf = (catalogue: Catalogue, code: string) => catalogue.get("form", code)?.value as EntryValues["form"] | undefined;

async function unitWithParent(db: DbOrTx, id: number) {
  const [unit] = await db.select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId }).from(units).where(eq(units.id, id));
  const [parent] = unit?.parentId ? await db.select({ name: units.name, kind: units.kind }).from(units).where(eq(units.id, unit.parentId)) : [];
  return { unit: { ...unit!, kind: unit!.kind as UnitKind }, parent: parent ? { ...parent, kind: parent.kind as UnitKind } : null };
}

/** The person holding the unit's head post on the day ("Chủ tịch …", "Bí thư …"), or "". */
async function headName(db: DbOrTx, unitId: number, headTitle: string, on: string): Promise<string> {
  const title = headTitle.toLocaleLowerCase("vi").replace(/^\S/, (c) => c.toLocaleUpperCase("vi"));
  const [row] = await db
    .select({ name: people.fullName })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.unitId, unitId),
        ilike(memberships.position, `${title}%`),
        sql`(${memberships.validFrom} IS NULL OR ${memberships.validFrom} <= ${on}::date)`,
        sql`(${memberships.validTo} IS NULL OR ${memberships.validTo} >= ${on}::date)`,
      ),
    )
    .orderBy(sql`${memberships.validFrom} DESC NULLS LAST`)
    .limit(1);
  return row?.name ?? "";
}

/** A person's post in the nominating unit during the year, and the unit they belong to. */
async function positionsOf(db: DbOrTx, rows: NominationRow[], unitId: number, year: number): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
  const posts = personIds.length
    ? await db
        .select({ personId: memberships.personId, position: memberships.position })
        .from(memberships)
        .where(
          and(
            inArray(memberships.personId, personIds),
            eq(memberships.unitId, unitId),
            sql`(${memberships.validFrom} IS NULL OR ${memberships.validFrom} <= ${`${year}-12-31`}::date)`,
            sql`(${memberships.validTo} IS NULL OR ${memberships.validTo} >= ${`${year}-01-01`}::date)`,
          ),
        )
    : [];
  for (const r of rows) {
    const post = posts.find((p) => p.personId === r.personId)?.position ?? null;
    const nominee = r.nomineeKind === "unit" ? null : await findNominee(db, r.nomineeKind as never, nomineeOf(r).id);
    const [home] = nominee ? await db.select({ name: units.name }).from(units).where(eq(units.id, nominee.unitId)) : [];
    out.set(r.id, [post, home?.name].filter(Boolean).join("; "));
  }
  return out;
}

/** The document's frame and the candidates proposed together with this nomination. */
export async function dossierContext(db: DbOrTx, found: Found, catalogue: Catalogue, date: string | null): Promise<DossierContext> {
  const n = found.nomination;
  const { unit, parent } = await unitWithParent(db, n.unitId);
  const body = issuingBodyOf(unit, parent);
  const [screening] = await db.select({ name: units.name, kind: units.kind }).from(units).where(eq(units.id, n.screeningUnitId));
  const batch = await db
    .select()
    .from(nominations)
    .where(
      and(
        eq(nominations.unitId, n.unitId),
        eq(nominations.year, n.year),
        eq(nominations.commendationKind, n.commendationKind),
        n.movementId ? eq(nominations.movementId, n.movementId) : isNull(nominations.movementId),
        or(eq(nominations.id, n.id), ne(nominations.status, "withdrawn")),
      ),
    )
    .orderBy(asc(nominations.id))
    .limit(500);
  const positions = await positionsOf(db, batch, n.unitId, n.year);
  const candidates: DossierCandidate[] = batch.map((r) => {
    const form = formOf(catalogue, r.formCode);
    return { name: r.nomineeName, kind: r.nomineeKind as never, position: positions.get(r.id) ?? "", formName: form?.name ?? r.formCode, formIsTitle: form?.category === "title", achievement: r.achievement };
  });
  const bases = legalBases(n.decisionDate);
  let movementName: string | null = null;
  if (n.movementId) {
    const [m] = await db
      .select({ name: movements.name, planNumber: documents.numberSymbol, planIssuedOn: documents.issuedOn, planSummary: documents.summary, planUnit: units.name, planUnitKind: units.kind })
      .from(movements)
      .leftJoin(documents, eq(documents.id, movements.planDocumentId))
      .leftJoin(units, eq(units.id, documents.unitId))
      .where(eq(movements.id, n.movementId));
    movementName = m?.name ?? null;
    if (m?.planNumber && m.planIssuedOn) {
      const issuer = m.planUnit ? citedIssuer({ name: m.planUnit, kind: m.planUnitKind as UnitKind }) : null;
      bases.push(`${citeDocument({ kind: "KH", numberSymbol: m.planNumber, issuedOn: m.planIssuedOn, issuer })}${m.planSummary ? ` về ${m.planSummary.replace(/^về\s+/iu, "")}` : ""}`);
    }
  }
  bases.push(`kết quả ${n.commendationKind === "cong_trang" && formOf(catalogue, n.formCode)?.category === "title" ? "bình xét thi đua" : "xét khen thưởng"} năm ${n.year} của ${found.unitName}`);
  const screeningName = screening ? citedIssuer({ name: screening.name, kind: screening.kind as UnitKind }).replace(/^UBND /, "Ủy ban nhân dân ") : "";
  return {
    body,
    unitName: found.unitName,
    headName: await headName(db, n.unitId, body.headTitle, date ?? n.decisionDate),
    date,
    year: n.year,
    addressee: screeningName ? `Chủ tịch ${screeningName}` : BLANK_ADDRESSEE,
    movement: movementName,
    bases,
    candidates,
  };
}
const BLANK_ADDRESSEE = "……………………";

const REGISTRATION_WORDS: Record<string, string> = { submitted: "đã gửi", accepted: "đã được chấp nhận", returned: "bị trả lại" };
const GENDER_WORDS: Record<string, string> = { male: "Nam", female: "Nữ" };

function valueWords(value: number | null, measure: string, unitLabel: string | null): string {
  if (value === null) return "";
  if (measure === "boolean") return value ? "Đạt" : "Chưa đạt";
  const number = value.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  return measure === "percent" ? `${number}%` : `${number}${unitLabel ? ` ${unitLabel}` : ""}`;
}

/** The movement as the nominee's record: the participant is the nominee unit, else the nominee's own unit, else the nominating unit. */
async function movementRecord(db: DbOrTx, movementId: number, preferred: number[], catalogue: Catalogue): Promise<MovementRecord | null> {
  const [m] = await db.select({ name: movements.name }).from(movements).where(eq(movements.id, movementId));
  if (!m) return null;
  const regs = await db.select().from(registrations).where(and(eq(registrations.movementId, movementId), inArray(registrations.unitId, preferred)));
  const participantId = preferred.find((id) => regs.some((r) => r.unitId === id)) ?? preferred.at(-1)!;
  const reg = regs.find((r) => r.unitId === participantId) ?? null;
  const [participant] = await db.select({ name: units.name }).from(units).where(eq(units.id, participantId));
  const reviews = await db
    .select({ criterion: criteria.name, measure: criteria.measure, target: criteria.target, unitLabel: criteria.unitLabel, stage: assessments.stage, self: assessments.selfValue, unit: assessments.unitValue })
    .from(assessments)
    .innerJoin(criteria, eq(criteria.id, assessments.criterionId))
    .where(and(eq(assessments.movementId, movementId), eq(assessments.unitId, participantId)))
    .orderBy(asc(criteria.position), asc(criteria.id), asc(assessments.stage));
  const [reports] = await db.select({ n: count() }).from(checkins).where(and(eq(checkins.movementId, movementId), eq(checkins.unitId, participantId)));
  const [evidence] = await db
    .select({ n: count() })
    .from(evidenceFiles)
    .innerJoin(checkins, eq(checkins.id, evidenceFiles.checkinId))
    .where(and(eq(checkins.movementId, movementId), eq(checkins.unitId, participantId)));
  return {
    name: m.name,
    participant: participant?.name ?? "",
    registration: reg
      ? {
          submittedOn: reg.submittedAt.toISOString().slice(0, 10),
          status: REGISTRATION_WORDS[reg.status] ?? reg.status,
          titles: [...((reg.titles as string[]) ?? []).map((code) => formOf(catalogue, code)?.name ?? code), ...(reg.otherTitle ? [reg.otherTitle] : [])],
        }
      : null,
    reviews: reviews.map((r) => ({
      criterion: r.criterion,
      stage: r.stage === "interim" ? "interim" : "final",
      target: r.measure === "boolean" ? "Đạt" : valueWords(r.target, r.measure, r.unitLabel),
      self: valueWords(r.self, r.measure, r.unitLabel),
      unit: valueWords(r.unit, r.measure, r.unitLabel),
    })),
    checkins: Number(reports?.n ?? 0),
    evidence: Number(evidence?.n ?? 0),
  };
}

/** The nominee's record for the achievement report (and its summary). */
export async function achievementRecord(db: DbOrTx, actor: Actor, found: Found, catalogue: Catalogue): Promise<AchievementRecord> {
  const n = found.nomination;
  const ref = nomineeOf(n);
  const nominee = await findNominee(db, ref.kind, ref.id);
  const form = formOf(catalogue, n.formCode);
  const column = { person: awards.personId, household: awards.householdId, collective: awards.collectiveId, unit: awards.recipientUnitId }[ref.kind];
  const awardRows = await db.select().from(awards).where(eq(column, ref.id)).orderBy(asc(awards.decisionDate), asc(awards.id));
  const awardLines: AwardLine[] = awardRows.map((a) => {
    const f = catalogue.get("form", a.formCode)?.value as EntryValues["form"] | undefined;
    return { year: a.year, formName: f?.name ?? a.formCode, isTitle: f?.category === "title", decisionNumber: a.decisionNumber, decisionDate: a.decisionDate, decidingBody: a.decidingBody };
  });
  const position = (await positionsOf(db, [n], n.unitId, n.year)).get(n.id) ?? "";
  let profile: Pick<AchievementRecord["nominee"], "gender" | "born" | "ethnicity"> = { gender: null, born: null, ethnicity: null };
  let ratings: AchievementRecord["assessments"] = null;
  let recognised: AchievementRecord["initiatives"] = [];
  if (ref.kind === "person" && nominee) {
    const [p] = await db.select().from(people).where(eq(people.id, ref.id));
    const personal = nominationPolicy.viewPersonal(actor, nominee);
    profile = {
      gender: p?.gender ? (GENDER_WORDS[p.gender] ?? null) : null,
      born: personal && p ? (p.birthDate ? formatShortDate(p.birthDate) : p.birthYear ? String(p.birthYear) : null) : null,
      ethnicity: p?.ethnicity ?? null,
    };
    if (nominationPolicy.viewFacts(actor, nominee)) {
      const rows = await db.select({ year: yearlyAssessments.year, rating: yearlyAssessments.rating }).from(yearlyAssessments).where(and(eq(yearlyAssessments.personId, ref.id), sql`${yearlyAssessments.year} BETWEEN ${n.year - 4} AND ${n.year}`));
      ratings = rows;
    }
    recognised = (await db.select().from(initiatives).where(eq(initiatives.personId, ref.id)).orderBy(asc(initiatives.recognisedOn))).map((i) => ({
      title: i.title,
      scope: i.scope,
      recognisedOn: i.recognisedOn,
      recognisedBy: i.recognisedBy,
    }));
  }
  let unitName = "";
  if (nominee) [{ name: unitName } = { name: "" }] = await db.select({ name: units.name }).from(units).where(eq(units.id, nominee.unitId));
  const preferred = [...new Set([...(ref.kind === "unit" ? [ref.id] : nominee ? [nominee.unitId] : []), n.unitId])];
  return {
    nominee: { name: nominee?.name ?? n.nomineeName, kind: ref.kind, position, unitName, ...profile },
    formName: form?.name ?? n.formCode,
    formIsTitle: form?.category === "title",
    achievement: n.achievement,
    assessments: ratings,
    initiatives: recognised,
    awards: awardLines,
    movement: n.movementId ? await movementRecord(db, n.movementId, preferred, catalogue) : null,
  };
}
