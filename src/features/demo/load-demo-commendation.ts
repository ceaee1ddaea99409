// The demo's commendation story, under the rules of 2024: the award history of the ward's
// officials and organisations since 2021 (so that chains show), their yearly assessments, an
// initiative, a discipline; then the nominations of the seed movement from the Front, the mass
// organisations and the ward — individuals, a collective, a household and a residential group —
// some eligible, some not and showing why. Everything goes through the use cases a user would
// run (so the audit log and the timelines read as if typed in), inside the demo's transaction.
import type { Db, Tx } from "../../db/client";
import { requiredDossier } from "../../domain/nominations/dossier";
import { foldForSearch } from "../../domain/text/vietnamese";
import { loadActor, type Actor } from "../../platform/actor";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { recordAward } from "../awards/record-award";
import { recordAssessment } from "../eligibility/record-assessment";
import { recordDiscipline } from "../eligibility/record-discipline";
import { recordInitiative } from "../eligibility/record-initiative";
import { addNominationDocument } from "../nominations/add-nomination-document";
import { createNomination } from "../nominations/create-nomination";
import { acceptNomination } from "../nominations/screen-nomination";
import { submitNomination } from "../nominations/submit-nomination";

export interface DemoCommendationIds {
  movementId: number;
  ward: number;
  groups: number[];
  /** The ward's bodies by key ("front", "women", "youth"…). */
  bodies: Record<string, number>;
  secretary: number;
  /** Organisation accounts by their body's key. */
  officials: Record<string, number>;
  /** Registry ids of the people who hold these posts in 2024. */
  people: {
    chairman: number;
    viceChairman: number;
    staff: number[];
    /** Công chức Địa chính – Xây dựng: disciplined in 2024. */
    landOfficer: number;
    frontChair: number;
    womenChair: number;
    youthMember: number;
    womenMemberHousehold: number;
  };
  /** Câu lạc bộ Phụ nữ khởi nghiệp phường Cam Phú. */
  collective: number;
}

const WARD_BODY = "Chủ tịch UBND phường Cam Phú";
const CITY_BODY = "Chủ tịch UBND thành phố Cam Ranh";

