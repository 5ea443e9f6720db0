// The review queue's query string: search, filters and the sortable columns (the whitelist), read by
// the shared list parser. Pure, so the page, the data function and the tests share one definition.
import type { Prisma } from "../db/generated/client";
import { STATES } from "../workflow/states";
import { z } from "../validation/zod";
import { defineList, type StateOf } from "../paging/list-params";

export const AGE_FILTERS = ["all", "overdue", "gt7", "gt30"] as const;
export type AgeFilter = (typeof AGE_FILTERS)[number];

type Order = Prisma.AllianceOrderByWithRelationInput;
// Every order ends on id, so rows with equal keys keep their place from one page to the next.
const by =
  (first: (dir: "asc" | "desc") => Order) =>
  (dir: "asc" | "desc"): Order[] => [first(dir), { id: "asc" }];

export const QUEUE_LIST = defineList({
  pageSize: 20,
  search: true,
  defaultSort: "since",
  sorts: {
    since: { dir: "asc", orderBy: by((dir) => ({ stateSince: dir })) },
    name: { dir: "asc", orderBy: by((dir) => ({ name: dir })) },
    industry: { dir: "asc", orderBy: by((dir) => ({ industry: { sortOrder: dir } })) },
    lead: { dir: "asc", orderBy: by((dir) => ({ leadOrg: { name: dir } })) },
    state: { dir: "asc", orderBy: by((dir) => ({ state: dir })) },
    version: { dir: "desc", orderBy: by((dir) => ({ currentVersionNo: dir })) },
  },
  filters: {
    state: { label: "环节", schema: z.enum(STATES) },
    industry: { label: "产业", schema: z.string().regex(/^[A-Z_]{2,32}$/) },
    division: { label: "主管处室", schema: z.string().uuid() },
    age: { label: "停留时间", schema: z.enum(AGE_FILTERS).transform((a) => (a === "all" ? undefined : a)) },
  },
});

export type QueueListState = StateOf<typeof QUEUE_LIST>;
