// The audit log's query string: action (one, or a group), exact actor, time range, object, and the
// sortable columns. Pure, shared by the page, the export and the tests. Dates are calendar days in
// Beijing time; an impossible date (2026-02-30, 9999-99-99) or a range that ends before it starts is
// refused with a note in the reader's language instead of reaching the database.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { defineList, type RawParams, type StateOf } from "../paging/list-params";
import { AUDIT_ACTIONS } from "./events";
import { ACTION_GROUPS } from "./labels";
import { text } from "../i18n/text";

type Order = Prisma.AuditEventOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order[]) =>
  (dir: "asc" | "desc"): Order[] => [...first(dir), { id: dir }];

export const GROUP_PREFIX = "group:";
const ACTION_VALUES = [...AUDIT_ACTIONS, ...ACTION_GROUPS.map((g) => `${GROUP_PREFIX}${g.key}`)] as [string, ...string[]];

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 2000;
}

const day = z.string().refine(isRealDate);
const dateNote = (label: string) => text("audit.list.invalidDate", { label });

export const AUDIT_LIST = defineList({
  pageSize: 50,
  defaultSort: "time",
  sorts: {
    time: { dir: "desc", orderBy: by(() => []) },
    actor: { dir: "asc", orderBy: by((dir) => [{ actorName: dir }]) },
    action: { dir: "asc", orderBy: by((dir) => [{ action: dir }]) },
  },
  // Labels and notes are getters: the list reads them when it refuses a value, in the reader's language.
  filters: {
    action: {
      get label() {
        return text("audit.action");
      },
      schema: z.enum(ACTION_VALUES),
    },
    // The account name exactly as recorded ("filer" never lists "filer2"); "公众" and "system" are actors too.
    actor: {
      get label() {
        return text("audit.actor");
      },
      schema: z.string().trim().min(1).max(64),
    },
    from: {
      get label() {
        return text("audit.from");
      },
      schema: day,
      get invalid() {
        return dateNote(text("audit.from"));
      },
    },
    to: {
      get label() {
        return text("audit.to");
      },
      schema: day,
      get invalid() {
        return dateNote(text("audit.to"));
      },
    },
    entityType: {
      get label() {
        return text("audit.list.objectType");
      },
      schema: z.string().regex(/^[A-Za-z]{1,32}$/),
    },
    entityId: {
      get label() {
        return text("audit.entity");
      },
      schema: z.string().regex(/^[0-9A-Za-z._:-]{1,64}$/),
    },
  },
});

export type AuditListState = StateOf<typeof AUDIT_LIST>;

/** The list's parse plus the one rule across two fields: a range that ends before it starts is refused. */
export function parseAuditParams(input: RawParams | AuditListState): AuditListState {
  const list = AUDIT_LIST.state(input);
  const { from, to } = list.filters;
  if (from && to && from > to) {
    list.problems.to = text("audit.list.rangeBackwards");
    delete list.filters.from;
    delete list.filters.to;
    delete list.query.from;
    delete list.query.to;
  }
  return list;
}

/** Midnight in Beijing of a calendar day, plus some days: the range's bounds as instants. */
export function beijingMidnight(date: string, plusDays = 0): Date {
  return new Date(new Date(`${date}T00:00:00+08:00`).getTime() + plusDays * 86_400_000);
}
