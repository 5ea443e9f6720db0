// The 厅务会 list's query string: search by session, topic, or an agenda item's alliance name or filing
// number; filter by open or closed; the sortable columns (the whitelist). Pure, shared by page, data and tests.
import type { Prisma } from "../db/generated/client";
import { z } from "../validation/zod";
import { text } from "../i18n/text";
import { defineList, type StateOf } from "../paging/list-params";

export const MEETING_STATUSES = ["open", "closed"] as const;

type Order = Prisma.MeetingOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order) =>
  (dir: "asc" | "desc"): Order[] => [first(dir), { id: "asc" }];

export const MEETING_LIST = defineList({
  pageSize: 20,
  search: true,
  defaultSort: "created",
  sorts: {
    created: { dir: "desc", orderBy: by((dir) => ({ createdAt: dir })) },
    session: { dir: "desc", orderBy: by((dir) => ({ sessionNo: dir })) },
    // Meetings not yet dated sort last whichever way.
    held: { dir: "desc", orderBy: by((dir) => ({ heldOn: { sort: dir, nulls: "last" } })) },
    title: { dir: "asc", orderBy: by((dir) => ({ title: dir })) },
    items: { dir: "desc", orderBy: by((dir) => ({ decisions: { _count: dir } })) },
  },
  filters: {
    status: {
      get label() {
        return text("meetings.list.filterStatus");
      },
      schema: z.enum(MEETING_STATUSES),
    },
  },
});

export type MeetingListState = StateOf<typeof MEETING_LIST>;
