// Nominations a ward's council has voted on, for decision tests: a closed session of the given
// day with each item passed or not (the vote itself is the council tests' business).
import { councilItems, councilSessions, nominations } from "../../src/db/schema";
import type { TestApp } from "./test-app";
import type { TestCouncil } from "./council";

export interface Voted {
  nominationId: number;
  name: string;
}

export async function votedOn(t: TestApp, council: TestCouncil, items: { name: string; formCode?: string; passed: boolean; kind?: "person" | "collective"; recipientId?: number }[], meetsAt = "2024-12-18T08:00:00+07:00"): Promise<Voted[]> {
  const db = t.deps.database.db;
  const [session] = await db
    .insert(councilSessions)
    .values({ unitId: council.ward.id, title: "Phiên họp xét khen thưởng", meetsAt: new Date(meetsAt), status: "closed" })
    .returning({ id: councilSessions.id });
  const out: Voted[] = [];
  for (const [position, item] of items.entries()) {
    let nominationId: number;
    if (item.kind === "collective") {
      const [n] = await db
        .insert(nominations)
        .values({ unitId: council.front.id, screeningUnitId: council.ward.id, nomineeKind: "collective", collectiveId: item.recipientId!, nomineeName: item.name, formCode: item.formCode ?? "GK_XA", year: 2024, commendationKind: "theo_dot", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: council.ward.id, decidingTier: "commune", achievement: "Thành tích xuất sắc trong phong trào" })
        .returning({ id: nominations.id });
      nominationId = n!.id;
    } else {
      nominationId = await council.accepted(item.recipientId ?? (await council.person(item.name)), item.name, item.formCode ?? "LDTT");
    }
    await db.insert(councilItems).values({ sessionId: session!.id, nominationId, formCode: item.formCode ?? "LDTT", position, passed: item.passed });
    out.push({ nominationId, name: item.name });
  }
  return out;
}
