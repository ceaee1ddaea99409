// Restores a backup into an empty database (just migrated), in one transaction:
// either every row is back or nothing is written.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Database } from "../../db/client";
import { BACKUP_FORMAT, BACKUP_TABLES } from "./tables";

export class RestoreError extends Error {}

/** Tables whose rows a backup holds; derived ones are rebuilt by triggers as their sources come back. */
const KNOWN = new Set<string>(BACKUP_TABLES.filter((t) => !t.derived).map((t) => t.name));
/** Append-only (migration 0009): restored by inserting, never emptied. */
const AUDIT_TABLES = new Set(["audit_log", "audit_head"]);

export async function restoreDatabase(database: Database, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  return database.rawTransaction(async (query) => {
    const [{ n } = { n: 0 }] = await query<{ n: number }>(`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM units) + (SELECT count(*) FROM audit_log) AS n`);
    if (Number(n) > 0) throw new RestoreError("Cơ sở dữ liệu đích không trống (đã có người dùng, đơn vị hoặc nhật ký). / The target database is not empty.");
    let header = false;
    let ended = false;
    // Opened only now, right before reading: lines that a reader emits before its loop
    // starts are lost (and a stream that already ended would leave the loop waiting).
    const input = createReadStream(file).pipe(createGunzip());
    const reader = createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of reader) {
        if (!line) continue;
        const record = JSON.parse(line) as { format?: string; table?: string; rows?: unknown[]; end?: boolean };
        if (!header) {
          if (record.format !== BACKUP_FORMAT) throw new RestoreError("Tệp không phải bản sao lưu Thi Đua. / Not a Thi Đua backup.");
          header = true;
          // The migration already put its own rows here. The audit tables are left alone (their
          // triggers refuse deletes): the log is empty, the genesis head is moved to the restored one.
          for (const t of [...BACKUP_TABLES].reverse()) if (!AUDIT_TABLES.has(t.name)) await query(`DELETE FROM ${t.name}`);
          continue;
        }
        if (record.end) {
          ended = true;
          break;
        }
        if (!record.table || !KNOWN.has(record.table) || !Array.isArray(record.rows)) throw new RestoreError(`Dòng không hợp lệ trong bản sao lưu: ${line.slice(0, 80)}`);
        // json_populate_recordset turns each row back into the table's own column types.
        if (record.table === "audit_head") {
          // A backup from before the audit key has no keyed_from: its entries are all unkeyed.
          await query(
            `INSERT INTO audit_head (id, seq, hash, keyed_from, mac)
             SELECT id, seq, hash, COALESCE(keyed_from, seq + 1), mac FROM json_populate_recordset(NULL::audit_head, $1::json)
             ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, keyed_from = EXCLUDED.keyed_from, mac = EXCLUDED.mac`,
            [JSON.stringify(record.rows)],
          );
        } else {
          await query(`INSERT INTO ${record.table} SELECT * FROM json_populate_recordset(NULL::${record.table}, $1::json)`, [JSON.stringify(record.rows)]);
        }
        counts[record.table] = (counts[record.table] ?? 0) + record.rows.length;
      }
    } catch (err) {
      if (err instanceof RestoreError) throw err;
      throw new RestoreError(`Không đọc được bản sao lưu: ${(err as Error).message}`);
    }
    if (!header || !ended) throw new RestoreError("Bản sao lưu bị cắt ngang hoặc trống. / The backup is truncated or empty.");
    // Serial columns continue after the restored ids.
    const serials = await query<{ tbl: string; col: string; seq: string }>(
      `SELECT c.table_name AS tbl, c.column_name AS col, pg_get_serial_sequence(c.table_name, c.column_name) AS seq
         FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval(%'`,
    );
    for (const s of serials) {
      await query(`SELECT setval('${s.seq}', COALESCE((SELECT max(${s.col}) FROM ${s.tbl}), 0) + 1, false)`);
    }
    return counts;
  });
}
