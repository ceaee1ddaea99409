// The council's posts (chức danh trong Hội đồng) and terms. A post is the council's own data,
// not a platform role: who may vote on a session is who held a post on the session's date.

export const COUNCIL_POSTS = ["chair", "vice_chair", "standing", "secretary", "member"] as const;
export type CouncilPost = (typeof COUNCIL_POSTS)[number];

/** The order members are listed in: posts first, then the caller's order (names). */
export function postRank(post: CouncilPost): number {
  return COUNCIL_POSTS.indexOf(post);
}

/** Who may preside: the chair, or a vice-chair in the chair's absence. */
export function mayPreside(post: CouncilPost): boolean {
  return post === "chair" || post === "vice_chair";
}
