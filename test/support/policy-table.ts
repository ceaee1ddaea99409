// For policy table tests: an actor holding one role on a unit, and the places a record can be
// relative to that unit. Used by the policy.test.ts file beside each policy.
import { Actor } from "../../src/platform/actor";
import { ROLES, type Role } from "../../src/domain/access/roles";

/** The actor's unit is /1/4/ (a ward under province /1/); another ward is /2/7/. */
export const PLACES = {
  /** The actor's own unit. */
  own: "/1/4/",
  /** A sub-unit of it (a residential group). */
  below: "/1/4/9/",
  /** The unit above (the province). */
  above: "/1/",
  /** Another ward, in another province. */
  outside: "/2/7/",
} as const;
export type Place = keyof typeof PLACES;

export const actorAs = (role: Role, national = false) =>
  Actor.user({ id: 1, email: "a@test.vn", fullName: "A", lang: "vi" }, [{ role, unitId: 4, unitPath: PLACES.own }], national);

/** Every role, and for each the roles expected to pass: a readable table of who may. */
export function table(allowed: readonly Role[]): [Role, boolean][] {
  return ROLES.map((r) => [r, allowed.includes(r)]);
}
