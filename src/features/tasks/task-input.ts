import { z } from "zod";
import { isValidSolarDate } from "../../domain/calendar/lunar";
import { fields } from "../../platform/validation";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const isoDate = (message = "errors.date_invalid") =>
  z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((v) => {
    const [year, month, day] = v.split("-").map(Number) as [number, number, number];
    return year >= 2013 && year <= 2199 && isValidSolarDate({ year, month, day });
  }, message);

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
  dueOn: z.preprocess(blank, isoDate().optional()),
  startsOn: z.preprocess(blank, isoDate().optional()),
  workingDays: z.preprocess(blank, z.coerce.number({ error: "errors.task_working_days" }).int("errors.task_working_days").min(1, "errors.task_working_days").max(365, "errors.task_working_days").optional()),
});
export type CreateTaskValues = z.output<typeof CreateTaskInput>;

export const TaskListInput = z.object({
  unit: z.preprocess(blank, z.coerce.number().int().positive().optional()).catch(undefined),
});
