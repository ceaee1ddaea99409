// What the database says about a statement that broke one of its rules, for use cases that turn
// a lost race into a plain answer instead of a 500.

/** A unique index refused the row (SQLSTATE 23505), optionally a given one; drizzle wraps the driver's error in `cause`. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string; cause?: { code?: string; constraint?: string; message?: string } };
  const found = e?.code === "23505" ? e : e?.cause?.code === "23505" ? e.cause : null;
  if (!found) return false;
  return !constraint || found.constraint === constraint || (found.message ?? "").includes(constraint);
}
