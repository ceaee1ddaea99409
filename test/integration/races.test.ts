// Checks made where they count, in the writing transaction. Each race runs where it can
// happen: on PostgreSQL, with a second connection holding the row; on PGlite (one
// connection) the same requests one after the other must give the same result.
import ExcelJS from "exceljs";
import { count, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkins, movements, people, peopleImports } from "../../src/db/schema";
import { importPeople } from "../../src/features/people/import-people";
import { recordCheckin } from "../../src/features/progress/record-checkin";
import { loadActor, type Actor } from "../../src/platform/actor";
import { Forbidden, ValidationError } from "../../src/platform/errors";
import { insertMovement, SAMPLE_CRITERIA } from "../support/movements";
import { addUnit, personWithRole, setUpWard } from "../support/seed";
import { onPostgres, startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
let wardId: number;
let admin: Actor;
const db = () => t.deps.database.db;

beforeAll(async () => {
  t = await startTestApp();
  ({ wardId } = await setUpWard(t));
  admin = (await loadActor(db(), 1))!;
});
afterAll(() => t.close());

async function sheet(names: string[]) {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet("Người");
  s.addRow(["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc"]);
  for (const n of names) s.addRow([n, "Nữ", null, "Kinh"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("a people import confirmed twice at once", () => {
  it("adds its rows once and tells the second confirm when the file was imported", async () => {
    // No birth dates: nothing for the duplicate check to catch; only the rule on the file does.
    const bytes = await sheet(["Lò Thị Ánh", "Hà Văn Bình", "Vi Thị Cúc"]);
    const before = (await db().select({ n: count() }).from(people))[0]!.n;
    const confirm = () => importPeople(admin, db(), { file: { name: "danh-sach.xlsx", bytes }, unitId: wardId, commit: true });
    const results = await Promise.allSettled([confirm(), confirm(), confirm()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      const err = (r as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fields.file!.key).toBe("errors.import_already_done");
    }
    expect((await db().select({ n: count() }).from(people))[0]!.n).toBe(before + 3);
    expect(await db().select().from(peopleImports).where(eq(peopleImports.unitId, wardId))).toHaveLength(1);
  });
});

describe("a check-in while the movement is being closed", () => {
  it.skipIf(!onPostgres())("waits for the close and is refused, rather than landing in a closed movement (PostgreSQL)", async () => {
    const group = await addUnit(t, { id: wardId, path: `/${wardId}/` }, "Tổ dân phố Đua Nhau");
    const reporter = (await loadActor(db(), (await personWithRole(t, "reporter", group.id)).user.id))!;
    const { movement, criteria } = await insertMovement(db(), { unitId: wardId, participants: [group.id], criteria: SAMPLE_CRITERIA, startsOn: "2024-01-01", endsOn: "2030-12-31" });
    const movementId = movement.id;
    const criterion = criteria.find((c) => c.measure === "number")!;
    const closer = new pg.Client({ connectionString: t.config.databaseUrl });
    await closer.connect();
    try {
      // The chairman's close is under way: the row is locked and changed, not yet committed.
      await closer.query("BEGIN");
      await closer.query("SELECT id FROM movements WHERE id = $1 FOR UPDATE", [movementId]);
      await closer.query("UPDATE movements SET status = 'closed' WHERE id = $1", [movementId]);
      const checkin = recordCheckin(reporter, movementId, { unitId: group.id, criterionId: criterion.id, reportedOn: "2026-03-02", status: "on_track", value: "3" }, db());
      const outcome = checkin.then(
        () => "stored",
        (err: unknown) => err,
      );
      await new Promise((r) => setTimeout(r, 400));
      await closer.query("COMMIT");
      expect(await outcome).toBeInstanceOf(Forbidden);
      expect(await db().select().from(checkins).where(eq(checkins.movementId, movementId))).toEqual([]);
      const [row] = await db().select().from(movements).where(eq(movements.id, movementId));
      expect(row!.status).toBe("closed");
    } finally {
      await closer.end();
    }
  });
});
