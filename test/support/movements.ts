// Movements, criteria, participants and registrations inserted directly (for the progress
// tests and benchmark), independent of the movements area's own use cases.
import type { DbOrTx } from "../../src/db/client";
import { criteria, movementParticipants, movements, registrations, registrationTargets } from "../../src/db/schema";

export interface CriterionSpec {
  name: string;
  groupName?: string;
  measure: "number" | "percent" | "boolean";
  target?: number | null;
  unitLabel?: string | null;
  maxPoints?: number | null;
  bonusPoints?: number | null;
  appliesTo?: string | null;
}

export interface MovementSpec {
  unitId: number;
  name?: string;
  parentId?: number | null;
  startsOn?: string;
  endsOn?: string;
  status?: "draft" | "launched" | "closed";
  participants?: number[];
  criteria?: CriterionSpec[];
}

/** A launched movement with its participants and criteria; returns the ids. */
export async function insertMovement(db: DbOrTx, spec: MovementSpec) {
  const [movement] = await db
    .insert(movements)
    .values({
      unitId: spec.unitId,
      parentId: spec.parentId ?? null,
      name: spec.name ?? "Phong trào thi đua chào mừng 70 năm Chiến thắng Điện Biên Phủ",
      kind: "campaign",
      startsOn: spec.startsOn ?? "2024-03-21",
      endsOn: spec.endsOn ?? "2024-12-31",
      status: spec.status ?? "launched",
      launchedAt: spec.status === "draft" ? null : new Date(),
    })
    .returning();
  const participants = spec.participants ?? [];
  if (participants.length) await db.insert(movementParticipants).values(participants.map((unitId) => ({ movementId: movement!.id, unitId })));
  const specs = spec.criteria ?? [];
  const rows = specs.length
    ? await db
        .insert(criteria)
        .values(
          specs.map((c, i) => ({
            movementId: movement!.id, groupName: c.groupName ?? "Nhóm tiêu chí 1", position: i + 1, name: c.name, measure: c.measure,
            target: c.target ?? null, unitLabel: c.unitLabel ?? null, maxPoints: c.maxPoints ?? null, bonusPoints: c.bonusPoints ?? null, appliesTo: c.appliesTo ?? null,
          })),
        )
        .returning()
    : [];
  return { movement: movement!, criteria: rows };
}

/** A registration with committed targets by criterion id. */
export async function insertRegistration(db: DbOrTx, movementId: number, unitId: number, targets: Record<number, number> = {}, status = "accepted") {
  const [registration] = await db.insert(registrations).values({ movementId, unitId, status }).returning();
  const entries = Object.entries(targets);
  if (entries.length) await db.insert(registrationTargets).values(entries.map(([criterionId, target]) => ({ registrationId: registration!.id, criterionId: Number(criterionId), target })));
  return registration!;
}

/** The criteria of the seed plan's movement, one of each measure. */
export const SAMPLE_CRITERIA: CriterionSpec[] = [
  { name: "Số hộ gia đình đạt danh hiệu Gia đình văn hóa", groupName: "Xây dựng đời sống văn hóa", measure: "number", target: 40, unitLabel: "hộ", maxPoints: 10, bonusPoints: 2 },
  { name: "Tỷ lệ hộ tham gia vệ sinh môi trường", groupName: "Xây dựng đời sống văn hóa", measure: "percent", target: 90 },
  { name: "Tổ chức giao lưu với nhân chứng lịch sử", groupName: "Giáo dục truyền thống", measure: "boolean" },
];
