import "server-only";
import type { AllianceState } from "../db/generated/enums";
import { readDb } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getWorkflowSettings, serviceDaysFor } from "../settings/settings";
import type { TDashboardFilters } from "../validation/dashboard";
import { dashboardWhere, scopedAllianceIds } from "./filters";
import { monthWindow } from "./china-time";
import { overdueClause } from "../review/queue";
import { getWorkingCalendar } from "../calendar/calendar";
import { text } from "../i18n/text";

/** The four review stages (七（三）) and the alliance state that is each stage's work item. */
export const STAGES = [
  { key: "DIVISION", state: "DIVISION_REVIEW" },
  { key: "FORM", state: "FORM_REVIEW" },
  { key: "MEETING", state: "MEETING" },
  { key: "FILING", state: "FILING" },
] as const satisfies readonly { key: string; state: AllianceState }[];

export type StageKey = (typeof STAGES)[number]["key"];

/** A stage's name in the current language. */
export function stageLabel(key: StageKey): string {
  return text(`dashboard.stages.${key}`);
}

/** "2026-01" as a month in a table (2026年1月), in the current language. */
export function yearMonthLabel(month: string): string {
  const [y, m] = month.split("-");
  return text("dashboard.yearMonth", { year: y ?? "", month: String(Number(m)) });
}

export interface MonthRow {
  month: string;
  submitted: number;
  decisions: Record<StageKey, number>;
  total: number;
  returns: number;
}

export interface WorkloadRow {
  stage: StageKey;
  label: string;
  limitDays: number | null;
  total: number;
  overdue: number;
}

export interface Throughput {
  months: MonthRow[];
  workload: WorkloadRow[];
}

/**
 * 审核办理: per China month, decisions taken at each stage (audit "alliance.transitioned" leaving a stage;
 * a 厅务会 deferral stays in MEETING and is not a decision) and returns; submissions from "alliance.submitted".
 * `year` selects that calendar year instead of the last twelve months.
 */
export async function reviewThroughput(user: SessionUser, filters: TDashboardFilters, now = new Date()): Promise<Throughput> {
  const window = monthWindow(now, filters.year);
  const ids = await scopedAllianceIds(user, filters);
  const [grouped, workload] = await Promise.all([
    // The month is taken in China time (+8h, no daylight saving) so it matches monthWindow's keys.
    readDb().$queryRaw<{ month: string; action: string; from_state: string | null; to_state: string | null; n: number }[]>`
      SELECT to_char("at" + interval '8 hours', 'YYYY-MM') AS month, action,
             summary->>'from' AS from_state, summary->>'to' AS to_state, count(*)::int AS n
      FROM "AuditEvent"
      WHERE action IN ('alliance.transitioned', 'alliance.submitted') AND "entityType" = 'Alliance'
        AND "entityId" = ANY(${ids}::text[]) AND "at" >= ${window.start} AND "at" < ${window.end}
      GROUP BY 1, 2, 3, 4`,
    currentWorkload(user, filters, now),
  ]);
  const months = window.keys.map((month): MonthRow => ({
    month,
    submitted: 0,
    decisions: { DIVISION: 0, FORM: 0, MEETING: 0, FILING: 0 },
    total: 0,
    returns: 0,
  }));
  for (const g of grouped) {
    const row = months.find((m) => m.month === g.month);
    if (!row) continue;
    if (g.action === "alliance.submitted") {
      row.submitted += g.n;
      continue;
    }
    const stage = STAGES.find((s) => s.state === g.from_state);
    if (!stage || g.to_state === g.from_state) continue;
    row.decisions[stage.key] += g.n;
    row.total += g.n;
    if (g.to_state === "RETURNED") row.returns += g.n;
  }
  return { months, workload };
}

/**
 * Work items now waiting at each stage and how many are overdue, with the queue's definition: overdue when
 * the item's service time in working days has run out (lib/review/queue.ts overdueClause, lib/calendar/working-days.ts).
 */
async function currentWorkload(user: SessionUser, filters: TDashboardFilters, now: Date): Promise<WorkloadRow[]> {
  const [settings, calendar] = await Promise.all([getWorkflowSettings(), getWorkingCalendar(readDb())]);
  const base = dashboardWhere(user, filters, { yearIsFilingYear: false });
  const stageStates = STAGES.map((s) => s.state);
  const [totals, overdue] = await Promise.all([
    readDb().alliance.groupBy({ by: ["state"], where: { AND: [base, { state: { in: stageStates } }] }, _count: { _all: true } }),
    readDb().alliance.groupBy({ by: ["state"], where: { AND: [base, overdueClause(stageStates, settings, now, calendar)] }, _count: { _all: true } }),
  ]);
  const countOf = (rows: typeof totals, state: AllianceState) => rows.find((r) => r.state === state)?._count._all ?? 0;
  return STAGES.map((s) => ({
    stage: s.key,
    label: stageLabel(s.key),
    limitDays: serviceDaysFor(settings, s.state),
    total: countOf(totals, s.state),
    overdue: countOf(overdue, s.state),
  }));
}
