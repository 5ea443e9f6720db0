// A page view as a browser makes it: the document, then every request the page's scripts send to the server
// (static files excepted). Next's <Link> used to prefetch each link in view (two requests per link, the route tree
// and the metadata); autocannon, which asks for the document only, never saw that cost (BENCHMARK.md, "What a page
// view costs"). Needs Chromium (Debian's headless shell or browser, E2E_CHROMIUM); without one it says so.
import fs from "node:fs";

export interface PageView {
  label: string;
  /** Requests to the server beyond the document, each as "path (ms)". */
  others: string[];
  prefetches: number;
  documentMs: number;
  othersMs: number;
}

const CANDIDATES = [process.env.E2E_CHROMIUM, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => Boolean(p && fs.existsSync(p)));
}

/** Opens each page once in a fresh context as its user (after one warm-up view) and records what it asked for. */
export async function pageViews(
  base: string,
  reads: { label: string; user: string | null; path: string }[],
  cookieOf: (user: string | null) => string,
): Promise<PageView[] | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--lang=zh-CN"] });
  const origin = new URL(base).origin;
  // A fresh context per view, signed in as the page's user: nothing cached from an earlier view.
  const viewOnce = async (r: (typeof reads)[number]): Promise<PageView> => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 900 } });
    const cookies = cookieOf(r.user)
      .split("; ")
      .filter(Boolean)
      .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: origin }));
    if (cookies.length) await context.addCookies(cookies);
    const page = await context.newPage();
    const seen: { path: string; prefetch: boolean; ms: number; document: boolean }[] = [];
    page.on("requestfinished", (req) => {
      const u = new URL(req.url());
      if (u.origin !== origin || u.pathname.startsWith("/_next/static/") || u.pathname === "/favicon.ico") return;
      const t = req.timing();
      seen.push({
        path: u.pathname + u.search,
        prefetch: Boolean(req.headers()["next-router-prefetch"]),
        ms: Math.max(0, t.responseStart - t.requestStart),
        document: req.resourceType() === "document",
      });
    });
    await page.goto(r.path);
    await page.waitForLoadState("networkidle");
    // The router schedules prefetches when the browser is idle and a batch at a time: a second of quiet more.
    await page.waitForTimeout(1500);
    await context.close();
    const doc = seen.find((s) => s.document);
    const others = seen.filter((s) => s !== doc);
    return {
      label: r.label,
      others: others.map((s) => `${s.path} (${s.ms.toFixed(0)} ms)`),
      prefetches: others.filter((s) => s.prefetch).length,
      documentMs: doc?.ms ?? NaN,
      othersMs: others.reduce((sum, s) => sum + s.ms, 0),
    };
  };
  const views: PageView[] = [];
  try {
    for (const r of reads) {
      await viewOnce(r); // warm-up: the server's first render of a route is not what a page view costs
      views.push(await viewOnce(r));
    }
  } finally {
    await browser.close();
  }
  return views;
}
