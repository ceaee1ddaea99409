// A comment from the public on a list while it is open: name and contact required, the text up to
// 2,000 characters, optionally about one candidate. Kept pending until the standing member
// publishes it. At most 5 an hour from one address; the address itself is never stored, only an
// HMAC of it under the server's secret.
import type { Database } from "../../db/client";
import { disclosureComments } from "../../db/schema";
import { todayInVietnam } from "../../domain/text/dates";
import { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { TooManyAttempts, ValidationError } from "../../platform/errors";
import { take, type Limit } from "../../platform/rate-limit";
import { hmac } from "../../platform/secrets";
import { parseInput } from "../../platform/validation";
import { candidatesOf } from "./disclosure-contents";
import { CommentInput } from "./disclosure-input";
import { findStartedDisclosure } from "./public-disclosures";
import { disclosureState } from "../../domain/nominations/disclosure";

export const COMMENT_LIMIT: Limit = { max: 5, windowSeconds: 3600 };

export interface CommentSender {
  ip: string;
  /** The server's session secret: the key of the address's hash. */
  secret: string;
}

export const addressHash = (sender: CommentSender) => hmac(sender.secret, `disclosure-comment:${sender.ip}`);

export async function postComment(database: Database, unitId: number, disclosureId: number, input: unknown, sender: CommentSender, today = todayInVietnam()) {
  const values = parseInput(CommentInput, input);
  const { db } = database;
  const { disclosure: d } = await findStartedDisclosure(db, unitId, disclosureId, today);
  if (disclosureState(d, today) === "closed") throw ValidationError.field("_form", "errors.disclosure_closed");
  if (values.nominationId !== undefined && !(await candidatesOf(db, d.id)).some((c) => c.nominationId === values.nominationId)) {
    throw ValidationError.field("nominationId", "errors.disclosure_comment_candidate");
  }
  const ipHash = addressHash(sender);
  const wait = await take(database, `disclosure-comment:${ipHash}`, COMMENT_LIMIT);
  if (wait > 0) throw new TooManyAttempts(wait, "address");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(disclosureComments)
      .values({ disclosureId: d.id, nominationId: values.nominationId ?? null, authorName: values.authorName, authorContact: values.authorContact, body: values.body, ipHash })
      .returning({ id: disclosureComments.id });
    await audit(tx, Actor.anonymous(ipHash.slice(0, 16)), { action: "disclosure.comment_received", entityType: "disclosure_comment", entityId: row!.id, after: { disclosureId: d.id, nominationId: values.nominationId ?? null } });
    return row!;
  });
}
