// Issue 17 items 3 and 4: which alliances a year's assessment covers (filed before the scheme's cut-off day, by default
// 1 January of the year) and when the center may publish the year's results (lib/assessment/coverage.ts).
import { describe, expect, it } from "vitest";
import { coverageCutoffDay, coverageOf, notCoveredMessage, publishReadiness } from "../../lib/assessment/coverage";

const at = (iso: string) => new Date(iso);

describe("coverageCutoffDay", () => {
  it("is 1 January of the scheme's year unless the center set a day", () => {
    expect(coverageCutoffDay({ year: 2026, coverageCutoff: null })).toBe("2026-01-01");
    expect(coverageCutoffDay({ year: 2026, coverageCutoff: at("2026-07-01T00:00:00Z") })).toBe("2026-07-01");
  });
});

describe("coverageOf", () => {
  const scheme = { year: 2026, coverageCutoff: null };
  it("covers an alliance filed before the cut-off day, Beijing time", () => {
    expect(coverageOf(scheme, at("2025-03-01T02:00:00Z"))).toEqual({ covered: true, reason: null });
    // 31 December 2025 at 23:30 in Changchun is 15:30 UTC: still before 1 January.
    expect(coverageOf(scheme, at("2025-12-31T15:30:00Z")).covered).toBe(true);
  });
  it("leaves out an alliance filed on 2 December of the year, saying why", () => {
    const c = coverageOf(scheme, at("2026-12-02T03:00:00Z"));
    expect(c.covered).toBe(false);
    expect(c.reason).toBe("2026-12-02 备案，晚于本年度考核覆盖截止日 2026-01-01（截止日前备案的联盟参加 2026 年度考核）");
  });
  it("1 January itself (Beijing) is not before the cut-off", () => {
    expect(coverageOf(scheme, at("2025-12-31T16:00:00Z")).covered).toBe(false);
  });
  it("a later cut-off the center sets brings mid-year filings in", () => {
    expect(coverageOf({ year: 2026, coverageCutoff: at("2026-07-01T00:00:00Z") }, at("2026-06-30T08:00:00Z")).covered).toBe(true);
    expect(coverageOf({ year: 2026, coverageCutoff: at("2026-07-01T00:00:00Z") }, at("2026-07-01T08:00:00Z")).covered).toBe(false);
  });
  it("an alliance without a filing date is not covered", () => {
    expect(coverageOf(scheme, null)).toEqual({ covered: false, reason: "尚无备案日期，不参加 2026 年度考核" });
  });
});

describe("publishReadiness", () => {
  const due = at("2027-01-31T15:59:59.999Z"); // 31 January 2027, end of day in Beijing
  const before = at("2026-12-02T03:00:00Z");
  const after = at("2027-02-01T01:00:00Z");
  const base = { reportDue: due, covered: 10, handedIn: 10, unscored: 0, returned: [] };

  it("after the due date: may publish", () => {
    expect(publishReadiness({ ...base, handedIn: 7 }, after)).toEqual({ allowed: true, basis: "DUE_PASSED", reasons: [], notes: [] });
  });
  it("before the due date with every covered alliance's report handed in: may close early", () => {
    expect(publishReadiness(base, before)).toEqual({ allowed: true, basis: "ALL_HANDED_IN", reasons: [], notes: [] });
  });
  it("before the due date with reports outstanding: not available, and says why; an early close with a reason is", () => {
    const r = publishReadiness({ ...base, handedIn: 7 }, before);
    expect(r).toMatchObject({ allowed: false, earlyClose: true });
    expect(r.reasons).toEqual(["年度报告提交截止日期（2027-01-31）未到，纳入本年度考核的 10 家联盟中尚有 3 家未提交年度报告，截止前仍可提交（八（四））"]);
    expect(publishReadiness({ ...base, handedIn: 7 }, before, "理事会换届，经中心主任办公会决定提前结束")).toEqual({
      allowed: true,
      basis: "EARLY_CLOSE",
      reasons: [],
      notes: [],
    });
  });
  it("unscored reports block publishing whatever the date, early close included", () => {
    const r = publishReadiness({ ...base, unscored: 2 }, after, "理事会换届，经中心主任办公会决定提前结束");
    expect(r).toMatchObject({ allowed: false, earlyClose: false });
    expect(r.reasons).toEqual(["尚有 2 份已提交的年度报告未评分，请全部评分后再发布考核结果"]);
  });
  it("a blank or short early-close reason does not open it", () => {
    expect(publishReadiness({ ...base, handedIn: 7 }, before, "  太早 ").allowed).toBe(false);
  });

  // Issue 17 item 5 and its gap: a report returned for correction (RETURNED, not handed in again).
  const correctionDue = at("2027-02-10T15:59:59.999Z"); // end of 10 February 2027 in Beijing
  const returned = [{ allianceName: "吉林省氢能产业创新联盟", correctionDue }];
  it("an open correction blocks publishing, after the report due date and with an early close too, naming the report and its day", () => {
    const r = publishReadiness({ ...base, handedIn: 9, returned }, after);
    expect(r).toMatchObject({ allowed: false, earlyClose: false });
    expect(r.reasons).toEqual([
      "尚有 1 份年度报告退回修改中，更正截止日前不能发布考核结果（最早 2027-02-10 后可发布）：吉林省氢能产业创新联盟（更正截止 2027-02-10）；联盟重新提交并评分后，或更正截止日过后（按未提交计），方可发布（八（四））",
    ]);
    expect(publishReadiness({ ...base, handedIn: 9, returned }, before, "理事会换届，经中心主任办公会决定提前结束").allowed).toBe(false);
    // The last minute of the correction day is still open.
    expect(publishReadiness({ ...base, handedIn: 9, returned }, at("2027-02-10T15:59:00Z")).allowed).toBe(false);
  });
  it("once the correction day has passed without a new hand-in, the return counts as not handed in, and says so", () => {
    const lapsedAt = at("2027-02-11T01:00:00Z");
    const r = publishReadiness({ ...base, handedIn: 9, returned }, lapsedAt);
    expect(r).toMatchObject({ allowed: true, basis: "DUE_PASSED" });
    expect(r.notes).toEqual([
      "1 份退回修改的年度报告已过更正截止日仍未重新提交，按未提交年度报告计，发布结果时记为“不合格”：吉林省氢能产业创新联盟（更正截止 2027-02-10）",
    ]);
    // Before the report due date, a lapsed return is one of the outstanding reports.
    const early = { ...base, reportDue: at("2027-03-31T15:59:59.999Z"), handedIn: 9, returned };
    const e = publishReadiness(early, lapsedAt);
    expect(e).toMatchObject({ allowed: false, earlyClose: true });
    expect(e.reasons[0]).toContain("尚有 1 家未提交年度报告（含 1 份过更正截止日未重新提交的退回报告）");
  });
});

describe("notCoveredMessage", () => {
  it("says why a year's assessment does not cover an alliance filed on or after the cut-off day; null when covered", () => {
    const scheme = { year: 2026, coverageCutoff: null };
    expect(notCoveredMessage(scheme, at("2026-12-02T03:00:00Z"))).toBe("本年度考核不覆盖本联盟（2026-12-02 备案，晚于覆盖截止日 2026-01-01）");
    expect(notCoveredMessage(scheme, at("2025-06-01T03:00:00Z"))).toBeNull();
    expect(notCoveredMessage(scheme, null)).toBe("本年度考核不覆盖本联盟（尚未备案，覆盖截止日 2026-01-01）");
  });
});
