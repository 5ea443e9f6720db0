// The public notice's query string: search by name, lead unit or filing number, filters by status,
// industry and year, and the sortable columns (the whitelist). Pure, shared by page, data and tests.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { text } from "../i18n/text";
import { defineList, type StateOf } from "../paging/list-params";

export const NOTICE_STATUSES = ["IN_NOTICE", "FILED", "REVOKED", "DISSOLVED"] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

type Order = Prisma.FilingOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order[]) =>
  (dir: "asc" | "desc"): Order[] => [...first(dir), { id: "asc" }];

export const NOTICE_LIST = defineList({
  pageSize: 20,
  search: true,
  defaultSort: "number",
  sorts: {
    number: { dir: "desc", orderBy: by((dir) => [{ year: dir }, { seq: dir }]) },
    name: { dir: "asc", orderBy: by((dir) => [{ alliance: { name: dir } }]) },
    industry: { dir: "asc", orderBy: by((dir) => [{ alliance: { industry: { sortOrder: dir } } }]) },
    lead: { dir: "asc", orderBy: by((dir) => [{ alliance: { leadOrg: { name: dir } } }]) },
    filed: { dir: "desc", orderBy: by((dir) => [{ filedAt: dir }]) },
  },
  filters: {
    status: {
      get label() {
        return text("public.notices.status");
      },
      schema: z.enum(NOTICE_STATUSES),
    },
    industry: {
      get label() {
        return text("public.notices.industry");
      },
      schema: z.string().regex(/^[A-Z_]{2,32}$/),
    },
    year: {
      get label() {
        return text("public.notices.year");
      },
      schema: z
        .string()
        .regex(/^20\d{2}$/)
        .transform(Number),
    },
  },
});

export type NoticeListState = StateOf<typeof NOTICE_LIST>;
