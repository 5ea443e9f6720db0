// The scoring list's query string (service center, /assessment/reports): the scheme, search by alliance
// or lead unit, filters by status, industry and grade, sortable columns. Pure, shared by page and data.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { defineList, type StateOf } from "../paging/list-params";
import { text } from "../i18n/text";

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
    scheme: {
      get label() {
        return text("assessmentLib.filters.year");
      },
      schema: z.string().uuid(),
    },
    status: {
      get label() {
        return text("assessmentLib.filters.status");
      },
      schema: z.enum(["SUBMITTED", "ASSESSED", "RETURNED", "MISSING"]),
    },
    industry: {
      get label() {
        return text("assessmentLib.filters.industry");
      },
      schema: z.string().regex(/^[A-Z_]{2,40}$/),
    },
    grade: {
      get label() {
        return text("assessmentLib.filters.grade");
      },
      schema: z.enum(["EXCELLENT", "GOOD", "PASS", "FAIL"]),
    },
  },
});

export type ReportListState = StateOf<typeof REPORT_LIST>;
