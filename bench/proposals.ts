// Proposal figures on PostgreSQL: a ward's tờ trình of 50 nominations passed by its council (each
// with three dossier files), drafted, issued through the register and built into the package for
// the level above (.zip: the tờ trình's .docx and .pdf, the list .xlsx, every dossier file, the
// council's minutes as .pdf, manifest.json with each file's SHA-256), through the use cases.
import { loadConfig } from "../src/config";
import { councilItems, councilMembers, councilSessionMembers, councilSessions, nominationDocuments, nominations, people, roleAssignments, units, users } from "../src/db/schema";
import type { SessionRules } from "../src/domain/council/rules";
import { tally } from "../src/domain/council/tally";
import { personKeys } from "../src/domain/registry/person";
import { loadCatalogue } from "../src/features/catalogue/load-catalogue";
import { issueDocument } from "../src/features/documents/issue-document";
import { submitDocument } from "../src/features/documents/submit-document";
import { downloadProposalPackage } from "../src/features/proposals/build-package";
import { createProposal } from "../src/features/proposals/create-proposal";
import { getProposal } from "../src/features/proposals/get-proposal";
import { insertUnit } from "../src/features/units/insert-unit";
import { Actor, loadActor } from "../src/platform/actor";
import { storeFile } from "../src/platform/file-store";
import { openRuntime } from "../src/server";
import { eq } from "drizzle-orm";
import type { Figures } from "./lib";
import { createDatabase } from "./platform";

const ITEMS = 50;
const MEMBERS = 9;

export async function postgres(figures: Figures, clusterUrl: string): Promise<void> {
  const url = await createDatabase(clusterUrl, "bench_proposals");
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" }), { info() {}, error: (m) => console.error(`  ${m}`) });
  try {
    const { db } = runtime.deps.database;
    const tree = await db.transaction(async (tx) => {
      const province = await insertUnit(tx, { parent: null, name: "Tỉnh Khánh Hòa Đo", kind: "province" });
      const city = await insertUnit(tx, { parent: province, name: "Thành phố Cam Ranh Đo", kind: "provincial_city" });
      const ward = await insertUnit(tx, { parent: city, name: "Phường Cam Phú Đo", kind: "ward" });
      return { city, ward };
    });
    await db.update(units).set({ validTo: "2025-06-30" }).where(eq(units.id, tree.city.id));
    const account = async (email: string, role: "chairman" | "council_secretary") => {
      const [user] = await db.insert(users).values({ email, fullName: role === "chairman" ? "Chủ Tịch Đo" : "Thư Ký Đo" }).returning();
      await db.insert(roleAssignments).values({ userId: user!.id, unitId: tree.ward.id, role });
      return (await loadActor(db, user!.id))!;
    };
    const [chairman, secretary] = [await account("chutich@ttr.example", "chairman"), await account("thuky@ttr.example", "council_secretary")];
    const person = async (fullName: string) => (await db.insert(people).values({ fullName, ...personKeys(fullName), unitId: tree.ward.id }).returning({ id: people.id }))[0]!.id;

    const cat = await loadCatalogue(db, "2024-12-20", tree.ward.path);
    const cite = <T>(e: { value: T; citation: string; unconfirmed: boolean } | undefined) => ({ value: e!.value, citation: e!.citation, unconfirmed: e!.unconfirmed });
    const rules: SessionRules = { quorum: cite(cat.get("quorum", "quorum")), council: cite(cat.get("council_rule", "council")), thresholds: Object.fromEntries(cat.all("ballot_threshold").map((e) => [e.code, cite(e)])) };
    const memberIds: number[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const [u] = await db.insert(users).values({ email: `tv${i}@ttr.example`, fullName: `Thành Viên ${i}` }).returning();
      const [m] = await db.insert(councilMembers).values({ unitId: tree.ward.id, userId: u!.id, personId: await person(`Thành Viên ${i}`), post: i === 0 ? "chair" : i === 1 ? "secretary" : "member", validFrom: "2024-01-01" }).returning();
      memberIds.push(m!.id);
    }
    const [session] = await db
      .insert(councilSessions)
      .values({ unitId: tree.ward.id, title: "Xét khen thưởng năm 2024", meetsAt: new Date("2024-12-18T07:00:00Z"), status: "closed", rules, chairMemberId: memberIds[0]!, secretaryMemberId: memberIds[1]!, votingOpenedAt: new Date("2024-12-18T07:30:00Z"), votingClosedAt: new Date("2024-12-18T08:30:00Z") })
      .returning();
    await db.insert(councilSessionMembers).values(memberIds.map((memberId) => ({ sessionId: session!.id, memberId, attendance: "present" })));
    const ids: number[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const name = `Nguyễn Văn Đề Nghị ${i}`;
      const [n] = await db
        .insert(nominations)
        .values({ unitId: tree.ward.id, screeningUnitId: tree.ward.id, nomineeKind: "person", personId: await person(name), nomineeName: name, formCode: "CSTDCS", year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: tree.city.id, decidingTier: "district", achievement: `Sáng kiến số hóa hồ sơ một cửa, năm 2024 (${i})` })
        .returning();
      for (const [k, item] of ["to_trinh", "bao_cao_thanh_tich", "bien_ban_hop"].entries()) {
        const sha256 = await storeFile(db, Actor.system(), { name: `${item}.pdf`, bytes: new TextEncoder().encode(`%PDF-1.4\n% ${name} ${item} ${"x".repeat(2000 + k)}\n%%EOF\n`), kind: "pdf" });
        await db.insert(nominationDocuments).values({ nominationId: n!.id, itemCode: item, source: "uploaded", sha256, fileName: `${item}.pdf` });
      }
      const result = tally("CSTDCS", { agree: 9, disagree: 0, invalid: 0, opinionsAgree: 0, opinionsDisagree: 0 }, { members: MEMBERS, voters: MEMBERS, recused: 0 }, rules);
      await db.insert(councilItems).values({ sessionId: session!.id, nominationId: n!.id, formCode: "CSTDCS", position: i, result, passed: result.passed });
      ids.push(n!.id);
    }

    let started = performance.now();
    const proposal = await createProposal(secretary, { unitId: tree.ward.id, nominationIds: ids, proposedOn: "2024-12-19" }, db);
    const view = await getProposal(secretary, proposal.id, db);
    await submitDocument(secretary, view.document.id, db);
    await issueDocument(chairman, view.document.id, { signingForm: "TM", issuedOn: "2024-12-20" }, db, { baseUrl: "http://localhost" });
    const issueMs = performance.now() - started;
    started = performance.now();
    const zip = await downloadProposalPackage(secretary, proposal.id, db);
    const packageMs = performance.now() - started;
    console.log(`  ${ITEMS} nominations: drafted and issued in ${Math.round(issueMs)} ms; package ${Math.round(zip.bytes.length / 1024)} KB in ${Math.round(packageMs)} ms`);
    figures.add("proposal_50_issue_ms", Math.round(issueMs), "ms", "postgres");
    figures.add("proposal_50_package_ms", Math.round(packageMs), "ms", "postgres");
  } finally {
    await runtime.close();
  }
}
