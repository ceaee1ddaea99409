import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../platform/actor";
import { authorize, ValidationError, type FieldErrors } from "../../platform/errors";
import { auditActions, listAudit } from "./list-audit";
import { auditPolicy } from "./policy";

/**
 * The audit page: the actions its filter offers, and the entries the filters select; with
 * a filter that does not read (a date of 31/02), no entries but what is wrong with it.
 */
export async function browseAudit(actor: Actor, db: DbOrTx, filters: Record<string, string>) {
  authorize(auditPolicy.browse(actor), "audit.view");
  const actions = await auditActions(db);
  try {
    return { actions, list: await listAudit(actor, db, filters), errors: {} as FieldErrors };
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return { actions, list: null, errors: err.fields };
  }
}

export type BrowseAudit = Awaited<ReturnType<typeof browseAudit>>;
