import { z } from "./zod";
import { STATES as ALLIANCE_STATES } from "../workflow/states";

// Query strings are user input too: unknown values are dropped, never passed to the database.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ZAllianceListParams = z.object({
  state: optional(z.enum(ALLIANCE_STATES)),
  industry: optional(z.string().regex(/^[A-Z_]{2,32}$/)),
  q: optional(z.string().trim().max(60)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});

export const ZAuditParams = z.object({
  action: optional(z.string().trim().max(40)),
  actor: optional(z.string().trim().max(64)),
  entityType: optional(z.string().regex(/^[A-Za-z]{1,32}$/)),
  from: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  to: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  page: optional(z.coerce.number().int().min(1).max(100_000)),
});

export const ZUserListParams = z.object({
  q: optional(z.string().trim().max(40)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});

export { ALLIANCE_STATES };

export const ZQueueParams = z.object({
  state: optional(z.enum(ALLIANCE_STATES)),
  industry: optional(z.string().regex(/^[A-Z_]{2,32}$/)),
  division: optional(z.string().uuid()),
  age: optional(z.enum(["all", "overdue", "gt7", "gt30"])),
});
