import { and, asc, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { documents, tasks, units } from "../../db/schema";
import { withinScopes } from "../../db/scope";
import { citeDocument } from "../../domain/documents/citation";
import { citedIssuer } from "../../domain/documents/issuing-body";
import type { HolidayCalendar } from "../../domain/calendar/working-days";
import { dueGroup, workingDaysLeft, type DueGroup } from "../../domain/tasks/deadlines";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { loadCalendar } from "../calendar/adjustments";
import { policyUnit } from "../documents/policy-unit";
import { taskPolicy } from "./policy";
import { TaskListInput } from "./task-input";

export interface TaskView {
  id: number;
  title: string;
  description: string;
  unitId: number;
  unitName: string;
  responsibleUnitId: number | null;
  responsibleLabel: string;
  dueOn: string | null;
  dueWorkingDays: number | null;
  startsOn: string | null;
  /** Working days to the deadline; negative when overdue; null without a deadline or when done. */
  workingDaysLeft: number | null;
  /** Open and past its deadline. */
  overdue: boolean;
  status: string;
  doneAt: Date | null;
  documentId: number | null;
  planNumber: string | null;
  /** The plan it comes from, cited as officials write it ("Kế hoạch số 01/KH-UBND ngày … của UBND phường Cam Phú"). */
  planCitation: string | null;
  canComplete: boolean;
}

const responsible = alias(units, "responsible_unit");
const OPEN_LIMIT = 1000;
const DONE_LIMIT = 50;

/** Tasks the actor may see: assigned by, or to, a unit within their movement.view scopes. */
function visible(actor: Actor, unitId: number | undefined): SQL {
  const scopes = taskPolicy.viewScopes(actor);
  const seen = or(withinScopes(units.path, scopes), withinScopes(responsible.path, scopes))!;
  return unitId ? and(seen, or(eq(tasks.unitId, unitId), eq(tasks.responsibleUnitId, unitId)))! : seen;
}

async function selectTasks(actor: Actor, db: DbOrTx, where: SQL, order: SQL[], limit: number, today: string, calendar: HolidayCalendar): Promise<TaskView[]> {
  const rows = await db
    .select({
      task: tasks, unitName: units.name, unitKind: units.kind, unitPath: units.path, responsiblePath: responsible.path,
      planNumber: documents.numberSymbol, planType: documents.typeCode, planIssuedOn: documents.issuedOn,
    })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .leftJoin(responsible, eq(responsible.id, tasks.responsibleUnitId))
    .leftJoin(documents, eq(documents.id, tasks.documentId))
    .where(where)
    .orderBy(...order)
    .limit(limit);
  return rows.map(({ task, unitName, unitKind, unitPath, responsiblePath, planNumber, planType, planIssuedOn }) => ({
    id: task.id,
    title: task.title,
    description: task.description,
    unitId: task.unitId,
    unitName,
    responsibleUnitId: task.responsibleUnitId,
    responsibleLabel: task.responsibleLabel,
    dueOn: task.dueOn,
    dueWorkingDays: task.dueWorkingDays,
    startsOn: task.startsOn,
    workingDaysLeft: task.dueOn && task.status === "open" ? workingDaysLeft(task.dueOn, today, calendar) : null,
    overdue: task.status === "open" && !!task.dueOn && task.dueOn < today,
    status: task.status,
    doneAt: task.doneAt,
    documentId: task.documentId,
    planNumber,
    planCitation: planNumber && planType
      ? citeDocument({ kind: planType, numberSymbol: planNumber, issuedOn: planIssuedOn, issuer: citedIssuer(policyUnit({ name: unitName, kind: unitKind })) })
      : null,
    canComplete: task.status === "open" && taskPolicy.complete(actor, { unitPath, responsibleUnitPath: responsiblePath }),
  }));
}

export interface TaskBoard {
  today: string;
  unitId: number | null;
  groups: Record<DueGroup, TaskView[]>;
  done: TaskView[];
}

/** The board: open tasks by deadline (overdue, within 7 days, later, no date), then the last done. */
export async function taskBoard(actor: Actor, db: DbOrTx, input: unknown, today = todayInVietnam()): Promise<TaskBoard> {
  const { unit } = parseInput(TaskListInput, input);
  const calendar = await loadCalendar(db);
  const open = await selectTasks(actor, db, and(visible(actor, unit), eq(tasks.status, "open"))!, [sql`${tasks.dueOn} ASC NULLS LAST`, asc(tasks.id)], OPEN_LIMIT, today, calendar);
  const done = await selectTasks(actor, db, and(visible(actor, unit), eq(tasks.status, "done"))!, [desc(tasks.doneAt), desc(tasks.id)], DONE_LIMIT, today, calendar);
  const groups: Record<DueGroup, TaskView[]> = { overdue: [], soon: [], later: [], no_date: [] };
  for (const task of open) groups[dueGroup(task.dueOn, today)].push(task);
  return { today, unitId: unit ?? null, groups, done };
}

/** Open tasks past their deadline, the longest overdue first. */
export async function overdueTasks(actor: Actor, db: DbOrTx, input: unknown, today = todayInVietnam()): Promise<TaskView[]> {
  const { unit } = parseInput(TaskListInput, input);
  const where = and(visible(actor, unit), eq(tasks.status, "open"), lt(tasks.dueOn, today))!;
  return selectTasks(actor, db, where, [asc(tasks.dueOn), asc(tasks.id)], OPEN_LIMIT, today, await loadCalendar(db));
}
