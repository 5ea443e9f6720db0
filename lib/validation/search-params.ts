import { z } from "./zod";

// Query strings are user input too: unknown values are dropped, never passed to the database.
// The lists that grow with the province read theirs through lib/paging/list-params.ts (one parser,
// a sort whitelist, Chinese notes for refused values); this schema is left for the inbox's page number.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ZUserListParams = z.object({
  q: optional(z.string().trim().max(40)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});
