// The revocation proposals' query string (八（四）): two views of one list, the open proposals (the service
// center's to-do list, oldest first) and the record of handled ones (newest first), chosen by ?status=.
// Each view searches by alliance name, lead unit or filing number, filters by industry (and, for the
// record, by outcome) and sorts by the whitelist. Pure, shared by page, data function and tests.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { defineList, type RawParams, type StateOf } from "../paging/list-params";
import { text } from "../i18n/text";

export const REVOCATION_VIEWS = ["open", "closed"] as const;
export const REVOCATION_RESULTS = ["CONFIRMED", "DISMISSED"] as const;

type Order = Prisma.RevocationOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order) =>
  (dir: "asc" | "desc"): Order[] => [first(dir), { id: "asc" }];

const spec = (proposedDir: "asc" | "desc") =>
  defineList({
    pageSize: 20,
    search: true,
    defaultSort: "proposed",
    sorts: {
      proposed: { dir: proposedDir, orderBy: by((dir) => ({ proposedAt: dir })) },
      name: { dir: "asc", orderBy: by((dir) => ({ alliance: { name: dir } })) },
      industry: { dir: "asc", orderBy: by((dir) => ({ alliance: { industry: { sortOrder: dir } } })) },
    },
    filters: {
      status: {
        get label() {
          return text("assessmentLib.filters.handling");
        },
        schema: z.enum(REVOCATION_VIEWS),
      },
      industry: {
        get label() {
          return text("assessmentLib.filters.industry");
        },
        schema: z.string().regex(/^[A-Z_]{2,32}$/),
      },
      result: {
        get label() {
          return text("assessmentLib.filters.outcome");
        },
        schema: z.enum(REVOCATION_RESULTS),
      },
    },
  });

/** Open proposals: oldest first, as a to-do list. */
export const OPEN_REVOCATION_LIST = spec("asc");
/** Handled proposals: newest first, as a record. */
export const CLOSED_REVOCATION_LIST = spec("desc");

export type RevocationListState = StateOf<typeof OPEN_REVOCATION_LIST>;

/** The view a query string asks for (anything but "closed" is the open view, whose parser notes a bad value). */
export function revocationListFor(raw: RawParams) {
  const status = Array.isArray(raw.status) ? raw.status[0] : raw.status;
  return status === "closed" ? CLOSED_REVOCATION_LIST : OPEN_REVOCATION_LIST;
}

/** A parsed state as is, or raw parameters parsed by the view they ask for. */
export function revocationState(input: RawParams | RevocationListState): RevocationListState {
  if (typeof input.page === "number" && typeof input.problems === "object") return input as RevocationListState;
  return revocationListFor(input as RawParams).parse(input as RawParams);
}
