import { describe, it, expect } from "vitest";
import { annualAssessmentResult, consecutiveFailingYears, councilTermEnds, dissolutionPasses, dissolutionResult } from "../../lib/rules/operation-rules";

const g = (year: number, failed: boolean) => ({ year, failed });

describe("R11 consecutiveFailingYears", () => {
  it("pass-fail-fail is flagged with the two failing years", () => {
    expect(consecutiveFailingYears([g(2023, false), g(2024, true), g(2025, true)])).toEqual({ flagged: true, years: [2024, 2025] });
  });
  it("fail-pass-fail is not flagged", () => {
    expect(consecutiveFailingYears([g(2023, true), g(2024, false), g(2025, true)]).flagged).toBe(false);
  });
  it("fail, gap year, fail is not consecutive", () => {
    expect(consecutiveFailingYears([g(2023, true), g(2025, true)])).toEqual({ flagged: false, years: [] });
  });
  it("unsorted input is handled", () => {
    expect(consecutiveFailingYears([g(2025, true), g(2023, false), g(2024, true)])).toEqual({ flagged: true, years: [2024, 2025] });
  });
  it("empty input and a single failing year are not flagged", () => {
    expect(consecutiveFailingYears([])).toEqual({ flagged: false, years: [] });
    expect(consecutiveFailingYears([g(2025, true)]).flagged).toBe(false);
  });
  it("a later passing year clears the flag (the latest two years decide)", () => {
    expect(consecutiveFailingYears([g(2023, true), g(2024, true), g(2025, false)]).flagged).toBe(false);
  });
  it("a duplicated year is rejected", () => {
    expect(() => consecutiveFailingYears([g(2024, true), g(2024, false)])).toThrow(RangeError);
  });
  it("annualAssessmentResult cites 八（四）", () => {
    expect(annualAssessmentResult([g(2024, true), g(2025, true)])).toMatchObject({ id: "R11", status: "fail", clause: "八（四）" });
  });
});

describe("R12 dissolutionPasses (4/5 含本数)", () => {
  it.each([
    [10, 8, true],
    [10, 7, false],
    [5, 4, true],
    [5, 3, false],
    [9, 8, true],
    [9, 7, false],
    [11, 9, true],
    [11, 8, false],
    [1, 1, true],
    [3, 3, true],
    [3, 2, false],
  ])("%i council, %i for → %s", (council, votes, expected) => {
    expect(dissolutionPasses(council, votes)).toBe(expected);
  });
  it.each([
    [10, 11],
    [10, -1],
    [-5, 0],
    [0, 0],
    [10, 7.5],
  ])("invalid %i/%i throws RangeError", (council, votes) => {
    expect(() => dissolutionPasses(council, votes)).toThrow(RangeError);
  });
  it("the error message is Chinese", () => expect(() => dissolutionPasses(10, 11)).toThrow(/超过理事会人数/));
  it("dissolutionResult states the votes needed", () => {
    expect(dissolutionResult(9, 8)).toMatchObject({ id: "R12", status: "pass", clause: "附件3 第十一条" });
    expect(dissolutionResult(10, 7).message).toContain("至少 8 名");
    expect(dissolutionResult(9, 7)).toMatchObject({ status: "fail", message: expect.stringContaining("至少 8 名") as unknown });
  });
});

describe("councilTermEnds (three-year terms)", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    ["2024-03-01", "2027-02-28"],
    ["2024-02-29", "2027-02-28"],
    ["2025-01-01", "2027-12-31"],
    ["2025-06-15", "2028-06-14"],
  ])("%s → %s", (start, end) => expect(councilTermEnds(d(start)).toISOString().slice(0, 10)).toBe(end));
  it("uses the UTC date and drops the time", () => {
    expect(councilTermEnds(new Date("2025-06-15T23:30:00Z")).toISOString()).toBe("2028-06-14T00:00:00.000Z");
  });
  it("an invalid date throws", () => expect(() => councilTermEnds(new Date("x"))).toThrow(RangeError));
});
