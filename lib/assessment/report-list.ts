// The scoring list's query string (service center, /assessment/reports): the scheme, search by alliance
// or lead unit, filters by status, industry and grade, sortable columns. Pure, shared by page and data.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { defineList, type StateOf } from "../paging/list-params";

type Order = Prisma.AnnualReportOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order[]) =>
  (dir: "asc" | "desc"): Order[] => [...first(dir), { id: "asc" }];

/** How many alliances without a report the page lists; the total is always shown, search finds the rest. */
export const MISSING_SHOWN = 50;

export const REPORT_LIST = defineList({
  pageSize: 20,
  search: true,
  defaultSort: "submitted",
  sorts: {
    submitted: { dir: "asc", orderBy: by((dir) => [{ submittedAt: dir }]) },
    name: { dir: "asc", orderBy: by((dir) => [{ alliance: { name: dir } }]) },
    industry: { dir: "asc", orderBy: by((dir) => [{ alliance: { industry: { sortOrder: dir } } }]) },
    score: { dir: "desc", orderBy: by((dir) => [{ assessment: { score: dir } }]) },
  },
  filters: {
    scheme: { label: "考核年度", schema: z.string().uuid() },
    status: { label: "状态", schema: z.enum(["SUBMITTED", "ASSESSED", "RETURNED", "MISSING"]) },
    industry: { label: "产业", schema: z.string().regex(/^[A-Z_]{2,40}$/) },
    grade: { label: "等次", schema: z.enum(["EXCELLENT", "GOOD", "PASS", "FAIL"]) },
  },
});

export type ReportListState = StateOf<typeof REPORT_LIST>;
