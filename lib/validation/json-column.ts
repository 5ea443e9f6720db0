import type { Prisma } from "../db/generated/client";
import type { z } from "./zod";

// JSON columns (snapshots, rule reports, score lines…) are written and read through their zod schema, so the
// shape stored is the shape declared, and a row of another shape (written by an older version) is seen as
// such instead of being cast into a type it does not have.

/** The value as stored: parsed by its schema first, so a wrong shape is refused before it reaches the database. */
export function toJsonColumn<S extends z.ZodType>(schema: S, value: z.input<S>): Prisma.InputJsonValue {
  return schema.parse(value) as Prisma.InputJsonValue;
}

/** The stored value read through its schema; null when it has another shape. */
export function fromJsonColumn<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
