// Issuing a decision gives each award it makes a certificate with its verification code, in the
// issuing transaction (the decision's use case calls this). Codes are random (80 bits): two alike
// are as likely as guessing one, but the unique index would refuse the pair, and the insert is
// then tried again with new codes rather than failing the decision.
import type { DbOrTx } from "../../db/client";
import { certificates } from "../../db/schema";
import { newCertificateCode } from "../../domain/certificates/code";

const CHUNK = 1_000;

export async function issueCertificateCodes(tx: DbOrTx, awardIds: readonly number[]): Promise<{ awardId: number; code: string }[]> {
  const out: { awardId: number; code: string }[] = [];
  for (let i = 0; i < awardIds.length; i += CHUNK) {
    const rows = awardIds.slice(i, i + CHUNK).map((awardId) => ({ awardId, code: newCertificateCode() }));
    const inserted = await tx.insert(certificates).values(rows).onConflictDoNothing({ target: certificates.code }).returning({ awardId: certificates.awardId, code: certificates.code });
    out.push(...inserted);
    const given = new Set(inserted.map((x) => x.awardId));
    const missing = rows.filter((r) => !given.has(r.awardId));
    if (missing.length) out.push(...(await issueCertificateCodes(tx, missing.map((r) => r.awardId))));
  }
  return out;
}
