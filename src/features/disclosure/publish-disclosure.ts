// The council's standing member publishes the list of accepted candidates its government screened
// (công khai), from a day (today or later) for the period the catalogue sets: the longest of the
// forms on the list, counted in working days across Tết and the holidays. The end date and the
// article used are kept with the list; a nomination not accepted, not screened here, or already
// on a list still open is refused by name.
import { and, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { disclosureItems, disclosures, nominations } from "../../db/schema";
import { disclosureWindow } from "../../domain/nominations/disclosure";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCalendar } from "../calendar/adjustments";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { recordEvent } from "../nominations/record-event";
import { findVisibleUnit } from "../units/find-visible-unit";
import { PublishDisclosureInput } from "./disclosure-input";
import { disclosurePolicy } from "./policy";

export async function publishDisclosure(actor: Actor, input: unknown, db: Db, opts: { today?: string } = {}) {
  const values = parseInput(PublishDisclosureInput, input);
  const today = opts.today ?? todayInVietnam();
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(disclosurePolicy.manage(actor, unit), "disclosure.manage");
    if (values.startsOn < today) throw ValidationError.field("startsOn", "errors.disclosure_start_past");
    const ids = [...new Set(values.nominationIds)];
    // Locked, so that two lists published at once cannot both take the same nomination.
    const rows = await tx.select().from(nominations).where(inArray(nominations.id, ids)).orderBy(nominations.id).for("update");
    const here = rows.filter((n) => n.screeningUnitId === unit.id);
    if (here.length < ids.length) throw ValidationError.field("nominationIds", "errors.disclosure_nomination_unknown");
    const notAccepted = here.filter((n) => n.status !== "accepted");
    if (notAccepted.length) throw ValidationError.field("nominationIds", "errors.disclosure_not_accepted", { names: notAccepted.map((n) => n.nomineeName).join("; ") });
    const open = await tx
      .selectDistinct({ nominationId: disclosureItems.nominationId })
      .from(disclosureItems)
      .innerJoin(disclosures, eq(disclosures.id, disclosureItems.disclosureId))
      .where(and(inArray(disclosureItems.nominationId, ids), gte(disclosures.endsOn, today)));
    if (open.length) {
      const names = here.filter((n) => open.some((o) => o.nominationId === n.id)).map((n) => n.nomineeName);
      throw ValidationError.field("nominationIds", "errors.disclosure_already_open", { names: names.join("; ") });
    }

    // The longest period among the forms on the list, as the catalogue has it on the first day.
    const catalogue = await loadCatalogue(tx, values.startsOn, unit.path);
    const entries = [...new Set(here.map((n) => n.formCode))].map((code) => catalogue.forForm("disclosure", code));
    const longest = entries.reduce((a, e) => (e && (!a || e.value.workingDays > a.value.workingDays) ? e : a), undefined as (typeof entries)[number]);
    if (!longest) throw ValidationError.field("nominationIds", "errors.disclosure_period_unknown");
    const window = disclosureWindow(values.startsOn, longest.value.workingDays, await loadCalendar(tx));

    const years = [...new Set(here.map((n) => n.year))].sort();
    const title = values.title || `Danh sách đề nghị khen thưởng năm ${years.join(", ")}`;
    const [row] = await tx
      .insert(disclosures)
      .values({ unitId: unit.id, title, startsOn: window.startsOn, endsOn: window.endsOn, workingDays: window.workingDays, citation: longest.citation, publishedBy: actor.id })
      .returning();
    await tx.insert(disclosureItems).values(here.map((n) => ({ disclosureId: row!.id, nominationId: n.id })));
    for (const n of here) await recordEvent(tx, actor, n.id, "disclosed", title);
    await audit(tx, actor, {
      action: "disclosure.published",
      entityType: "disclosure",
      entityId: row!.id,
      unit: { id: unit.id, path: unit.path },
      after: { title, startsOn: window.startsOn, endsOn: window.endsOn, workingDays: window.workingDays, citation: longest.citation, nominationIds: here.map((n) => n.id) },
    });
    return row!;
  });
}
