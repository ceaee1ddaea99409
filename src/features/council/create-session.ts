// The council's standing member (or the Chairman) calls a session: its title, day, hour and
// place, until when absent members may send written opinions, and whether the vote is online or
// on paper. The agenda comes next; nothing is sent until the members are invited.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { councilSessions, units } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { councilPolicy } from "./policy";
import { CreateSessionInput, vietnamMoment } from "./session-input";

export async function createSession(actor: Actor, input: unknown, db: Db) {
  const v = parseInput(CreateSessionInput, input);
  const meetsAt = vietnamMoment(v.meetsOn, v.meetsAt!);
  const opinionsUntil = v.opinionsUntilOn ? vietnamMoment(v.opinionsUntilOn, v.opinionsUntilAt ?? "23:59") : meetsAt;
  if (opinionsUntil > meetsAt) throw ValidationError.field("opinionsUntilOn", "errors.council_opinions_after_meeting");
  return db.transaction(async (tx) => {
    const [unit] = await tx.select({ id: units.id, path: units.path }).from(units).where(eq(units.id, v.unitId));
    // Where the actor does not prepare sessions, the unit is as good as unknown.
    if (!unit || !councilPolicy.prepare(actor, { unitPath: unit.path })) throw new NotFound("unit");
    const [row] = await tx
      .insert(councilSessions)
      .values({ unitId: unit.id, title: v.title, meetsAt, place: v.place, opinionsUntil, ballotMode: v.ballotMode, createdBy: actor.id })
      .returning();
    await audit(tx, actor, { action: "council_session.created", entityType: "council_session", entityId: row!.id, unit, after: row });
    return row!;
  });
}
