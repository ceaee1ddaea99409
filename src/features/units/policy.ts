import type { Actor } from "../../platform/actor";

export const unitPolicy = {
  view: (actor: Actor, unit: { path: string }) => actor.can("unit.view", unit.path),
  createChild: (actor: Actor, parent: { path: string }) => actor.can("unit.manage", parent.path),
};
