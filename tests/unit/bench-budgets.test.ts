import { describe, expect, it } from "vitest";
import { budgetsOf, type ReadRow } from "@/tests/bench/report";

// The bench's verdicts (issue 16): what it measured decides PASS or FAIL, what it did not measure says so, and
// the page that reads nothing stands beside the ratios without being judged as a read path.
const row = (label: string, kind: ReadRow["kind"], connections: number, rps: number, extra: Partial<ReadRow> = {}): ReadRow => ({
  label,
  kind,
  connections,
  seconds: 8,
  requests: Math.round(rps * 8),
  rps,
  p50: 1000 / rps,
  p95: (2 * 1000 * connections) / rps,
  p99: (3 * 1000 * connections) / rps,
  errors: 0,
  errorKinds: {},
  peakMb: 500,
  ...extra,
});
const firstLoad = { route: "/edit", files: ["a.js"], rawBytes: 500_000, gzipBytes: 150 * 1024 };
const byName = (rows: ReadRow[], largest = 550) =>
  new Map(budgetsOf(rows, [], firstLoad, largest, null).map((b) => [b.name.split(" ")[0] + " " + b.name.split(" ")[1], b]));

describe("bench budgets", () => {
  it("judges the ratio to the ceiling and names the floor a page of this build cannot outrun", () => {
    const rows = [
      row("home: filer", "read", 1, 20, { ceilingRps: 200 }),
      row("dashboard", "read", 1, 60, { ceilingRps: 100 }),
      row("floor: sign-in page (no SQL)", "floor", 1, 40),
    ];
    const ratio = budgetsOf(rows, [], firstLoad, 550, null)[0]!;
    expect(ratio.pass).toBe(false);
    expect(ratio.detail).toContain("home: filer 10 %");
    expect(ratio.detail).not.toContain("dashboard");
    expect(ratio.detail).toContain("serves 40.0 req/s at one user: 20-40 %");
  });

  it("says what the floor's own p95 at 10 users leaves of the 150 ms", () => {
    const rows = [row("home: filer", "read", 10, 40), row("floor: sign-in page (no SQL)", "floor", 10, 100)];
    const p95 = budgetsOf(rows, [], firstLoad, 550, null)[1]!;
    expect(p95.pass).toBe(false);
    expect(p95.detail).toBe("home: filer 500 ms (the sign-in page, which reads nothing, has p95 200 ms at 10 users)");
  });

  it("keeps the floor out of the read budgets and says what was not measured", () => {
    // A slow floor at 10 users would fail the p95 budget if it were counted as a read path.
    const rows = [row("floor: sign-in page (no SQL)", "floor", 10, 5), row("floor: sign-in page (no SQL)", "floor", 1, 40)];
    const budgets = budgetsOf(rows, [], firstLoad, 0, null);
    for (const b of budgets.filter((b) => !b.name.startsWith("first-load"))) expect([b.name, b.pass]).toEqual([b.name, null]);
    expect(budgets.find((b) => b.name.startsWith("p95"))!.detail).toBe("not measured in this run");
  });

  it("judges a page view by what it asks the server for beyond the page, and says when there was no browser", () => {
    const view = (label: string, others: string[], prefetches: number) => ({ label, others, prefetches, documentMs: 20, othersMs: 14 * others.length });
    const pageView = (views: Parameters<typeof budgetsOf>[4]) => budgetsOf([], [], firstLoad, 550, views).find((b) => b.name.startsWith("a page view"))!;
    expect(pageView(null)).toMatchObject({ pass: null, detail: "not measured in this run (no Chromium)" });
    expect(pageView([view("home: filer", [], 0), view("dashboard", [], 0)])).toMatchObject({ pass: true, detail: "2 pages, one request each" });
    const failing = pageView([view("home: filer", ["/calls?_rsc=1 (6 ms)", "/calls?_rsc=2 (8 ms)"], 2), view("dashboard", [], 0)]);
    expect(failing.pass).toBe(false);
    expect(failing.detail).toBe("home: filer: 2 more (2 prefetches, 28 ms)");
  });

  it("judges memory per process and the first-load JavaScript", () => {
    expect(byName([], 599).get("peak memory")!.pass).toBe(true);
    expect(byName([], 600).get("peak memory")!.pass).toBe(false);
    expect(byName([]).get("first-load JS")!.pass).toBe(true);
  });
});
