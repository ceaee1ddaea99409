import type { Actor } from "../../platform/actor";

/**
 * The working-day calendar is national data: one table moves every unit's deadlines and
 * reminders, so only national administrators (and the console) change it. The law gives
 * provinces no days off of their own (Labour Code Art. 112), so there is no local layer.
 */
export const calendarPolicy = {
  manage: (actor: Actor) => actor.national,
};
