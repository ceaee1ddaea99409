import type { DbOrTx } from "../../db/client";
import type { RecipientKind } from "../../domain/catalogue/entries";
import type { Actor } from "../../platform/actor";
import { authorize } from "../../platform/errors";
import { catalogueNames } from "./catalogue-names";
import { findRecipient, type Recipient } from "./find-recipient";
import { awardPolicy } from "./policy";

/** What the "record an award" form offers: the recipient named in the link (if any) and every form of the catalogue. */
export async function awardFormChoices(actor: Actor, db: DbOrTx, query: { kind?: string | undefined; id?: string | undefined }) {
  authorize(awardPolicy.manageSomewhere(actor), "award.manage");
  let recipient: Recipient | null = null;
  const kind = query.kind as RecipientKind | undefined;
  if (kind && ["person", "household", "collective", "unit"].includes(kind) && /^\d{1,9}$/.test(query.id ?? "")) {
    recipient = await findRecipient(actor, db, kind, Number(query.id));
    authorize(awardPolicy.manage(actor, recipient.unit), "award.manage");
  }
  const names = await catalogueNames(db);
  return { recipient, forms: names.forms, kinds: names.on(new Date().toISOString().slice(0, 10)).all("commendation_kind").map((k) => ({ code: k.code, name: k.value.name, nameEn: k.value.nameEn })) };
}
