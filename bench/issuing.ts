// The register under load: 1,000 one-page plans, submitted beforehand, issued by 20
// concurrent clients (async callers of the issuing use case on one app process, each with
// its own transaction: a pool of connections on PostgreSQL, PGlite's single one embedded).
// Each issue takes the next number, renders the real .docx and .pdf and stores them.
// Checked after the run: numbers 1..1,000 with no gap and no duplicate.
import { eq } from "drizzle-orm";
import { loadConfig } from "../src/config";
import { documents, roleAssignments, users } from "../src/db/schema";
import type { PlanContent } from "../src/domain/plans/plan-content";
import { createPlan } from "../src/features/documents/create-plan";
import { issueDocument } from "../src/features/documents/issue-document";
import { submitDocument } from "../src/features/documents/submit-document";
import { insertUnit } from "../src/features/units/insert-unit";
import { loadActor } from "../src/platform/actor";
import { openRuntime } from "../src/server";
import type { Figures } from "./lib";

const DOCUMENTS = Number(process.env.BENCH_ISSUE_DOCUMENTS ?? 1000);
const CLIENTS = 20;

const ONE_PAGE: PlanContent = {
  summary: "Phát động phong trào thi đua",
  basis: "Thực hiện công văn số 1240/UBND-NV ngày 20 tháng 3 năm 2024 của UBND thành phố Cam Ranh.",
  introduction: "UBND phường xây dựng kế hoạch như sau:",
  purposes: "- Tuyên truyền sâu rộng trong toàn thể cán bộ, công chức và Nhân dân.",
  requirements: "- Khen thưởng chính xác, công khai, kịp thời.",
  contents: "1. Tổ chức phát động phong trào thi đua.",
  assignments: [{ party: "Công chức Văn hóa – Xã hội", duties: "Viết tin, bài tuyên truyền kế hoạch này." }],
  closing: "Yêu cầu cán bộ, công chức nghiêm túc thực hiện./.",
};

export async function issuing(figures: Figures, env: { DATA_DIR: string; DATABASE_URL: string }, kind: "pglite" | "postgres"): Promise<void> {
  const runtime = await openRuntime(loadConfig({ ...env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" }), { info() {}, error: (m) => console.error(`  ${m}`) });
  try {
    const { db } = runtime.deps.database;
    const ward = await db.transaction((tx) => insertUnit(tx, { parent: null, name: "Phường Đo Tải", kind: "ward", code: null }));
    const person = async (email: string, role: "chairman" | "council_secretary") => {
      const [user] = await db.insert(users).values({ email, fullName: role === "chairman" ? "Chủ Tịch Đo" : "Thư Ký Đo" }).returning();
      await db.insert(roleAssignments).values({ userId: user!.id, unitId: ward.id, role });
      return (await loadActor(db, user!.id))!;
    };
    const [chairman, writer] = [await person("chutich@do.example", "chairman"), await person("thuky@do.example", "council_secretary")];
    const ids: number[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const plan = await createPlan(writer, { ...ONE_PAGE, summary: `${ONE_PAGE.summary} số ${i + 1}`, unitId: ward.id, recipients: [{ label: "Thường trực Đảng ủy phường" }] }, db);
      await submitDocument(writer, plan.id, db);
      ids.push(plan.id);
    }
    const queue = [...ids];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) await issueDocument(chairman, id, { signingForm: "TM" }, db, { baseUrl: "http://localhost" });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const numbers = (await db.select({ n: documents.number }).from(documents).where(eq(documents.unitId, ward.id))).map((r) => r.n!).sort((a, b) => a - b);
    const gapless = numbers.length === DOCUMENTS && numbers.every((n, i) => n === i + 1);
    if (!gapless) throw new Error(`register broken: ${numbers.length} numbers, first gap at ${numbers.findIndex((n, i) => n !== i + 1)}`);
    console.log(`  ${DOCUMENTS} documents by ${CLIENTS} clients in ${seconds.toFixed(1)} s: numbers 1..${DOCUMENTS}, no gap, no duplicate`);
    figures.add("documents_issued_per_second", Math.round((DOCUMENTS / seconds) * 10) / 10, "documents/s", kind);
    figures.add("register_gapless", 1, "yes", kind);
  } finally {
    await runtime.close();
  }
}
