import type pg from "pg";

/** A column and the PostgreSQL type its array parameter is cast to, e.g. ["state", '"AllianceState"']. */
export type Col = readonly [name: string, pgType: string];

/**
 * Set-based insert: each batch is one INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …), so thousands of
 * rows cost one statement and a handful of parameters. `constants` adds columns with the same SQL value
 * for every row (e.g. roles). Rows go in in the order given, which keeps the audit chain in time order.
 */
export async function bulkInsert(
  client: pg.Client,
  table: string,
  cols: readonly Col[],
  rows: readonly (readonly unknown[])[],
  opts: { batch?: number; constants?: Record<string, string> } = {},
): Promise<void> {
  const batch = opts.batch ?? 2000;
  const constants = Object.entries(opts.constants ?? {});
  const names = [...cols.map(([n]) => n), ...constants.map(([n]) => n)].map((n) => `"${n}"`).join(", ");
  const select = ["u.*", ...constants.map(([, sql]) => sql)].join(", ");
  const unnest = cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS u`;
  for (let start = 0; start < rows.length; start += batch) {
    const part = rows.slice(start, start + batch);
    await client.query(
      sql,
      cols.map((_, i) => part.map((r) => r[i] ?? null)),
    );
  }
}
