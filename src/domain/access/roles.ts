// Who may do what, as data. Roles are held on a unit and reach its sub-units.
export const ROLES = [
  "admin",
  "chairman",
  "vice_chairman",
  "council_secretary",
  "council_member",
  "organisation",
  "reporter",
  "culture_officer",
  "superior_reviewer",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "unit.view": ROLES,
  "unit.manage": ["admin"],
  "account.view": ["admin", "chairman"],
  "account.invite": ["admin", "chairman"],
  "account.manage": ["admin"],
  "audit.view": ["admin"],
  /** Names, positions and memberships: what a colleague may know of a resident. */
  "person.view": ROLES,
  /** Birth date, ethnicity, contact details: only those who draft dossiers and manage records. */
  "person.view_personal": ["admin", "chairman", "council_secretary"],
  "person.manage": ["admin", "council_secretary"],
  /** Issued documents and the register: everyone who works in the unit. */
  "document.view": ROLES,
  /** Drafts: those who write, review and sign them. */
  "document.review": ["chairman", "vice_chairman", "council_secretary", "council_member", "culture_officer"],
  /** Write plans and record incoming directives. */
  "document.draft": ["chairman", "vice_chairman", "council_secretary", "culture_officer"],
  /** Sign and issue: the Chairman and the Vice-Chairmen, only on the unit they hold the post in (see signingFormsFor). */
  "document.sign": ["chairman", "vice_chairman"],
  /** Movements, their criteria, registrations, progress and tasks: seen by everyone in the unit. */
  "movement.view": ROLES,
  /** Launch movements, set criteria, accept or return registrations, assess at the reviews, assign tasks. */
  "movement.manage": ["chairman", "vice_chairman", "council_secretary"],
  /** Register, report progress with evidence, assess oneself, record activities, close one's tasks: for one's own unit. */
  "movement.participate": ["chairman", "vice_chairman", "council_secretary", "organisation", "reporter", "culture_officer"],
  /** The legal catalogue in force: everyone who works in a unit (it is the law, with its citations). */
  "catalogue.view": ROLES,
  /** A province's or a unit's own version of the entries the law leaves to it (national entries: national administrators only). */
  "catalogue.manage": ["admin", "chairman"],
  /** The award registry: awards are made public by their decisions. */
  "award.view": ROLES,
  /** Enter older awards by hand, import award lists. */
  "award.manage": ["admin", "council_secretary"],
  /** Yearly assessments, discipline, holds and initiatives: personal facts, for those who check dossiers. */
  "eligibility_fact.view": ["admin", "chairman", "vice_chairman", "council_secretary"],
  "eligibility_fact.manage": ["admin", "council_secretary"],
  /**
   * Nominations of a unit or organisation: its own officials and the commune's officials above it.
   * A council member sees a dossier from the invitation to the session that reviews it (the council, not a role).
   */
  "nomination.view": ["chairman", "vice_chairman", "council_secretary", "organisation", "reporter"],
  /** Put forward its own members, draft and submit the dossier. */
  "nomination.create": ["chairman", "vice_chairman", "council_secretary", "organisation", "reporter"],
  /** Screen submitted nominations: assign a handler, check completeness, accept or return. */
  "nomination.screen": ["council_secretary"],
  /** The fairness view: who is nominated and awarded, by group, beside everyone (aggregates only). */
  "fairness.view": ["admin", "chairman", "vice_chairman", "council_secretary", "council_member"],
  /** Publish the list of accepted candidates (công khai), moderate and answer the public's comments. */
  "disclosure.manage": ["council_secretary"],
  /** The unit's council (its members, posts and terms) and its sessions; voting comes from membership, not from a role. */
  "council.view": ["admin", "chairman", "vice_chairman", "council_secretary", "council_member"],
  /** Set up the council: appoint members to posts for a term, end a term. */
  "council.manage": ["admin", "chairman"],
  /** Prepare sessions: agenda, invitations, attendance, paper counts; presiding comes from the council post. */
  "council_session.prepare": ["chairman", "council_secretary"],
  /** Draft award and revocation decisions from the council's results (signing stays document.sign). */
  "decision.draft": ["chairman", "vice_chairman", "council_secretary"],
  /** The payment list of a decision's bonuses, and what a revocation recovered. */
  "decision.pay": ["chairman", "vice_chairman", "council_secretary"],
  /** A unit's proposals to the level above (tờ trình đề nghị khen thưởng) and their packages: its leaders and the council's standing member. */
  "proposal.view": ["chairman", "vice_chairman", "council_secretary"],
  /** Draft a proposal from the items the council passed that are beyond the unit, send it again after a return. */
  "proposal.send": ["chairman", "vice_chairman", "council_secretary"],
  /** The level above: receive a proposal, return it with the reason, record its decision. */
  "proposal.review": ["superior_reviewer"],
  /** Print the certificates of the unit's decisions, set how they are printed, run the ceremony. */
  "certificate.print": ["chairman", "vice_chairman", "council_secretary", "culture_officer"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export interface Assignment {
  role: Role;
  unitId: number;
  unitPath: string;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A path like "/1/4/" lies within "/1/" (its sub-unit) and within itself. */
export function isWithin(unitPath: string, scopePath: string): boolean {
  return unitPath.startsWith(scopePath);
}

export function roleGrants(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function holds(assignments: readonly Assignment[], permission: Permission, unitPath: string): boolean {
  return assignments.some((a) => roleGrants(a.role, permission) && isWithin(unitPath, a.unitPath));
}

/** The unit paths under which the permission is held, for filtering lists in SQL. */
export function scopesFor(assignments: readonly Assignment[], permission: Permission): string[] {
  const paths = assignments.filter((a) => roleGrants(a.role, permission)).map((a) => a.unitPath);
  // Drop paths already covered by a wider one.
  return [...new Set(paths)].filter((p) => !paths.some((q) => q !== p && isWithin(p, q)));
}

/** An inviter may hand out the roles below their own: only an administrator creates administrators. */
export function grantableRoles(assignments: readonly Assignment[], unitPath: string): Role[] {
  if (holds(assignments, "account.manage", unitPath)) return [...ROLES];
  if (holds(assignments, "account.invite", unitPath)) return ROLES.filter((r) => r !== "admin");
  return [];
}

/**
 * The authority forms in which the actor may sign for this very unit (not for units
 * below it: a province's Chairman does not sign a ward's plan): the Chairman on behalf
 * of the committee (TM.) or in their own power; a Vice-Chairman for the Chairman (KT.)
 * or as acting Chairman (Q.). TL. and TUQ. need a written authorisation, not modelled yet.
 */
export function signingFormsFor(assignments: readonly Assignment[], unitId: number): ("TM" | "HEAD" | "KT" | "Q")[] {
  const roles = new Set(assignments.filter((a) => a.unitId === unitId).map((a) => a.role));
  return [...(roles.has("chairman") ? (["TM", "HEAD"] as const) : []), ...(roles.has("vice_chairman") ? (["KT", "Q"] as const) : [])];
}