/** A one-page PDF saying it stands for a signed paper (the demo has no scans). ASCII only: the base-14 fonts have no Vietnamese. */
export function samplePdf(title: string): Uint8Array {
  const text = `(${foldForSearch(title).replace(/[^a-z0-9 ,.-]/g, "")} - ban chup mau, du lieu minh hoa) Tj`;
  const stream = `BT /F1 12 Tf 72 760 Td ${text} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function loadDemoCommendation(tx: Tx, ids: DemoCommendationIds): Promise<{ awards: number; nominations: number }> {
  const db = tx as unknown as Db;
  const actor = async (userId: number) => (await loadActor(db, userId))!;
  const secretary = await actor(ids.secretary);
  const p = ids.people;
  let awards = 0;
  const award = async (recipientKind: string, recipientId: number, formCode: string, year: number, decidedBy: string, number: string, decisionDate: string, extra: Record<string, string> = {}) => {
    await recordAward(secretary, { recipientKind, recipientId, formCode, year, decidingBody: decidedBy, decisionNumber: number, decisionDate, commendationKind: "cong_trang", ...extra }, db);
    awards++;
  };

  // The ward's staff: Lao động tiên tiến each year (the ward decides in January).
  for (const year of [2021, 2022, 2023]) {
    for (const [i, person] of [p.chairman, p.viceChairman, ...p.staff].entries()) {
      await award("person", person, "LDTT", year, WARD_BODY, `0${3 + (year % 3)}/QĐ-UBND`, `${year + 1}-01-1${i % 5}`);
    }
  }
  // The Chairman: Chiến sĩ thi đua cơ sở three years running (the city decided it then).
  for (const year of [2021, 2022, 2023]) await award("person", p.chairman, "CSTDCS", year, CITY_BODY, `${210 + year - 2021}/QĐ-UBND`, `${year + 1}-02-15`);
  // The Vice-Chairman: two years, and a Giấy khen for a campaign in 2021 that does not count towards a chain.
  for (const year of [2022, 2023]) await award("person", p.viceChairman, "CSTDCS", year, CITY_BODY, `${210 + year - 2021}/QĐ-UBND`, `${year + 1}-02-15`);
  await award("person", p.viceChairman, "GK_XA", 2021, WARD_BODY, "45/QĐ-UBND", "2021-09-02", {
    commendationKind: "theo_dot", achievement: "Thành tích xuất sắc trong công tác phòng, chống dịch Covid-19 năm 2021",
  });
  // The Front and the Women's Union: Tập thể lao động tiên tiến (the city's power until 30/6/2025).
  for (const year of [2022, 2023]) {
    for (const body of ["front", "women"]) await award("unit", ids.bodies[body]!, "TTLDTT", year, CITY_BODY, `${300 + year - 2021}/QĐ-UBND`, `${year + 1}-02-20`);
  }
  await award("unit", ids.bodies.youth!, "GK_XA", 2023, WARD_BODY, "112/QĐ-UBND", "2023-04-10", { commendationKind: "theo_dot", achievement: "Thành tích xuất sắc trong Tháng Thanh niên năm 2023" });
  // Three residential groups: Tổ dân phố văn hóa in 2022 and 2023.
  for (const year of [2022, 2023]) for (const group of ids.groups.slice(0, 3)) await award("unit", group, "TDPVH", year, CITY_BODY, `${400 + year - 2021}/QĐ-UBND`, `${year + 1}-01-25`);

  // Yearly assessments 2021–2024, an initiative, a discipline.
  for (const year of [2021, 2022, 2023, 2024]) {
    const rate = (person: number, rating: string) => recordAssessment(secretary, person, { year, rating }, db);
    await rate(p.chairman, "excellent");
    await rate(p.viceChairman, year === 2021 ? "good" : "excellent");
    for (const person of p.staff) await rate(person, person === p.landOfficer && year === 2024 ? "completed" : "good");
    await rate(p.frontChair, "good");
    await rate(p.womenChair, year >= 2023 ? "excellent" : "good");
  }
  await recordInitiative(secretary, p.chairman, { title: "Số hóa quy trình tiếp nhận hồ sơ một cửa phường Cam Phú", scope: "unit", recognisedOn: "2024-11-15", recognisedBy: "Hội đồng sáng kiến UBND phường Cam Phú" }, db);
  await recordInitiative(secretary, p.womenChair, { title: "Mô hình \"Phụ nữ Cam Phú giữ gìn đường phố xanh – sạch – đẹp\"", scope: "unit", recognisedOn: "2024-09-10", recognisedBy: "Hội đồng sáng kiến UBND phường Cam Phú" }, db);
  await recordDiscipline(secretary, p.landOfficer, { form: "reprimand", decision: "35/QĐ-UBND", decidedOn: "2024-04-15", endsOn: "2025-04-14", note: "Chậm giải quyết hồ sơ đất đai" }, db);

  // The nominations of the seed movement, decision planned for 20/12/2024 (Decree 98).
  const nominations: { by: Actor; unitId: number; nomineeKind: string; nomineeId: number; formCode: string; achievement: string; documents?: string[]; accept?: boolean }[] = [
    { by: await actor(ids.officials.front!), unitId: ids.bodies.front!, nomineeKind: "person", nomineeId: p.frontChair, formCode: "GK_XA", achievement: "Vận động nhân dân tham gia các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", accept: true },
    { by: await actor(ids.officials.women!), unitId: ids.bodies.women!, nomineeKind: "person", nomineeId: p.womenChair, formCode: "CSTDCS", achievement: "Xây dựng mô hình \"Phụ nữ Cam Phú giữ gìn đường phố xanh – sạch – đẹp\"", accept: true },
    { by: await actor(ids.officials.women!), unitId: ids.bodies.women!, nomineeKind: "household", nomineeId: p.womenMemberHousehold, formCode: "GK_XA", achievement: "Gia đình tiêu biểu tham gia phong trào thi đua năm 2024" },
    { by: await actor(ids.officials.youth!), unitId: ids.bodies.youth!, nomineeKind: "person", nomineeId: p.youthMember, formCode: "LDTT", achievement: "Tích cực tham gia hoạt động tình nguyện \"Tháng Thanh niên\"", documents: [] },
    { by: await actor(ids.officials.women!), unitId: ids.bodies.women!, nomineeKind: "collective", nomineeId: ids.collective, formCode: "GK_XA", achievement: "Hỗ trợ 12 hội viên khởi nghiệp, tham gia các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ" },
    { by: secretary, unitId: ids.ward, nomineeKind: "unit", nomineeId: ids.groups[0]!, formCode: "TDPVH", achievement: "Ba năm liền giữ vững danh hiệu Tổ dân phố văn hóa" },
    { by: secretary, unitId: ids.ward, nomineeKind: "person", nomineeId: p.landOfficer, formCode: "LDTT", achievement: "Hoàn thành nhiệm vụ năm 2024" },
    { by: secretary, unitId: ids.ward, nomineeKind: "person", nomineeId: p.chairman, formCode: "CSTD_TINH", achievement: "Ba năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở; sáng kiến số hóa quy trình một cửa" },
  ];
  const catalogue = await loadCatalogue(db, "2024-12-20", null);
  for (const n of nominations) {
    // A Giấy khen within the movement is for the campaign; the titles are for the year's merit.
    const commendationKind = n.formCode === "GK_XA" ? "theo_dot" : "cong_trang";
    const row = await createNomination(n.by, { unitId: n.unitId, nomineeKind: n.nomineeKind, nomineeId: n.nomineeId, formCode: n.formCode, year: 2024, commendationKind, movementId: ids.movementId, achievement: n.achievement, decisionDate: "2024-12-20" }, db);
    if (n.documents?.length === 0) continue; // left as a draft, its dossier still to be made
    for (const item of requiredDossier(catalogue, n.formCode, commendationKind)?.items ?? []) {
      await addNominationDocument(n.by, row.id, { itemCode: item.code }, { name: `${item.code}.pdf`, bytes: samplePdf(item.name) }, db);
    }
    await submitNomination(n.by, row.id, db);
    if (n.accept) await acceptNomination(secretary, row.id, db);
  }
  return { awards, nominations: nominations.length };
}
