// The calls list's query string (七（一）): search by title or industry, filters by industry and by open or
// closed, and the sortable columns (the whitelist). Pure, shared by page, data function and tests.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { text } from "../i18n/text";
import { defineList, type StateOf } from "../paging/list-params";

export const CALL_STATUSES = ["open", "closed"] as const;
export type CallStatusFilter = (typeof CALL_STATUSES)[number];

type Order = Prisma.CallOrderByWithRelationInput;
// Every order ends on id, so rows with equal keys keep their place from one page to the next.
const by =
  (first: (dir: "asc" | "desc") => Order) =>
  (dir: "asc" | "desc"): Order[] => [first(dir), { id: "asc" }];

export const CALL_LIST = defineList({
  pageSize: 20,
  search: true,
  defaultSort: "deadline",
  sorts: {
    deadline: { dir: "desc", orderBy: by((dir) => ({ deadline: dir })) },
    title: { dir: "asc", orderBy: by((dir) => ({ title: dir })) },
    industry: { dir: "asc", orderBy: by((dir) => ({ industry: { sortOrder: dir } })) },
    created: { dir: "desc", orderBy: by((dir) => ({ createdAt: dir })) },
  },
  filters: {
    status: {
      get label() {
        return text("calls.filterStatus");
      },
      schema: z.enum(CALL_STATUSES),
    },
    industry: {
      get label() {
        return text("calls.industry");
      },
      schema: z.string().regex(/^[A-Z_]{2,32}$/),
    },
  },
});

export type CallListState = StateOf<typeof CALL_LIST>;
