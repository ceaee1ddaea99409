import { z } from "zod";
import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from "../../domain/calendar/holidays";
import { fields } from "../../platform/validation";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A day the working-day calendar covers (deadlines are counted on it). */
export const CALENDAR_YEARS = { minYear: FIRST_HOLIDAY_YEAR, maxYear: LAST_HOLIDAY_YEAR };

export const CreateTaskInput = z.object({
  /** The assigning unit. */
  unitId: fields.id("errors.task_unit_required"),
  title: fields.requiredText(500),
  description: z.preprocess(blank, z.string().max(20_000, "errors.too_long").optional()),
  /** The responsible unit in the system, or else its name as text. */
  responsibleUnitId: z.preprocess(blank, fields.id().optional()),
  responsibleLabel: z.preprocess(blank, z.string().trim().max(300, "errors.too_long").optional()),
  collaboratorUnitIds: z.array(fields.id()).max(100, "errors.too_long").default([]),
  /** The deadline: a date, N working days from a start date, or none. */
  dueKind: z.enum(["date", "working_days", "none"], { error: "errors.task_due_kind" }).default("none"),
  dueOn: fields.date({ optional: true, ...CALENDAR_YEARS }),
  startsOn: fields.date({ optional: true, ...CALENDAR_YEARS }),
  workingDays: z.preprocess(blank, z.coerce.number({ error: "errors.task_working_days" }).int("errors.task_working_days").min(1, "errors.task_working_days").max(365, "errors.task_working_days").optional()),
});
export type CreateTaskValues = z.output<typeof CreateTaskInput>;

export const TaskListInput = z.object({
  unit: z.preprocess(blank, z.coerce.number().int().positive().optional()).catch(undefined),
});
