import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  chinaDateOf,
  EMPTY_CALENDAR,
  isServiceOverdue,
  isWorkingDay,
  overdueCutoff,
  serviceDueDate,
  subtractWorkingDays,
  workingDaysBetween,
  workingDaysWaited,
  type WorkingCalendar,
} from "@/lib/calendar/working-days";
import { HOLIDAYS_2026 } from "@/lib/calendar/holidays-2026";

// Service times (服务时限) count 工作日: Monday-Friday less public holidays, plus 调休 Saturdays/Sundays.
const CAL_2026: WorkingCalendar = {
  holidays: new Set(HOLIDAYS_2026.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
  workdays: new Set(HOLIDAYS_2026.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
};
const china = (local: string) => new Date(`${local}+08:00`);

describe("working days", () => {
  it("knows weekends, holidays and 调休 working Saturdays", () => {
    expect(isWorkingDay("2026-02-13", CAL_2026)).toBe(true); // Friday
    expect(isWorkingDay("2026-02-14", CAL_2026)).toBe(true); // Saturday, 春节调休上班
    expect(isWorkingDay("2026-02-15", CAL_2026)).toBe(false); // Sunday inside the holiday
    expect(isWorkingDay("2026-02-16", CAL_2026)).toBe(false); // Monday, 春节
    expect(isWorkingDay("2026-02-21", CAL_2026)).toBe(false); // Saturday
    expect(isWorkingDay("2026-02-16", EMPTY_CALENDAR)).toBe(true);
  });

  it("counts across the Spring Festival with its two 调休 Saturdays", () => {
    // From Thursday 12 February: 13 (1), Sat 14 (2), holiday 15-23, 24 (3), 25 (4), 26 (5), 27 (6), Sat 28 (7), 2 March (8).
    expect(addWorkingDays("2026-02-12", 8, CAL_2026)).toBe("2026-03-02");
    expect(workingDaysBetween("2026-02-12", "2026-03-02", CAL_2026)).toBe(8);
    expect(subtractWorkingDays("2026-03-02", 8, CAL_2026)).toBe("2026-02-12");
    // Without the calendar the same eight working days end a week and more earlier.
    expect(addWorkingDays("2026-02-12", 8, EMPTY_CALENDAR)).toBe("2026-02-24");
  });

  it("gives the last allowed day and marks overdue from the next day, in China time", () => {
    // Entered Friday 24 April 2026 late at night China time (still 24 April), 15 working days across 劳动节
    // (1, 4, 5 May off) with Saturday 9 May worked: the last day allowed is Tuesday 19 May.
    const since = china("2026-04-24T23:30:00");
    expect(chinaDateOf(since)).toBe("2026-04-24");
    expect(serviceDueDate(since, 15, CAL_2026)).toBe("2026-05-19");
    expect(isServiceOverdue(since, 15, china("2026-05-19T23:59:00"), CAL_2026)).toBe(false);
    expect(isServiceOverdue(since, 15, china("2026-05-20T00:00:00"), CAL_2026)).toBe(true);
    expect(workingDaysWaited(since, china("2026-05-19T12:00:00"), CAL_2026)).toBe(15);
  });

  it("the SQL cutoff gives exactly the row mark, hour by hour across a year of holidays", () => {
    const start = china("2026-01-01T00:00:00").getTime();
    for (let h = 0; h < 365 * 24; h += 7) {
      const now = new Date(start + h * 3_600_000);
      for (const limit of [1, 10, 15]) {
        const cutoff = overdueCutoff(limit, now, CAL_2026);
        for (const back of [0, 3, 11, 16, 22, 30]) {
          const since = new Date(now.getTime() - back * 86_400_000 - 5 * 3_600_000);
          expect(since < cutoff, `${since.toISOString()} ${limit} ${now.toISOString()}`).toBe(isServiceOverdue(since, limit, now, CAL_2026));
        }
        expect(new Date(cutoff.getTime() - 1) < cutoff && isServiceOverdue(new Date(cutoff.getTime() - 1), limit, now, CAL_2026)).toBe(true);
        expect(isServiceOverdue(cutoff, limit, now, CAL_2026)).toBe(false);
      }
    }
  });

  it("stops on a calendar that has no working day at all", () => {
    const allOff: WorkingCalendar = {
      holidays: new Set(Array.from({ length: 4000 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10))),
      workdays: new Set(),
    };
    expect(() => addWorkingDays("2026-01-01", 5, allOff)).not.toThrow();
    expect(() => subtractWorkingDays("2026-01-01", 5, allOff)).not.toThrow();
  });

  it("seeds the 2026 arrangement: holidays on weekdays, 调休 only on weekends", () => {
    for (const d of HOLIDAYS_2026) {
      const dow = new Date(`${d.date}T00:00:00Z`).getUTCDay();
      expect([0, 6].includes(dow), d.date).toBe(d.kind === "WORKDAY");
    }
    expect(HOLIDAYS_2026.filter((d) => d.kind === "WORKDAY").map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
  });
});
