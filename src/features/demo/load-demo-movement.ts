// The seed movement of Phường Cam Phú (2024), launched from the issued plan through the
// same use cases a ward uses: its milestones, the Front, the mass organisations and the
// residential groups taking part, a few measurable criteria, and the organisations'
// registrations, accepted by the council's standing member. The criteria are examples
// written for the demo: the plan itself sets none.
import type { Db, Tx } from "../../db/client";
import { SEED_MILESTONES_2024 } from "../../domain/movements/movement";
import { loadActor } from "../../platform/actor";
import { addCriterion } from "../movements/save-criterion";
import { createMovement } from "../movements/create-movement";
import { acceptRegistration } from "../movements/decide-registration";
import { launchMovement } from "../movements/launch-movement";
import { submitRegistration } from "../movements/submit-registration";
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
      description: "Theo Kế hoạch số 01/KH-UBND ngày 21/3/2024 của UBND phường Cam Phú.",
      milestones: [...SEED_MILESTONES_2024, { on: "2024-11-20", name: "Báo cáo kết quả gửi Phòng Nội vụ", kind: "final_review" }],
      participantIds: [...ids.organisations.map((o) => o.unitId), ...ids.groups],
    },
    db,
  );
  for (const criterion of DEMO_CRITERIA) await addCriterion(writer, movement.id, criterion, db);
  await launchMovement(writer, movement.id, db);
  for (const org of ids.organisations) {
    const official = (await loadActor(db, org.userId))!;
    const registration = await submitRegistration(official, movement.id, { unitId: org.unitId, titles: ["Tập thể lao động tiên tiến"], note: "Đăng ký thực hiện đầy đủ các chỉ tiêu của phong trào." }, db);
    await acceptRegistration(writer, registration.id, db);
  }
  return movement;
}
