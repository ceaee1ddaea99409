// The nominations a unit may put in a decision: accepted, decided by this unit, passed by the
// council in the last closed session that voted on them, and not yet in a decision or awarded.
import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "../../db/client";

export interface DecidableNomination {
  id: number;
  unitId: number;
  nominatorName: string;
  nomineeKind: "person" | "household" | "collective" | "unit";
  recipientId: number;
  nomineeName: string;
  formCode: string;
  year: number;
  commendationKind: string;
  achievement: string;
  movementId: number | null;
  sessionId: number;
  meetsAt: Date;
}

const RESULT = sql`
  SELECT ci.passed, cs.id AS session_id, cs.meets_at FROM council_items ci JOIN council_sessions cs ON cs.id = ci.session_id
  WHERE ci.nomination_id = n.id AND cs.status = 'closed' ORDER BY cs.meets_at DESC, cs.id DESC LIMIT 1`;

/**
 * Those of `ids` (or all) that the unit may decide now; `inDecision` also admits those held by
 * that (draft) decision; `lock` holds them until the transaction ends.
 */
export async function decidableNominations(db: DbOrTx, unitId: number, opts: { ids?: number[]; lock?: boolean; inDecision?: number } = {}): Promise<DecidableNomination[]> {
  const only = opts.ids ? sql`AND n.id IN (${sql.join([...opts.ids, 0].map((id) => sql`${id}`), sql`, `)})` : sql``;
  // The session's moment as ISO text: the drivers hand a raw timestamptz back as PostgreSQL's own text, which pages cannot format.
  const rows = await selectRows<Omit<DecidableNomination, "meetsAt"> & { meetsAt: string }>(
    db,
    sql`SELECT n.id, n.unit_id AS "unitId", u.name AS "nominatorName", n.nominee_kind AS "nomineeKind",
          coalesce(n.person_id, n.household_id, n.collective_id, n.nominee_unit_id) AS "recipientId",
          n.nominee_name AS "nomineeName", n.form_code AS "formCode", n.year, n.commendation_kind AS "commendationKind",
          n.achievement, n.movement_id AS "movementId", r.session_id AS "sessionId",
          to_char(r.meets_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "meetsAt"
        FROM nominations n
        JOIN units u ON u.id = n.unit_id
        JOIN LATERAL (${RESULT}) r ON r.passed
        WHERE n.deciding_unit_id = ${unitId} AND n.status = 'accepted' ${only}
          AND NOT EXISTS (SELECT 1 FROM decision_items di WHERE di.nomination_id = n.id AND di.document_id <> ${opts.inDecision ?? 0})
          AND NOT EXISTS (SELECT 1 FROM awards a WHERE a.nomination_id = n.id)
        ORDER BY n.id
        ${opts.lock ? sql`FOR UPDATE OF n` : sql``}`,
  );
  return rows.map((r) => ({ ...r, meetsAt: new Date(r.meetsAt) }));
}
