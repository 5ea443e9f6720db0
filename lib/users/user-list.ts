// The user administration list's query string: search by account or name, filters by role and status,
// sortable columns (the whitelist). Pure, shared by page, data function and tests.
import type { Prisma } from "../db/generated/client";
import { ROLES } from "../auth/roles";
import { z } from "../validation/zod";
import { text } from "../i18n/text";
import { defineList, type StateOf } from "../paging/list-params";

export const USER_STATUSES = ["active", "locked", "disabled"] as const;
type Order = Prisma.UserOrderByWithRelationInput;
const by =
  (first: (dir: "asc" | "desc") => Order) =>
  (dir: "asc" | "desc"): Order[] => [first(dir), { id: "asc" }];

export const USER_LIST = defineList({
  pageSize: 50,
  search: true,
  defaultSort: "username",
  sorts: {
    username: { dir: "asc", orderBy: by((dir) => ({ username: dir })) },
    name: { dir: "asc", orderBy: by((dir) => ({ displayName: dir })) },
    lastLogin: { dir: "desc", orderBy: by((dir) => ({ lastLoginAt: { sort: dir, nulls: "last" } })) },
    created: { dir: "desc", orderBy: by((dir) => ({ createdAt: dir })) },
  },
  filters: {
    role: { label: () => text("users.roles"), schema: z.enum(ROLES) },
    status: { label: () => text("users.status"), schema: z.enum(USER_STATUSES) },
  },
});

export type UserListState = StateOf<typeof USER_LIST>;
