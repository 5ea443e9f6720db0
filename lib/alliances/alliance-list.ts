// The alliance list's query string: search by name or filing number, filters by state and industry, and
// the sortable columns (the whitelist). Pure, shared by page, data function and tests.
import type { Prisma } from "../db/generated/client";
import { STATES } from "../workflow/states";
import { z } from "../validation/zod";
import { defineList, type StateOf } from "../paging/list-params";
import { text } from "../i18n/text";

type Order = Prisma.AllianceOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order) =>
  (dir: "asc" | "desc"): Order[] => [first(dir), { id: "asc" }];

export const ALLIANCE_LIST = defineList({
  pageSize: 20,
  search: true,
  defaultSort: "updated",
  sorts: {
    updated: { dir: "desc", orderBy: by((dir) => ({ updatedAt: dir })) },
    name: { dir: "asc", orderBy: by((dir) => ({ name: dir })) },
    industry: { dir: "asc", orderBy: by((dir) => ({ industry: { sortOrder: dir } })) },
    lead: { dir: "asc", orderBy: by((dir) => ({ leadOrg: { name: dir } })) },
    members: { dir: "desc", orderBy: by((dir) => ({ memberships: { _count: dir } })) },
    state: { dir: "asc", orderBy: by((dir) => ({ state: dir })) },
    number: { dir: "asc", orderBy: by((dir) => ({ filing: { number: dir } })) },
  },
  filters: {
    state: { label: () => text("alliances.state"), schema: z.enum(STATES) },
    industry: { label: () => text("alliances.industry"), schema: z.string().regex(/^[A-Z_]{2,32}$/) },
  },
});

export type AllianceListState = StateOf<typeof ALLIANCE_LIST>;
