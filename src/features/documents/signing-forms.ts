import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { signingAuthorisations } from "../../db/schema";
import type { SigningForm } from "../../domain/documents/authority";
import type { Actor } from "../../platform/actor";
import { documentPolicy } from "./policy";

export interface SigningChoice {
  form: SigningForm;
  /** The signer's own post under the authority line. */
  signerTitle: string;
}

/**
 * How the actor may sign for this unit on this date: by their post (Chairman, Vice-Chairman)
 * and by any written authorisation (TL., TUQ.) in force that day.
 */
export async function signingChoices(actor: Actor, db: DbOrTx, unit: { id: number }, headTitle: string, on: string): Promise<SigningChoice[]> {
  const byPost = documentPolicy.signingForms(actor, unit).map((form): SigningChoice => ({ form, signerTitle: form === "KT" ? `PHÓ ${headTitle}` : headTitle }));
  if (!actor.id) return byPost;
  const granted = await db
    .select({ form: signingAuthorisations.form, signerTitle: signingAuthorisations.signerTitle })
    .from(signingAuthorisations)
    .where(
      and(
        eq(signingAuthorisations.unitId, unit.id),
        eq(signingAuthorisations.userId, actor.id),
        isNull(signingAuthorisations.revokedAt),
        lte(signingAuthorisations.validFrom, on),
        or(isNull(signingAuthorisations.validTo), gte(signingAuthorisations.validTo, on)),
      ),
    );
  return [...byPost, ...granted.map((g) => ({ form: g.form as SigningForm, signerTitle: g.signerTitle }))];
}
