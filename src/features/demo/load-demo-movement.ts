// The seed movement of Phường Cam Phú (2024), launched from the issued plan through the
// same use cases a ward uses: its milestones, the Front, the mass organisations and the
// residential groups taking part, a few measurable criteria, and the organisations'
// registrations, accepted by the council's standing member; check-ins with photos from
// three residential groups and the Front's talk with historical witnesses. The criteria,
// figures and photos are examples written for the demo: the plan itself sets none.
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { criteria as criteriaTable } from "../../db/schema";
import { SEED_MILESTONES_2024 } from "../../domain/movements/movement";
import { loadActor } from "../../platform/actor";
import { addCriterion } from "../movements/save-criterion";
import { createMovement } from "../movements/create-movement";
import { acceptRegistration } from "../movements/decide-registration";
import { launchMovement } from "../movements/launch-movement";
import { submitRegistration } from "../movements/submit-registration";
import { recordActivity } from "../progress/record-activity";
import { recordCheckin } from "../progress/record-checkin";
import { CAM_PHU_PLAN } from "./cam-phu-plan";

export const DEMO_CRITERIA = [
  { groupName: "Tuyên truyền, giáo dục truyền thống", name: "Số buổi tuyên truyền, sinh hoạt chuyên đề về truyền thống lịch sử", measure: "number", target: 4, unitLabel: "buổi", maxPoints: 30, bonusPoints: 5 },
  { groupName: "Tuyên truyền, giáo dục truyền thống", name: "Tỷ lệ đoàn viên, hội viên, hộ gia đình được tuyên truyền", measure: "percent", target: 90, unitLabel: "%", maxPoints: 20 },
  { groupName: "Đền ơn đáp nghĩa", name: "Số lượt thăm hỏi gia đình chính sách, thương binh, liệt sĩ, người có công", measure: "number", target: 10, unitLabel: "lượt", maxPoints: 30, bonusPoints: 5 },
  { groupName: "Điển hình tiên tiến", name: "Giới thiệu gương điển hình tiên tiến lên Hội đồng Thi đua - Khen thưởng phường", measure: "boolean", maxPoints: 20 },
] as const;

export interface DemoMovementIds {
  ward: number;
  planId: number;
  writer: number;
  /** Participants: the Front and the organisations (with the account that registers each), and the groups. */
  organisations: { unitId: number; userId: number }[];
  groups: number[];
  /** Group leaders who report progress: check-ins with photos from their groups. */
  reporters: { unitId: number; userId: number; groupName: string }[];
  /** The Front committee's official, who records the talk with historical witnesses. */
  front: { unitId: number; userId: number };
  /** The issued plan as cited ("Kế hoạch số 01/KH-UBND ngày 21 tháng 3 năm 2024 của UBND phường Cam Phú"). */
  planCitation: string;
}

export async function loadDemoMovement(tx: Tx, ids: DemoMovementIds) {
  const db = tx as unknown as Db;
  const writer = (await loadActor(db, ids.writer))!;
  const movement = await createMovement(
    writer,
    {
      unitId: ids.ward,
      name: `Phong trào thi đua ${CAM_PHU_PLAN.summary.replace(/^Phát động phong trào thi đua /, "")}`,
      kind: "campaign",
      planDocumentId: ids.planId,
      startsOn: "2024-03-21",
      endsOn: "2024-12-22",
      registrationDeadline: "2024-04-15",
      description: `Theo ${ids.planCitation}.`,
      milestones: [...SEED_MILESTONES_2024, { on: "2024-11-20", name: "Báo cáo kết quả gửi Phòng Nội vụ", kind: "final_review" }],
      participantIds: [...ids.organisations.map((o) => o.unitId), ...ids.groups],
    },
    db,
  );
  for (const criterion of DEMO_CRITERIA) await addCriterion(writer, movement.id, criterion, db);
  await launchMovement(writer, movement.id, db);
  for (const org of ids.organisations) {
    const official = (await loadActor(db, org.userId))!;
    const registration = await submitRegistration(official, movement.id, { unitId: org.unitId, titles: ["TTLDTT"], note: "Đăng ký thực hiện đầy đủ các chỉ tiêu của phong trào." }, db);
    await acceptRegistration(writer, registration.id, db);
  }
  const criteria = await tx.select({ id: criteriaTable.id, name: criteriaTable.name }).from(criteriaTable).where(eq(criteriaTable.movementId, movement.id)).orderBy(criteriaTable.position);
  const [talks, , visits] = criteria;
  for (const [i, reporter] of ids.reporters.entries()) {
    const actor = (await loadActor(db, reporter.userId))!;
    const report = async (criterionId: number, reportedOn: string, value: number, narrative: string, caption: string) =>
      recordCheckin(actor, movement.id, { unitId: reporter.unitId, criterionId, reportedOn, status: value > 0 ? "on_track" : "late", value, narrative, requestKey: `demo-${reporter.unitId}-${criterionId}-${reportedOn}` }, db, [
        { name: `${reportedOn}.jpg`, bytes: await demoPhoto(`${reporter.groupName} – ${caption}`, i) },
      ]);
    await report(talks!.id, "2024-05-07", 2 + i, "Sinh hoạt chuyên đề kỷ niệm 70 năm Chiến thắng Điện Biên Phủ tại nhà văn hóa tổ dân phố.", "sinh hoạt chuyên đề 7/5/2024");
    await report(visits!.id, "2024-07-27", 3 + 2 * i, "Thăm hỏi, tặng quà gia đình thương binh, liệt sĩ nhân Ngày Thương binh - Liệt sĩ 27/7.", "thăm gia đình chính sách 27/7/2024");
  }
  const frontOfficial = (await loadActor(db, ids.front.userId))!;
  await recordActivity(
    frontOfficial,
    movement.id,
    {
      unitId: ids.front.unitId, title: "Giao lưu với nhân chứng lịch sử Chiến dịch Điện Biên Phủ", kind: "talk", happenedOn: "2024-05-06",
      place: "Hội trường UBND phường Cam Phú", participants: "Cựu chiến binh, đoàn viên thanh niên, học sinh trên địa bàn phường",
      description: "Các cựu chiến binh từng tham gia Chiến dịch Điện Biên Phủ kể lại những kỷ niệm chiến đấu cho thế hệ trẻ.", requestKey: "demo-talk-2024-05-06",
    },
    db,
    [{ name: "giao-luu.jpg", bytes: await demoPhoto("Giao lưu nhân chứng lịch sử – 6/5/2024", 3) }],
  );
  return movement;
}

/** A stand-in photo (the demo has no real ones): a coloured card with its caption, as a phone would send a JPEG. */
async function demoPhoto(caption: string, shade: number): Promise<Uint8Array> {
  const colours = ["#1d70b8", "#00703c", "#d4351c", "#4c2c92"];
  const escaped = caption.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="100%" height="100%" fill="${colours[shade % colours.length]}"/><text x="60" y="420" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#fff">${escaped}</text></svg>`;
  const { default: sharp } = await import("sharp");
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}
