// The quorum (số thành viên tối thiểu để họp): the members present against all the members of the
// council on the session's date, as the catalogue's quorum entry says.
import { needed, reaches, type SessionRules } from "./rules";

export interface QuorumState {
  members: number;
  present: number;
  /** How many must be present. */
  required: number;
  met: boolean;
  citation: string;
}

export function quorumOf(members: number, present: number, rules: Pick<SessionRules, "quorum">): QuorumState {
  const share = rules.quorum.value;
  return { members, present, required: needed(members, share, false), met: members > 0 && reaches(present, members, share, false), citation: rules.quorum.citation };
}
