// One reading of a list page's query string (?q=&page=&sort=&dir=&<filters>) for every list that grows with
// the province. The query string is user input: a value that is malformed, out of range or not on the
// list's whitelist is dropped with a note in the reader's language (never passed to the database, never a 500), so a
// hostile link (q=%00, page=-1, page=1e9, sort=__proto__) shows the default list and says why.
// Pure: no database, no React; used by pages, data functions and tests alike.
import type { z } from "zod";
import { text as say } from "../i18n/text";

export type SortDir = "asc" | "desc";
/** A page's searchParams; numbers too, for callers in code (tests, loaders) that build them by hand. */
export type RawParams = Record<string, string | number | string[] | undefined>;

/** Control characters break PostgreSQL (NUL) and mean nothing in a search; such a parameter is refused. */
const CONTROL = /[\u0000-\u001f\u007f]/;
export const MAX_Q = 60;
export const MAX_PAGE = 10_000;

/** Text given as it is, or (for lists defined at module load) a function read when a note is written. */
export type Words = string | (() => string);
const words = (w: Words): string => (typeof w === "function" ? w() : w);

export interface FilterDef<T> {
  /** The filter's name as the form labels it, for the note when its value is refused: `() => text("…")`. */
  label: Words;
  schema: z.ZodType<T>;
  /** The note when a value is refused, if the generic one does not say enough (dates: how to write one). */
  invalid?: Words;
}

export interface ListSpec<S extends string, O, F extends Record<string, unknown>> {
  /** The whitelist: each sortable column's key, its first direction and its ORDER BY (with a unique tiebreaker). */
  sorts: Record<S, { dir: SortDir; orderBy: (dir: SortDir) => O[] }>;
  defaultSort: NoInfer<S>;
  pageSize: number;
  /** Whether the list has a text search (?q=). */
  search?: boolean;
  filters?: { [K in keyof F]: FilterDef<F[K]> };
}

export interface ListState<S extends string, F extends Record<string, unknown>> {
  page: number;
  pageSize: number;
  sort: S;
  dir: SortDir;
  q: string | undefined;
  filters: Partial<F>;
  /** Parameter → why it was ignored, as a sentence naming it (in the request's language). */
  problems: Record<string, string>;
  /** The valid, non-default parameters: what every link of the page (pager, sort headers) keeps. */
  query: Record<string, string>;
}

function first(v: RawParams[string]): string | undefined {
  const one = Array.isArray(v) ? v[0] : v;
  return one === undefined ? undefined : String(one);
}

export interface ListQuery<S extends string, O, F extends Record<string, unknown>> {
  spec: ListSpec<S, O, F>;
  parse(raw: RawParams): ListState<S, F>;
  /** A parsed state as is, or raw parameters parsed: data functions take either (pages parse to show the notes). */
  state(input: RawParams | ListState<S, F>): ListState<S, F>;
  orderBy(state: Pick<ListState<S, F>, "sort" | "dir">): O[];
}

