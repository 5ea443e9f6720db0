// The review queue's query string: search, filters and the sortable columns (the whitelist), read by
// the shared list parser. Pure, so the page, the data function and the tests share one definition.
import type { Prisma } from "../db/generated/client";
import { STATES } from "../workflow/states";
import { z } from "../validation/zod";
import { text } from "../i18n/text";
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
    state: {
      get label() {
        return text("review.queue.stage");
      },
      schema: z.enum(STATES),
    },
    industry: {
      get label() {
        return text("review.queue.industry");
      },
      schema: z.string().regex(/^[A-Z_]{2,32}$/),
    },
    division: {
      get label() {
        return text("review.queue.division");
      },
      schema: z.string().uuid(),
    },
    age: {
      get label() {
        return text("review.queue.age");
      },
      schema: z.enum(AGE_FILTERS).transform((a) => (a === "all" ? undefined : a)),
    },
  },
});

export type QueueListState = StateOf<typeof QUEUE_LIST>;
