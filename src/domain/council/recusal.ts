// Who is kept out of an item's vote (không tham gia biểu quyết): a member about whom the item is,
// a member related to the nominee (a confirmed relative, or of the nominee's household), and —
// where the council's rules say so — a member of the nominating organisation. Members declare
// more themselves; the reasons are shown on the agenda and in the minutes.

export type RecusalReason = "self" | "relative" | "organisation" | "declared";

export interface Nominee {
  kind: "person" | "household" | "collective" | "unit";
  personId: number | null;
  householdId: number | null;
  /** The unit of a unit nominee; the nominating unit comes separately. */
  unitId: number | null;
}

export interface MemberFacts {
  memberId: number;
  personId: number;
  householdId: number | null;
  /** Units the member belongs to on the session's date (positions, memberships). */
  unitIds: readonly number[];
}

/** Confirmed relatives of each person, both ways. */
export type Relatives = ReadonlyMap<number, ReadonlySet<number>>;

export function automaticRecusal(member: MemberFacts, nominee: Nominee, nominatingUnitId: number, relatives: Relatives, recuseOwnOrganisation: boolean): RecusalReason | null {
  if (nominee.kind === "person" && nominee.personId === member.personId) return "self";
  if (nominee.kind === "household" && nominee.householdId !== null && nominee.householdId === member.householdId) return "self";
  if (nominee.kind === "unit" && nominee.unitId !== null && member.unitIds.includes(nominee.unitId)) return "self";
  if (nominee.kind === "person" && nominee.personId !== null && relatives.get(member.personId)?.has(nominee.personId)) return "relative";
  if (recuseOwnOrganisation && member.unitIds.includes(nominatingUnitId)) return "organisation";
  return null;
}

/** Household roles as the registry records them, for proposing relatives from household membership. */
const HEAD = "Chủ hộ";
const SPOUSES = new Set(["Vợ", "Chồng"]);
const CHILDREN = new Set(["Con", "Con trai", "Con gái"]);
const PARENTS = new Set(["Bố", "Mẹ", "Cha", "Bố đẻ", "Mẹ đẻ"]);

export interface HouseholdMember {
  personId: number;
  role: string | null;
}

export interface ProposedRelation {
  personId: number;
  relativeId: number;
  /** The relative is the person's … */
  kind: "spouse" | "parent" | "child" | "sibling";
}

/**
 * Relations that household roles imply, relative to the head: the head's spouse, children and
 * parents, and the children among themselves. Only a proposal: an official confirms each.
 */
export function proposeFromHousehold(members: readonly HouseholdMember[]): ProposedRelation[] {
  const head = members.find((m) => m.role === HEAD);
  if (!head) return [];
  const out: ProposedRelation[] = [];
  const children = members.filter((m) => m.role !== null && CHILDREN.has(m.role));
  for (const m of members) {
    if (m === head || m.role === null) continue;
    if (SPOUSES.has(m.role)) out.push({ personId: head.personId, relativeId: m.personId, kind: "spouse" });
    else if (CHILDREN.has(m.role)) out.push({ personId: head.personId, relativeId: m.personId, kind: "child" });
    else if (PARENTS.has(m.role)) out.push({ personId: head.personId, relativeId: m.personId, kind: "parent" });
  }
  const spouse = members.find((m) => m.role !== null && SPOUSES.has(m.role));
  for (const c of children) if (spouse) out.push({ personId: spouse.personId, relativeId: c.personId, kind: "child" });
  for (let i = 0; i < children.length; i++) for (let j = i + 1; j < children.length; j++) out.push({ personId: children[i]!.personId, relativeId: children[j]!.personId, kind: "sibling" });
  return out;
}
