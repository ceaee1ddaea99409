import { NotFound } from "../platform/errors";

/** A positive integer id from a URL; anything else is simply not found. */
export function idFrom(value: string | undefined, entity: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFound(entity);
  return id;
}
