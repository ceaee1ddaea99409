// Building blocks for tests: a set-up ward with its administrator, more units and people with roles.
import { eq } from "drizzle-orm";
import { roleAssignments, users } from "../../src/db/schema";
import type { Role } from "../../src/domain/access/roles";
import { startSession } from "../../src/features/accounts/sessions";
import { issueSetupLink } from "../../src/features/setup/setup-link";
import { insertUnit } from "../../src/features/units/insert-unit";
import { hashPassword } from "../../src/platform/passwords";
import type { TestApp } from "./test-app";
import type { WebClient } from "./web-client";

export const ADMIN = { email: "quantri@camphu.gov.vn", password: "mat-khau-rat-dai-2024", fullName: "Nguyễn Văn Quản" };

/** Runs the first-run set-up through its pages; returns the signed-in administrator's client and the ward's id. */
export async function setUpWard(t: TestApp, unitName = "Phường Cam Phú"): Promise<{ admin: WebClient; wardId: number }> {
  const link = await issueSetupLink(t.deps.database.db, t.config.baseUrl);
  const path = new URL(link!).pathname;
  const admin = t.client();
  const page = await admin.get(path);
  if (page.status !== 200) throw new Error(`set-up page answered ${page.status}`);
  const done = await admin.post(path, {
    unitKind: "ward",
    unitName,
    fullName: ADMIN.fullName,
    email: ADMIN.email,
    password: ADMIN.password,
    passwordConfirm: ADMIN.password,
  });
  if (done.status !== 303) throw new Error(`set-up answered ${done.status}: ${done.text.slice(0, 500)}`);
  const [row] = await t.deps.database.db.select().from(roleAssignments).where(eq(roleAssignments.role, "admin"));
  return { admin, wardId: row!.unitId };
}

export async function addUnit(t: TestApp, parent: { id: number; path: string } | null, name: string, kind = "residential_group") {
  return t.deps.database.db.transaction((tx) => insertUnit(tx, { parent, name, kind }));
}

let counter = 0;

/** A person with a role on a unit and a signed-in client (session made directly, for speed). */
export async function personWithRole(t: TestApp, role: Role, unitId: number, fullName = `Người thử ${++counter}`) {
  const email = `user${++counter}-${role}@test.vn`;
  const { db } = t.deps.database;
  const [user] = await db.insert(users).values({ email, fullName, passwordHash: await hashPassword("mat-khau-thu-nghiem") }).returning();
  await db.insert(roleAssignments).values({ userId: user!.id, unitId, role });
  const token = await startSession(db, user!.id, { ip: "127.0.0.1" });
  const client = t.client();
  (client as unknown as { cookies: Map<string, string> }).cookies.set("thidua_session", token);
  return { user: user!, client, email, password: "mat-khau-thu-nghiem" };
}

/** An API token made on "Tài khoản của tôi", as the person would make it; returns the token shown once. */
export async function apiTokenOf(client: WebClient, name = "Kiểm thử"): Promise<string> {
  await client.get("/account");
  const page = await client.post("/account/tokens", { name });
  const token = /(tdpat_[A-Za-z0-9_-]+)/.exec(page.text)?.[1];
  if (!token) throw new Error(`no API token on the account page (${page.status})`);
  return token;
}
