// The public verification of a certificate's code, for anyone, with no sign-in: the issuer, the
// decision's number and date, the holder, the form, and whether the award stands or was revoked
// (and by which decision). Nothing else: no ids, no achievement, no other award. A code that
// cannot be one, one with a wrong check character (mistyped) and one never given get plain
// answers of their own. Each address may ask a limited number of times a minute, counted before
// the lookup, so that codes cannot be tried in bulk (they are 80 random bits besides).
import type { Database } from "../../db/client";
import type { EntryValues } from "../../domain/catalogue/entries";
import { catalogueOn, type LayeredEntry } from "../../domain/catalogue/in-force";
import { formatCertificateCode, readCertificateCode } from "../../domain/certificates/code";
import { TooManyAttempts } from "../../platform/errors";
import { MemoryRateLimit } from "../../platform/memory-rate-limit";
import type { Limit } from "../../platform/rate-limit";
import { issuerLine } from "./certificate-facts";

export const VERIFY_LIMIT: Limit = { max: 30, windowSeconds: 60 };
/** Counted in this process's memory: a write per request in PostgreSQL would cap the page (bench/certificates.ts). */
const attempts = new MemoryRateLimit(VERIFY_LIMIT);

export interface VerifiedCertificate {
  state: "valid" | "revoked";
  code: string;
  issuer: string;
  decision: { numberSymbol: string; issuedOn: string };
  holder: string;
  form: string;
  revocation: { numberSymbol: string; issuedOn: string } | null;
}
export type Verification = { state: "malformed" | "check"; typed: string } | { state: "unknown"; code: string } | VerifiedCertificate;

interface Row {
  holder: string;
  form_code: string;
  number_symbol: string;
  issued_on: string;
  header: Record<string, string>;
  authority: string[] | null;
  unit_path: string;
  revoked_by: string | null;
  revoked_on: string | null;
  forms: { kind: "form"; code: string; value: EntryValues["form"]; validFrom: string; validTo: string | null; scopePath: string | null }[] | string;
}

// One statement: the certificate, its award, the decision, a revocation, and the form's catalogue versions.
const LOOKUP = `
SELECT a.recipient_name AS holder, a.form_code, d.number_symbol, d.issued_on::text AS issued_on, d.header, d.authority, u.path AS unit_path,
       rd.number_symbol AS revoked_by, rd.issued_on::text AS revoked_on,
       (SELECT coalesce(json_agg(json_build_object('kind', ce.kind, 'code', ce.code, 'value', json_build_object('name', ce.value->>'name'), 'validFrom', ce.valid_from, 'validTo', ce.valid_to, 'scopePath', su.path)), '[]'::json)
          FROM catalogue_entries ce LEFT JOIN units su ON su.id = ce.scope_unit_id
         WHERE ce.kind = 'form' AND ce.code = a.form_code) AS forms
  FROM certificates c
  JOIN awards a ON a.id = c.award_id
  JOIN documents d ON d.id = a.decision_id AND d.status = 'issued'
  JOIN units u ON u.id = d.unit_id
  LEFT JOIN award_revocations r ON r.award_id = a.id
  LEFT JOIN documents rd ON rd.id = r.decision_id
 WHERE c.code = $1`;

/** `client`: the asking address, counted against the limit (the console's own checks are not counted). */
export async function verifyCertificate(database: Database, typed: string, client: { ip: string } | null): Promise<Verification> {
  // Every attempt counts, a malformed one too, before anything is looked up.
  const wait = client ? attempts.take(client.ip) : 0;
  if (wait > 0) throw new TooManyAttempts(wait, "address");
  const reading = readCertificateCode(typed.slice(0, 100));
  if (!reading.ok) return { state: reading.problem, typed: typed.slice(0, 40) };
  const [row] = await database.query<Row>(LOOKUP, [reading.code], { name: "certificate-verify" });
  const code = formatCertificateCode(reading.code);
  if (!row) return { state: "unknown", code };
  const entries = (typeof row.forms === "string" ? JSON.parse(row.forms) : row.forms) as Exclude<Row["forms"], string>;
  const layered: LayeredEntry[] = entries.map((e) => ({ ...e, citation: "", unconfirmed: false, scope: e.scopePath ? "unit" : "national" }));
  const form = catalogueOn(layered, row.issued_on, row.unit_path).get("form", row.form_code)?.value as EntryValues["form"] | undefined;
  const revocation = row.revoked_by ? { numberSymbol: row.revoked_by, issuedOn: row.revoked_on ?? "" } : null;
  return {
    state: revocation ? "revoked" : "valid",
    code,
    issuer: issuerLine(row.header ?? {}, row.authority ?? []),
    decision: { numberSymbol: row.number_symbol, issuedOn: row.issued_on },
    holder: row.holder,
    form: form?.name ?? row.form_code,
    revocation,
  };
}

/** The HTTP status of an answer: found (even revoked) 200, never given 404, not a code or mistyped 400. */
export function verificationStatus(v: Verification): 200 | 400 | 404 {
  return v.state === "valid" || v.state === "revoked" ? 200 : v.state === "unknown" ? 404 : 400;
}

export const LOOKUP_FOR_PROFILE = { full: LOOKUP };
