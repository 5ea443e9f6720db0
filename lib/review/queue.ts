import "server-only";
import type { Prisma } from "../db/generated/client";
import type { AllianceState, Role } from "../db/generated/enums";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { getWorkflowSettings, serviceDaysFor, type WorkflowSettings } from "../settings/settings";

/** The states each reviewing role works on; the scope adds the division's industries for reviewers. */
export const WORK_STATES: Partial<Record<Role, AllianceState[]>> = {
  DIVISION_REVIEWER: ["DIVISION_REVIEW"],
  DEPARTMENT_SECRETARY: ["FORM_REVIEW", "MEETING"],
  INSTITUTE_OFFICER: ["FILING"],
};

export function queueStatesOf(user: Pick<SessionUser, "roles">): AllianceState[] {
  return [...new Set(user.roles.flatMap((r) => WORK_STATES[r] ?? []))];
}

export const AGE_FILTERS = ["all", "overdue", "gt7", "gt30"] as const;
export type AgeFilter = (typeof AGE_FILTERS)[number];

export interface QueueFilter {
  state?: AllianceState;
  industryCode?: string;
  divisionId?: string;
  age?: AgeFilter;
}

const DAY = 86_400_000;

export function ageInDays(since: Date, now: Date): number {
  return Math.floor((now.getTime() - since.getTime()) / DAY);
}

/** Entered before this moment = overdue. The one definition for the SQL filter, the counts and the row mark. */
function overdueBefore(limitDays: number, now: Date): Date {
  return new Date(now.getTime() - limitDays * DAY);
}

/** Alliances in one of `states` that are overdue now: shared by the queue, the home counts and the dashboard. */
export function overdueClause(states: AllianceState[], settings: WorkflowSettings, now: Date): Prisma.AllianceWhereInput {
  return {
    OR: states.flatMap((state) => {
      const days = serviceDaysFor(settings, state);
      return days === null ? [] : [{ state, stateSince: { lt: overdueBefore(days, now) } }];
    }),
  };
}

function queueWhere(user: SessionUser, filter: QueueFilter, settings: WorkflowSettings, now: Date): Prisma.AllianceWhereInput {
  const states = queueStatesOf(user).filter((s) => !filter.state || s === filter.state);
  return {
    AND: [
      allianceScope(user),
      { state: { in: states } },
      filter.industryCode ? { industryCode: filter.industryCode } : {},
      filter.divisionId ? { industry: { divisionId: filter.divisionId } } : {},
      filter.age === "overdue" ? overdueClause(states, settings, now) : {},
      filter.age === "gt7" ? { stateSince: { lt: new Date(now.getTime() - 7 * DAY) } } : {},
      filter.age === "gt30" ? { stateSince: { lt: new Date(now.getTime() - 30 * DAY) } } : {},
    ],
  };
}

/** The user's work queue, oldest first, each item with its age and overdue mark. */
export async function findQueue(user: SessionUser, filter: QueueFilter = {}, now = new Date()) {
  const settings = await getWorkflowSettings();
  if (queueStatesOf(user).length === 0) return { rows: [], settings };
  const rows = await db().alliance.findMany({
    where: queueWhere(user, filter, settings, now),
    orderBy: { stateSince: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      state: true,
      stateSince: true,
      currentVersionNo: true,
      industry: { select: { name: true, division: { select: { name: true } } } },
      leadOrg: { select: { name: true } },
    },
  });
  return {
    settings,
    rows: rows.map((r) => {
      const limit = serviceDaysFor(settings, r.state);
      const overdue = limit !== null && r.stateSince < overdueBefore(limit, now);
      return { ...r, ageDays: ageInDays(r.stateSince, now), limitDays: limit, overdue, resubmitted: r.currentVersionNo > 1 };
    }),
  };
}

/** Counts per queue state and how many are overdue, for the home page. */
export async function queueCounts(user: SessionUser, now = new Date()) {
  const states = queueStatesOf(user);
  if (states.length === 0) return [];
  const settings = await getWorkflowSettings();
  return Promise.all(
    states.map(async (state) => {
      const base = queueWhere(user, { state }, settings, now);
      const [total, overdue] = await Promise.all([
        db().alliance.count({ where: base }),
        db().alliance.count({ where: queueWhere(user, { state, age: "overdue" }, settings, now) }),
      ]);
      return { state, total, overdue, limitDays: serviceDaysFor(settings, state) };
    }),
  );
}
