import type { Db } from "../../db/client";
import { decisionItems, documentEvents, documentRecipients, documents, documentVersions } from "../../db/schema";
import type { AwardDecisionContent } from "../../domain/decisions/decision-content";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { isUniqueViolation } from "../../platform/db-errors";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { unitHeader } from "../documents/unit-header";
import { findVisibleUnit } from "../units/find-visible-unit";
import { decidableNominations } from "./decidable-nominations";
import { CreateDecisionInput } from "./decision-input";
import { decisionLine } from "./decision-lines";
import { decisionFrame, minutesBases, planBases } from "./decision-texts";
import { decisionPolicy } from "./policy";

/**
 * Drafts an award decision (QĐ) of the unit from nominations that passed its council: the lines
 * in the order chosen, the căn cứ lines of the catalogue in force, the unit's plan and the
 * council's minutes. Every nomination must be decidable now (decidable-nominations.ts); one that
 * is not is named in the answer and nothing is drafted. Submitting, signing and issuing are the
 * documents' own steps; the bonus is computed when the number is taken.
 */
export async function createDecision(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreateDecisionInput, input);
  const wanted = [...new Set(values.nominationIds)];
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(decisionPolicy.draft(actor, unit), "decision.draft");
    const found = await decidableNominations(tx, unit.id, { ids: wanted, lock: true });
    const missing = wanted.filter((id) => !found.some((n) => n.id === id));
    if (missing.length) throw ValidationError.field("nominationIds", "errors.decision_items_not_decidable", { ids: missing.join(", ") });
    const byId = new Map(found.map((n) => [n.id, n]));
    const chosen = wanted.map((id) => byId.get(id)!);

    const today = todayInVietnam();
    const catalogue = await loadCatalogue(tx, today, unit.path);
    const header = await unitHeader(tx, unit);
    const frame = decisionFrame(unit, header);
    const years = [...new Set(chosen.map((n) => n.year))].sort();
    const content: AwardDecisionContent = {
      kind: "award",
      summary: `Về việc khen thưởng cá nhân, tập thể có thành tích trong phong trào thi đua năm ${years.join(", ")}`,
      ...frame,
      bases: [
        ...(await planBases(tx, unit, [...new Set(chosen.flatMap((n) => (n.movementId ? [n.movementId] : [])))])),
        ...minutesBases(unit, chosen.map((n) => new Date(n.meetsAt))),
      ],
      lines: chosen.map((n) => decisionLine(catalogue, n)),
    };
    const [doc] = await tx
      .insert(documents)
      .values({ unitId: unit.id, typeCode: "QĐ", summary: content.summary, content, header, createdBy: actor.id })
      .returning();
    await tx.insert(documentVersions).values({ documentId: doc!.id, version: 1, summary: content.summary, content, header, createdBy: actor.id });
    // Two drafts racing for one nomination: the loser is told so, as if it had come second.
    await tx
      .insert(decisionItems)
      .values(chosen.map((n, position) => ({ documentId: doc!.id, nominationId: n.id, position })))
      .catch((err: unknown) => {
        throw isUniqueViolation(err, "decision_items_nomination_idx") ? ValidationError.field("nominationIds", "errors.decision_items_not_decidable", { ids: wanted.join(", ") }) : err;
      });
    await tx.insert(documentRecipients).values({ documentId: doc!.id, position: 0, label: "Như Điều 3" });
    await tx.insert(documentEvents).values({ documentId: doc!.id, action: "created", version: 1, actorId: actor.id, actorName: actor.user?.fullName ?? actor.label });
    await audit(tx, actor, { action: "decision.created", entityType: "document", entityId: doc!.id, unit, after: { typeCode: "QĐ", nominations: wanted } });
    return doc!;
  });
}
