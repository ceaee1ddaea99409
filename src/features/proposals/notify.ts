// Notices to the other side at each step: the level above's reviewers when a proposal is sent,
// the proposing unit's people when it is received, returned or decided. Written in the step's
// transaction (notifyPerson), so a step that fails tells no one.
import { and, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { roleAssignments, units } from "../../db/schema";
import { ROLES, roleGrants } from "../../domain/access/roles";
import { notifyPerson, type PersonNotice } from "../reminders/notify-person";

const REVIEWERS = ROLES.filter((r) => roleGrants(r, "proposal.review"));
const SENDERS = ROLES.filter((r) => roleGrants(r, "proposal.send"));

/** The reviewers on the receiving government and on its departments (agencies). */
export async function notifyReviewers(tx: Tx, recipientUnitId: number, notice: PersonNotice, baseUrl: string): Promise<number> {
  const rows = await tx
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(and(inArray(roleAssignments.role, REVIEWERS), or(eq(units.id, recipientUnitId), and(eq(units.parentId, recipientUnitId), eq(units.kind, "agency")))));
  let n = 0;
  for (const r of rows) if (await notifyPerson(tx, r.userId, notice, baseUrl)) n++;
  return n;
}

/** Who drafted it and the proposing unit's own leaders and standing member. */
export async function notifySenders(tx: Tx, unitId: number, createdBy: number | null, notice: PersonNotice, baseUrl: string): Promise<number> {
  const rows = await tx
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.unitId, unitId), inArray(roleAssignments.role, SENDERS)));
  const ids = new Set(rows.map((r) => r.userId));
  if (createdBy) ids.add(createdBy);
  let n = 0;
  for (const id of ids) if (await notifyPerson(tx, id, notice, baseUrl)) n++;
  return n;
}
