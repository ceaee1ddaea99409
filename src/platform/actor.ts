// Who is acting: a signed-in user with their unit-scoped roles, or the system
// (the CLI run by the server's operator).
import { eq, sql } from "drizzle-orm";
import { prepared } from "../db/prepared";
import { holds, scopesFor, type Assignment, type Permission, type Role, isRole } from "../domain/access/roles";
import type { Lang } from "../domain/text/dates";
import type { DbOrTx } from "../db/client";
import { councilMembers, nationalAdministrators, roleAssignments, units, users } from "../db/schema";

export interface ActorUser {
  id: number;
  email: string;
  fullName: string;
  lang: Lang;
}

export class Actor {
  private constructor(
    readonly user: ActorUser | null,
    readonly assignments: readonly Assignment[],
    readonly label: string,
    /**
     * May change national data (the working-day calendar, the official unit list, the legal
     * catalogue): the console operator, and the national administrators the operator names.
     */
    readonly national = false,
    /** Has held a seat on a council (its sessions are reached through the council, not a role). */
    readonly councilSeat = false,
  ) {}

  static user(user: ActorUser, assignments: Assignment[], national = false, councilSeat = false): Actor {
    return new Actor(user, assignments, `${user.fullName} <${user.email}>`, national, councilSeat);
  }

  /** The operator at the server's console: may do everything, and is recorded as such. */
  static system(label = "CLI"): Actor {
    return new Actor(null, [{ role: "admin", unitId: 0, unitPath: "/" }], label, true);
  }

  /**
   * The console operator reading with the rights of these roles on every unit: what an
   * administrator alone may not see (nominations are the nominating units' and the council's),
   * the operator of the server may list from the command line.
   */
  static consoleAs(roles: readonly Role[], label = "CLI"): Actor {
    return Actor.consoleAsAt(roles, "/", label);
  }

  /** The same, within one unit and its sub-units. */
  static consoleAsAt(roles: readonly Role[], unitPath: string, label = "CLI"): Actor {
    return new Actor(null, roles.map((role) => ({ role, unitId: 0, unitPath })), label, true);
  }

  /** Someone not signed in (a sign-in, a password-reset request), recorded by address. */
  static anonymous(ip: string): Actor {
    return new Actor(null, [], `anonymous@${ip}`);
  }

  get id(): number | null {
    return this.user?.id ?? null;
  }

  can(permission: Permission, unitPath: string): boolean {
    return holds(this.assignments, permission, unitPath);
  }

  scopes(permission: Permission): string[] {
    return scopesFor(this.assignments, permission);
  }
}

export async function loadActor(db: DbOrTx, userId: number): Promise<Actor | null> {
  const userById = prepared(db, "user_by_id", () =>
    db
      .select({
        user: users,
        national: sql<boolean>`exists (select 1 from ${nationalAdministrators} where ${nationalAdministrators.userId} = ${users.id})`,
        councilSeat: sql<boolean>`exists (select 1 from ${councilMembers} where ${councilMembers.userId} = ${users.id})`,
      })
      .from(users)
      .where(eq(users.id, sql.placeholder("id")))
      .prepare("user_by_id"),
  );
  const [row] = await userById.execute({ id: userId });
  const user = row?.user;
  if (!user || user.disabledAt) return null;
  const rolesOf = prepared(db, "roles_of_user", () =>
    db
      .select({ role: roleAssignments.role, unitId: roleAssignments.unitId, unitPath: units.path })
      .from(roleAssignments)
      .innerJoin(units, eq(units.id, roleAssignments.unitId))
      .where(eq(roleAssignments.userId, sql.placeholder("id")))
      .prepare("roles_of_user"),
  );
  const rows = await rolesOf.execute({ id: userId });
  const assignments = rows.flatMap((r) => (isRole(r.role) ? [{ role: r.role, unitId: r.unitId, unitPath: r.unitPath }] : []));
  return Actor.user({ id: user.id, email: user.email, fullName: user.fullName, lang: user.lang === "en" ? "en" : "vi" }, assignments, row.national === true, row.councilSeat === true);
}
