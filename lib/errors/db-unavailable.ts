import { isUniqueViolation } from "./unique-violation";

// Tells "the database is not reachable right now" apart from every other unexpected error, so the user
// sees DB_UNAVAILABLE (try again shortly; what you typed is kept) instead of a generic INTERNAL.
// Decided by the codes Prisma, its pg adapter, PostgreSQL and Node put on the error, never by our text.

/**
 * Prisma: can't reach the server, timed out reaching it, server closed the connection, pool timeout, and
 * a transaction that could not start in time (P2028: the database too busy to take it, e.g. the embedded
 * database's one backend queued behind many writers). Nothing was written in any of these cases.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
/** @prisma/adapter-pg's mapped error kinds for a lost or refused connection. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Node socket errors, as the pg driver passes them up (only inside a Prisma error: see below). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/** SQLSTATE: shutting down (admin, crash), cannot connect now, too many connections. Class 08 is checked below. */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/**
 * pg raises these without any code when the server ends the connection (FIN rather than reset) or the
 * pool gives up waiting; they are the driver's fixed texts, not messages of ours.
 */
const PG_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Connection terminated due to connection timeout",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
  // pg's query_timeout (lib/db/create-prisma.ts): the database did not answer in time.
  "Query read timeout",
]);

interface Shape {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

function matches(e: Shape): boolean {
  const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
  if (codes.some((c) => PRISMA_CODES.has(c) || SOCKET_CODES.has(c) || SQLSTATES.has(c) || /^08[0-9A-Z]{3}$/.test(c))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  return typeof e.message === "string" && PG_MESSAGES.has(e.message);
}

/**
 * Is this error a lost, refused or exhausted database connection? Only errors raised by the Prisma
 * client or its adapter count (a driver error Prisma passes through unmapped carries its clientVersion):
 * an ECONNREFUSED from the mail server, S3 or clamd is not the database.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const top = err as { name?: unknown; clientVersion?: unknown } | null;
  const viaPrisma = typeof top?.name === "string" && /^(PrismaClient|DriverAdapterError)/.test(top.name);
  if (!viaPrisma && typeof top?.clientVersion !== "string") return false;
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const shape = e as Shape;
    if (matches(shape)) return true;
    queue.push(shape.cause, shape.meta?.driverAdapterError);
  }
  return false;
}

/**
 * The code for an error that is not an AppError: the database being away, a write that lost a race to a unique
 * constraint (the one place P2002 becomes CONFLICT for every action and route), or anything else.
 */
export function unexpectedErrorCode(err: unknown): "DB_UNAVAILABLE" | "CONFLICT" | "INTERNAL" {
  if (isDatabaseUnavailable(err)) return "DB_UNAVAILABLE";
  return isUniqueViolation(err) ? "CONFLICT" : "INTERNAL";
}
