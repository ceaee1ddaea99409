// A new version of a catalogue entry: the national layer's (national administrators only), a
// province's own or a unit's own, for what the law leaves to that layer (`mayOverride`). Entries
// are history: a value is never edited; the layer's previous open version ends the day before
// the new one starts, and a version that would overlap one of the same layer is refused.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { catalogueEntries } from "../../db/schema";
import { mayOverride, RECIPIENT_KINDS, type EntryKind, type EntryScope } from "../../domain/catalogue/entries";
import { catalogueOn, type Catalogue } from "../../domain/catalogue/in-force";
import { formatShortDate } from "../../domain/text/dates";
import type { MessageKey } from "../../i18n";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError, type FieldErrors } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { AddVersionInput, VALUE_SCHEMAS, type AddVersionValues } from "./catalogue-input";
import { entryToReplace, provinceOf, type CatalogueUnit } from "./catalogue-unit";
import { loadCatalogueEntries } from "./load-catalogue";
import { cataloguePolicy } from "./policy";

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Codes a kind always has; "*" (every form) where a default applies; "simplified" for the simplified procedure's dossier. */
const FIXED_CODE: Partial<Record<EntryKind, string>> = { base_salary: "base_salary", quorum: "quorum", bonus_rule: "calculation", council_rule: "council" };
const ANY_FORM: readonly EntryKind[] = ["dossier", "disclosure", "ballot_threshold", "processing"];
const BY_FORM: readonly EntryKind[] = ["authority", "criterion", "chain", "dossier", "disclosure", "ballot_threshold", "quota", "processing"];
/** Value fields that name a title or form by its code. */
const TITLE_FIELDS = ["of", "includesTitle", "memberTitle", "requires"] as const;

/** Checks the input whole (every problem at once), the value by its kind's schema. */
function parseVersion(input: unknown): AddVersionValues {
  const problems: FieldErrors = {};
  let base: AddVersionValues | null = null;
  try {
    base = parseInput(AddVersionInput, input);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    Object.assign(problems, err.fields);
  }
  const raw = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const kind = base?.kind ?? (typeof raw.kind === "string" && raw.kind in VALUE_SCHEMAS ? (raw.kind as EntryKind) : null);
  let value: Record<string, unknown> | null = null;
  if (kind && raw.value && typeof raw.value === "object") {
    try {
      value = parseInput(VALUE_SCHEMAS[kind], raw.value) as Record<string, unknown>;
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      for (const [field, problem] of Object.entries(err.fields)) problems[field === "_form" ? "value" : `value.${field}`] = problem;
    }
  }
  if (value && (kind === "quorum" || kind === "ballot_threshold") && (value.numerator as number) > (value.denominator as number)) {
    problems["value.numerator"] = { key: "errors.catalogue_numerator_over" };
  }
  // The dates are compared even when another field is wrong, so that every problem is said at once.
  const dates = AddVersionInput.pick({ validFrom: true, validTo: true }).safeParse(raw);
  if (dates.success && dates.data.validTo && dates.data.validTo < dates.data.validFrom && !problems.validTo) {
    problems.validTo = { key: "errors.catalogue_valid_to_before", params: { date: formatShortDate(dates.data.validFrom) } };
  }
  if (Object.keys(problems).length > 0 || !base || !value) throw new ValidationError(Object.keys(problems).length ? problems : { value: { key: "errors.catalogue_value" } });
  return { ...base, value };
}

/** Whether the code names something that exists on the version's first day. */
function codeProblem(kind: EntryKind, code: string, catalogue: Catalogue, on: string): FieldErrors | null {
  const fixed = FIXED_CODE[kind];
  if (fixed) return code === fixed ? null : { code: { key: "errors.catalogue_code_fixed", params: { code: fixed } } };
  const unknown = (c: string): FieldErrors => ({ code: { key: "errors.catalogue_code_unknown", params: { code: c, date: formatShortDate(on) } } });
  if (kind === "bonus") {
    const [form = "", recipient = "", ...rest] = code.split(".");
    if (rest.length || !(RECIPIENT_KINDS as readonly string[]).includes(recipient)) return { code: { key: "errors.catalogue_bonus_code" } };
    return catalogue.get("form", form) ? null : unknown(form);
  }
  if (code === "*" && ANY_FORM.includes(kind)) return null;
  if (code === "simplified" && kind === "dossier") return null;
  if (BY_FORM.includes(kind) && !catalogue.get("form", code)) return unknown(code);
  return null;
}