export function defineList<S extends string, O, F extends Record<string, unknown> = Record<string, never>>(spec: ListSpec<S, O, F>): ListQuery<S, O, F> {
  const isSort = (v: string): v is S => Object.prototype.hasOwnProperty.call(spec.sorts, v);
  const list: ListQuery<S, O, F> = {
    spec,
    orderBy: ({ sort, dir }) => spec.sorts[sort].orderBy(dir),
    // Raw values are strings (or arrays of them), never a number: a forged ?page=&problems= stays raw.
    state: (input) => (typeof input.page === "number" && typeof input.problems === "object" ? (input as ListState<S, F>) : list.parse(input as RawParams)),
    parse(raw) {
      const problems: Record<string, string> = {};
      const query: Record<string, string> = {};
      const text = (key: string, label: string): string | undefined => {
        const v = first(raw[key]);
        if (v === undefined || v === "") return undefined;
        if (CONTROL.test(v)) {
          problems[key] = say("listParams.controlChars", { label });
          return undefined;
        }
        return v;
      };

      let q: string | undefined;
      if (spec.search) {
        const v = text("q", say("listParams.searchTerm"))?.replace(/\s+/g, " ").trim();
        if (v && [...v].length > MAX_Q) problems.q = say("listParams.searchTooLong", { max: String(MAX_Q) });
        else if (v) q = query.q = v;
      }

      const filters: Partial<F> = {};
      for (const [key, def] of Object.entries(spec.filters ?? {}) as [string, FilterDef<unknown>][]) {
        const v = text(key, say("listParams.quoted", { label: words(def.label) }));
        if (v === undefined) continue;
        const parsed = def.schema.safeParse(v);
        if (parsed.success && parsed.data !== undefined) {
          (filters as Record<string, unknown>)[key] = parsed.data;
          query[key] = v;
        } else
          problems[key] =
            def.invalid !== undefined ? words(def.invalid) : say("listParams.invalidValue", { label: say("listParams.quoted", { label: words(def.label) }) });
      }

      let sort = spec.defaultSort;
      const s = text("sort", say("listParams.sortLabel"));
      if (s !== undefined) {
        if (isSort(s)) sort = s;
        else problems.sort = say("listParams.badSort");
      }
      let dir = spec.sorts[sort].dir;
      const d = text("dir", say("listParams.dirLabel"));
      if (d === "asc" || d === "desc") dir = d;
      else if (d !== undefined) problems.dir = say("listParams.badDir");
      if (sort !== spec.defaultSort || dir !== spec.sorts[sort].dir) {
        query.sort = sort;
        query.dir = dir;
      }

      let page = 1;
      const p = text("page", say("listParams.pageLabel"));
      if (p !== undefined) {
        // Digits only: "1e9", "-1", "2.5" and " 3" are not page numbers.
        const n = /^\d{1,6}$/.test(p) ? Number(p) : NaN;
        if (n >= 1 && n <= MAX_PAGE) page = n;
        else problems.page = say("listParams.badPage", { max: String(MAX_PAGE) });
      }
      return { page, pageSize: spec.pageSize, sort, dir, q, filters, problems, query };
    },
  };
  return list;
}

/** The state type of a defined list. */
export type StateOf<L> = L extends ListQuery<infer S, unknown, infer F> ? ListState<S, F> : never;

/** Prisma's skip/take for the state's page. */
export function pageArgs(state: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (state.page - 1) * state.pageSize, take: state.pageSize };
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

/**
 * The true total of the where clause, then the rows of the state's page. A page past the end (a stale
 * link after rows went away, or ?page=9999) shows the last page and says so. Count first, rows second:
 * always exactly two statements, so a page's statement count never depends on the data.
 */
export async function readPage<T>(
  state: { page: number; pageSize: number; problems: Record<string, string> },
  count: () => Promise<number>,
  rows: (args: { skip: number; take: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const total = await count();
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  let page = state.page;
  if (page > pages) {
    state.problems.page = say("listParams.pastEnd", { page: String(page), pages: String(pages) });
    page = pages;
  }
  const found = await rows(pageArgs({ page, pageSize: state.pageSize }));
  return { rows: found, total, page, pages, pageSize: state.pageSize };
}

/** "/review?a=1&page=2": the current query with some parameters replaced (undefined removes one). */
export function listHref(path: string, query: Record<string, string>, change: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | number | undefined> = { ...query, ...change };
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "page" && Number(v) === 1)) params.set(k, String(v));
  const s = params.toString();
  // A bare "?" (not "") for the first page without parameters: an empty href would keep the current query.
  return s ? `${path}?${s}` : path || "?";
}

/**
 * Prisma's `contains` for a typed search: Prisma passes % and _ to LIKE as wildcards (a search for "%"
 * matched every row), so they are escaped and searched as typed. Case-insensitive unless told otherwise.
 */
export function containsText(q: string, mode: "insensitive" | "default" = "insensitive"): { contains: string; mode: "insensitive" | "default" } {
  return { contains: q.replace(/[\\%_]/g, (c) => `\\${c}`), mode };
}

/** No rows at all (a role without a queue): the same shape as a read page. */
export function emptyPage<T>(state: { pageSize: number }): Page<T> {
  return { rows: [], total: 0, page: 1, pages: 1, pageSize: state.pageSize };
}
