import type pg from "pg";

// Counts the SQL statements the portal sends while a piece of code runs, so tests can prove a page
// loader issues a fixed number of queries however many rows it reads (no N+1). One recorder at a
// time: tests run their loaders one after another. When nothing is being counted the hook costs one
// boolean check per statement.

interface Recorder {
  statements: string[];
}

let recorder: Recorder | null = null;

/** Installed by createPrisma on every new pool connection: every query of the portal passes here. */
export function watchQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (recorder) recorder.statements.push(sqlOf(args[0]));
    return query(...args);
  };
}

function sqlOf(arg: unknown): string {
  if (typeof arg === "string") return arg;
  if (arg && typeof arg === "object" && "text" in arg) return String((arg as { text: unknown }).text);
  return "?";
}

/** Runs `fn` and gives its result with the SQL statements it sent (BEGIN/COMMIT of transactions included). */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ value: T; count: number; statements: string[] }> {
  if (recorder) throw new Error("countQueries: already counting (one recorder at a time)");
  const mine: Recorder = { statements: [] };
  recorder = mine;
  try {
    const value = await fn();
    return { value, count: mine.statements.length, statements: mine.statements };
  } finally {
    recorder = null;
  }
}