export async function addCatalogueVersion(actor: Actor, input: unknown, db: Db) {
  const values = parseVersion(input);
  const { scope, kind, code, validFrom } = values;
  return db.transaction(async (tx) => {
    let layer: CatalogueUnit | null = null;
    if (scope === "national") authorize(cataloguePolicy.manageNational(actor), "catalogue.manage_national");
    else {
      if (!values.unitId) throw ValidationError.field("unitId", "errors.choose_unit");
      const unit = await findVisibleUnit(actor, tx, values.unitId);
      if (scope === "province") {
        layer = await provinceOf(tx, unit);
        if (!layer) throw ValidationError.field("scope", "errors.catalogue_no_province");
      } else {
        if (unit.kind === "province") throw ValidationError.field("scope", "errors.catalogue_unit_is_province");
        layer = unit;
      }
      authorize(cataloguePolicy.manage(actor, layer), "catalogue.manage");
    }

    const all = await loadCatalogueEntries(tx);
    if (scope !== "national" && !mayOverride(entryToReplace(all, kind, code, validFrom), scope)) {
      // Only the kinds a layer may not replace have a message (a test checks each one exists).
      throw ValidationError.field("kind", `errors.catalogue_${scope}_may_not.${kind}` as MessageKey);
    }
    const catalogue = catalogueOn(all, validFrom, layer?.path ?? null);
    const codeIssue = codeProblem(kind, code, catalogue, validFrom);
    if (codeIssue) throw new ValidationError(codeIssue);
    for (const field of TITLE_FIELDS) {
      const ref = values.value[field];
      if (typeof ref === "string" && !catalogue.get("form", ref)) {
        throw ValidationError.field(`value.${field}`, "errors.catalogue_code_unknown", { code: ref, date: formatShortDate(validFrom) });
      }
    }

    // The layer's own versions of this entry, locked against a concurrent new version (the
    // transaction's advisory lock also covers a layer that has none yet).
    const scopeId = layer?.id ?? null;
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`catalogue:${scopeId ?? 0}:${kind}:${code}`}))`);
    const sameLayer = and(eq(catalogueEntries.kind, kind), eq(catalogueEntries.code, code), scopeId === null ? isNull(catalogueEntries.scopeUnitId) : eq(catalogueEntries.scopeUnitId, scopeId));
    const versions = await tx.select().from(catalogueEntries).where(sameLayer).for("update");
    const latest = versions.reduce<(typeof versions)[number] | null>((a, v) => (a && a.validFrom > v.validFrom ? a : v), null);
    if (latest && latest.validFrom >= validFrom) throw ValidationError.field("validFrom", "errors.catalogue_version_exists", { date: formatShortDate(latest.validFrom) });
    const overlapping = versions.find((v) => v.validTo !== null && v.validTo >= validFrom);
    if (overlapping) throw ValidationError.field("validFrom", "errors.catalogue_overlaps", { from: formatShortDate(overlapping.validFrom), to: formatShortDate(overlapping.validTo!) });
    const ended = versions.find((v) => v.validTo === null) ?? null;
    const closed = ended ? (await tx.update(catalogueEntries).set({ validTo: dayBefore(validFrom) }).where(eq(catalogueEntries.id, ended.id)).returning())[0]! : null;
    const [row] = await tx
      .insert(catalogueEntries)
      .values({ kind, code, validFrom, validTo: values.validTo, value: values.value, citation: values.citation, unconfirmed: values.unconfirmed, note: values.note ?? null, scopeUnitId: scopeId, createdBy: actor.id })
      .returning();
    await audit(tx, actor, {
      action: "catalogue.version_added",
      entityType: "catalogue_entry",
      entityId: row!.id,
      unit: layer ? { id: layer.id, path: layer.path } : null,
      before: closed ? { endedVersion: { id: closed.id, validFrom: closed.validFrom, validTo: closed.validTo } } : null,
      after: { ...row!, scope: scope as EntryScope },
    });
    return { ...row!, scope, endedVersionId: closed?.id ?? null };
  });
}
