// The oversight page's query string (八（一）、（四）): an overview of what the service center must see now, or
// one of its sections (?section=) as a full list searched by alliance name or filing number, filtered by
// industry, sorted by its date or the alliance's name and paged with a true total. Pure, shared by page,
// data functions and tests. The sort keys are the same for every section; each data function maps them
// to its own columns (a revocation's proposal date, a vote's date, a change's date, a term's last day).
import { z } from "../validation/zod";
import { defineList, type StateOf } from "../paging/list-params";
import { text } from "../i18n/text";

export const OVERSIGHT_SECTIONS = ["revocations", "dissolutions", "flagged", "terms"] as const;
export type OversightSection = (typeof OVERSIGHT_SECTIONS)[number];

export type OversightOrder = { key: "date" | "name"; dir: "asc" | "desc" };

export const OVERSIGHT_LIST = defineList<"date" | "name", OversightOrder, { section: OversightSection; industry: string }>({
  pageSize: 20,
  search: true,
  defaultSort: "date",
  sorts: {
    // Oldest (or most urgent) first: a to-do list.
    date: { dir: "asc", orderBy: (dir) => [{ key: "date", dir }] },
    name: { dir: "asc", orderBy: (dir) => [{ key: "name", dir }] },
  },
  filters: {
    // Getters: the label is read when a refused value is noted, in the request's language.
    section: {
      get label() {
        return text("oversight.filters.section");
      },
      schema: z.enum(OVERSIGHT_SECTIONS),
    },
    industry: {
      get label() {
        return text("oversight.filters.industry");
      },
      schema: z.string().regex(/^[A-Z_]{2,32}$/),
    },
  },
});

export type OversightListState = StateOf<typeof OVERSIGHT_LIST>;

/** How many rows of each section the overview shows before "查看全部". */
export const OVERVIEW_ROWS = 10;
