// The objection list's query string (institute officers): search by alliance name or filing number,
// filter by handled or not, sortable columns. Pure, shared by page, data function and tests.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { text } from "../i18n/text";
import { defineList, type StateOf } from "../paging/list-params";

type Order = Prisma.ObjectionOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order[]) =>
  (dir: "asc" | "desc"): Order[] => [...first(dir), { id: "asc" }];

export const OBJECTION_LIST = defineList({
  pageSize: 20,
  search: true,
  // Open ones first (they need an answer), newest first within each.
  defaultSort: "pending",
  sorts: {
    pending: { dir: "desc", orderBy: by((dir) => [{ handledAt: { sort: "asc", nulls: "first" } }, { createdAt: dir }]) },
    received: { dir: "desc", orderBy: by((dir) => [{ createdAt: dir }]) },
    alliance: { dir: "asc", orderBy: by((dir) => [{ filing: { alliance: { name: dir } } }]) },
    number: { dir: "desc", orderBy: by((dir) => [{ filing: { year: dir } }, { filing: { seq: dir } }]) },
  },
  filters: {
    status: {
      get label() {
        return text("public.list.handled");
      },
      schema: z.enum(["open", "handled"]),
    },
  },
});

export type ObjectionListState = StateOf<typeof OBJECTION_LIST>;
