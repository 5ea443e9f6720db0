import "server-only";
import type { Prisma } from "../db/generated/client";
import type { AllianceState, Role } from "../db/generated/enums";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { getWorkflowSettings, serviceDaysFor, type WorkflowSettings } from "../settings/settings";
import { getWorkingCalendar } from "../calendar/calendar";
import { isServiceOverdue, overdueCutoff, serviceDueDate, workingDaysWaited, type WorkingCalendar } from "../calendar/working-days";
import { containsText, emptyPage, readPage, type RawParams } from "../paging/list-params";
import { QUEUE_LIST, type AgeFilter, type QueueListState } from "./queue-list";

/** The states each reviewing role works on; the scope adds the division's industries for reviewers. */
export const WORK_STATES: Partial<Record<Role, AllianceState[]>> = {
  DIVISION_REVIEWER: ["DIVISION_REVIEW"],
  DEPARTMENT_SECRETARY: ["FORM_REVIEW", "MEETING"],
  INSTITUTE_OFFICER: ["FILING"],
};

export function queueStatesOf(user: Pick<SessionUser, "roles">): AllianceState[] {
  return [...new Set(user.roles.flatMap((r) => WORK_STATES[r] ?? []))];
}

export { AGE_FILTERS, type AgeFilter } from "./queue-list";

export interface QueueFilter {
  state?: AllianceState;
  industryCode?: string;
  divisionId?: string;
  age?: AgeFilter;
  /** Alliance or lead unit name, part of it. */
  q?: string;
}

const DAY = 86_400_000;

export function ageInDays(since: Date, now: Date): number {
  return Math.floor((now.getTime() - since.getTime()) / DAY);
}

/**
 * Alliances in one of `states` that are overdue now: shared by the queue, the home counts, the dashboard and
 * the overdue reminders. Service times count working days (lib/calendar/working-days.ts overdueCutoff, the
 * same test as the row mark isServiceOverdue).
 */
export function overdueClause(states: AllianceState[], settings: WorkflowSettings, now: Date, calendar: WorkingCalendar): Prisma.AllianceWhereInput {
  return {
    OR: states.flatMap((state) => {
      const days = serviceDaysFor(settings, state);
      return days === null ? [] : [{ state, stateSince: { lt: overdueCutoff(days, now, calendar) } }];
    }),
  };
}

/** The service-time mark of one work item: working days waited, the last day allowed and whether it has passed. */
export function serviceTimeOf(item: { state: AllianceState; stateSince: Date }, settings: WorkflowSettings, now: Date, calendar: WorkingCalendar) {
  const limitDays = serviceDaysFor(settings, item.state);
  return {
    limitDays,
    workingDays: workingDaysWaited(item.stateSince, now, calendar),
    dueOn: limitDays === null ? null : serviceDueDate(item.stateSince, limitDays, calendar),
    overdue: limitDays !== null && isServiceOverdue(item.stateSince, limitDays, now, calendar),
  };
}

function queueWhere(user: SessionUser, filter: QueueFilter, settings: WorkflowSettings, now: Date, calendar: WorkingCalendar): Prisma.AllianceWhereInput {
  const states = queueStatesOf(user).filter((s) => !filter.state || s === filter.state);
  return {
    AND: [
      allianceScope(user),
      { state: { in: states } },
      filter.industryCode ? { industryCode: filter.industryCode } : {},
      filter.divisionId ? { industry: { divisionId: filter.divisionId } } : {},
      filter.q ? { OR: [{ name: containsText(filter.q) }, { leadOrg: { name: containsText(filter.q) } }] } : {},
      filter.age === "overdue" ? overdueClause(states, settings, now, calendar) : {},
      filter.age === "gt7" ? { stateSince: { lt: new Date(now.getTime() - 7 * DAY) } } : {},
      filter.age === "gt30" ? { stateSince: { lt: new Date(now.getTime() - 30 * DAY) } } : {},
    ],
  };
}

/** The user's work queue, one page of it, each item with its age and overdue mark; the total and the overdue count cover the whole filtered queue. */
export async function findQueue(user: SessionUser, params: RawParams | QueueListState = {}, now = new Date()) {
  const list = QUEUE_LIST.state(params);
  const [settings, calendar] = await Promise.all([getWorkflowSettings(), getWorkingCalendar()]);
  const filter: QueueFilter = {
    state: list.filters.state,
    industryCode: list.filters.industry,
    divisionId: list.filters.division,
    age: list.filters.age,
    q: list.q,
  };
  const states = queueStatesOf(user);
  if (states.length === 0) return { settings, list, overdueTotal: 0, ...emptyPage<never>(list) };
  const where = queueWhere(user, filter, settings, now, calendar);
  const [page, overdueTotal] = await Promise.all([
    readPage(
      list,
      () => db().alliance.count({ where }),
      ({ skip, take }) =>
        db().alliance.findMany({
          where,
          orderBy: QUEUE_LIST.orderBy(list),
          skip,
          take,
          select: {
            id: true,
            name: true,
            state: true,
            stateSince: true,
            currentVersionNo: true,
            industry: { select: { code: true, name: true, division: { select: { code: true, name: true } } } },
            leadOrg: { select: { name: true } },
          },
        }),
    ),
    db().alliance.count({ where: { AND: [where, overdueClause(states, settings, now, calendar)] } }),
  ]);
  return {
    settings,
    list,
    overdueTotal,
    ...page,
    rows: page.rows.map((r) => ({
      ...r,
      ageDays: ageInDays(r.stateSince, now),
      ...serviceTimeOf(r, settings, now, calendar),
      resubmitted: r.currentVersionNo > 1,
    })),
  };
}

/** Counts per queue state and how many are overdue, for the home page. */
export async function queueCounts(user: SessionUser, now = new Date()) {
  const states = queueStatesOf(user);
  if (states.length === 0) return [];
  const [settings, calendar] = await Promise.all([getWorkflowSettings(), getWorkingCalendar()]);
  return Promise.all(
    states.map(async (state) => {
      const base = queueWhere(user, { state }, settings, now, calendar);
      const [total, overdue] = await Promise.all([
        db().alliance.count({ where: base }),
        db().alliance.count({ where: queueWhere(user, { state, age: "overdue" }, settings, now, calendar) }),
      ]);
      return { state, total, overdue, limitDays: serviceDaysFor(settings, state) };
    }),
  );
}
