// A unique constraint refused a write: two people created the same thing at once (a user name, a meeting's
// session number, a version number). It is a conflict the user can resolve by reloading, never an internal error.
// Decided by codes only: Prisma's P2002, the pg adapter's mapped kind, PostgreSQL's SQLSTATE 23505.

interface Shape {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/** Is this (or what it wraps) a unique-constraint violation? */
export function isUniqueViolation(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const s = e as Shape;
    if (s.code === "P2002" || s.code === "23505" || s.originalCode === "23505" || s.kind === "UniqueConstraintViolation") return true;
    queue.push(s.cause, s.meta?.driverAdapterError);
  }
  return false;
}
