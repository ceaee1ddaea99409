// A list as its standing member sees it: the candidates, the period and its article, and every
// comment with its status (pending, published, rejected), its sender's contact and its answer.
import type { Db } from "../../db/client";
import { disclosureState } from "../../domain/nominations/disclosure";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { aboutOf, candidatesOf, commentsOf } from "./disclosure-contents";
import { findManagedDisclosure } from "./find-disclosure";

export async function getDisclosure(actor: Actor, id: number, db: Db, today = todayInVietnam()) {
  return db.transaction(async (tx) => {
    const found = await findManagedDisclosure(actor, tx, id);
    const d = found.disclosure;
    const candidates = await candidatesOf(tx, id);
    const about = aboutOf(candidates);
    const comments = (await commentsOf(tx, id, { publishedOnly: false })).map((c) => ({ ...c, about: about(c.nominationId) }));
    return { disclosure: d, unit: { id: d.unitId, name: found.unitName }, state: disclosureState(d, today), candidates, comments };
  });
}
