import type { Db } from "../../db/client";
import { decisionItems, documentEvents, documentRecipients, documents, documentVersions } from "../../db/schema";
import type { RevocationDecisionContent } from "../../domain/decisions/decision-content";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { isUniqueViolation } from "../../platform/db-errors";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { unitHeader } from "../documents/unit-header";
import { findVisibleUnit } from "../units/find-visible-unit";
import { CreateRevocationInput } from "./decision-input";
import { decisionFrame } from "./decision-texts";
import { decisionPolicy } from "./policy";
import { bonusAmount, revocableAwards } from "./revocable-awards";

/**
 * Drafts a revocation decision (Law Art. 93): the unit annuls awards its own decisions made, with
 * the grounds, and orders the items and the bonus back. The award decisions stay as issued; once
 * this one is issued, the registry, eligibility and the verification page say the award was
 * revoked and by which decision.
 */
export async function createRevocation(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreateRevocationInput, input);
  const wanted = [...new Set(values.awardIds)];
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(decisionPolicy.draft(actor, unit), "decision.draft");
    const found = await revocableAwards(tx, unit.id, { ids: wanted, lock: true });
    const missing = wanted.filter((id) => !found.some((a) => a.id === id));
    if (missing.length) throw ValidationError.field("awardIds", "errors.revocation_awards_not_revocable", { ids: missing.join(", ") });
    const catalogue = await loadCatalogue(tx, todayInVietnam(), unit.path);
    const header = await unitHeader(tx, unit);
    const frame = decisionFrame(unit, header);
    const byId = new Map(found.map((a) => [a.id, a]));
    const content: RevocationDecisionContent = {
      kind: "revocation",
      summary: "Về việc hủy quyết định khen thưởng, thu hồi hiện vật và tiền thưởng",
      authorityLine: frame.authorityLine,
      bases: [],
      grounds: values.grounds,
      lines: wanted.map((id) => {
        const a = byId.get(id)!;
        return { awardId: a.id, recipientName: a.recipientName, formName: catalogue.get("form", a.formCode)?.value.name ?? a.formCode, decisionNumber: a.decisionNumber, decisionDate: a.decisionDate, moneyDue: bonusAmount(a.bonus) };
      }),
      executors: frame.executors,
    };
    const [doc] = await tx.insert(documents).values({ unitId: unit.id, typeCode: "QĐ", summary: content.summary, content, header, createdBy: actor.id }).returning();
    await tx.insert(documentVersions).values({ documentId: doc!.id, version: 1, summary: content.summary, content, header, createdBy: actor.id });
    await tx
      .insert(decisionItems)
      .values(wanted.map((awardId, position) => ({ documentId: doc!.id, awardId, position })))
      .catch((err: unknown) => {
        throw isUniqueViolation(err, "decision_items_award_idx") ? ValidationError.field("awardIds", "errors.revocation_awards_not_revocable", { ids: wanted.join(", ") }) : err;
      });
    await tx.insert(documentRecipients).values({ documentId: doc!.id, position: 0, label: "Như Điều 3" });
    await tx.insert(documentEvents).values({ documentId: doc!.id, action: "created", version: 1, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label });
    await audit(tx, actor, { action: "decision.revocation_created", entityType: "document", entityId: doc!.id, unit, after: { awards: wanted } });
    return doc!;
  });
}
