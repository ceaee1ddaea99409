// A member acting in a session as a member (not as an official): they must hold a seat in it.
import type { Tx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { Forbidden } from "../../platform/errors";
import { findVisibleSession, type VisibleSession } from "./find-session";

export async function sessionSeat(actor: Actor, tx: Tx, sessionId: number, lock?: "update" | "share"): Promise<VisibleSession & { member: NonNullable<VisibleSession["member"]> }> {
  const found = await findVisibleSession(actor, tx, sessionId, lock ? { lock } : {});
  if (!found.member) throw new Forbidden("council.member");
  return found as VisibleSession & { member: NonNullable<VisibleSession["member"]> };
}
