// The secretary records who came (điểm danh) before the vote opens. A member who sent written
// opinions is absent by their own word; a member not on the session's list is refused.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { councilItems, councilSessionMembers, writtenOpinions } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleSession } from "./find-session";
import { councilPolicy } from "./policy";
import { AttendanceInput } from "./session-input";

export async function recordAttendance(actor: Actor, sessionId: number, input: unknown, db: Db) {
  const { attendance } = parseInput(AttendanceInput, input);
  return db.transaction(async (tx) => {
    const found = await findVisibleSession(actor, tx, sessionId, { lock: "update" });
    authorize(councilPolicy.prepare(actor, found), "council_session.prepare");
    if (found.session.status !== "invited") throw ValidationError.field("_form", "errors.council_attendance_closed");
    const listed = await tx.select({ memberId: councilSessionMembers.memberId }).from(councilSessionMembers).where(eq(councilSessionMembers.sessionId, sessionId));
    const onList = new Set(listed.map((m) => m.memberId));
    const ids = Object.keys(attendance).map(Number);
    if (ids.length === 0 || ids.some((id) => !onList.has(id))) throw ValidationError.field("attendance", "errors.council_attendance");
    const present = ids.filter((id) => attendance[id] === "present");
    const wrote = present.length
      ? await tx
          .selectDistinct({ memberId: writtenOpinions.memberId })
          .from(writtenOpinions)
          .innerJoin(councilItems, eq(councilItems.id, writtenOpinions.itemId))
          .where(and(eq(councilItems.sessionId, sessionId), inArray(writtenOpinions.memberId, present)))
      : [];
    if (wrote.length) throw ValidationError.field("attendance", "errors.council_present_after_opinion");
    for (const id of ids) await tx.update(councilSessionMembers).set({ attendance: attendance[id]! }).where(and(eq(councilSessionMembers.sessionId, sessionId), eq(councilSessionMembers.memberId, id)));
    await audit(tx, actor, { action: "council_session.attendance", entityType: "council_session", entityId: sessionId, unit: { id: found.session.unitId, path: found.unitPath }, after: attendance });
    return { recorded: ids.length };
  });
}
