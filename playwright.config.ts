import fs from "node:fs";
import { defineConfig, type Project } from "@playwright/test";
import { E2E_OUTPUT_DIR } from "./tests/e2e/server-file";

// Browser tests against a production build of the portal on port 3100 with a fresh, seeded database per
// run (tests/e2e/serve.ts). The setup project signs each demo account in once (auth.setup.ts); the specs
// then run in any order on several workers: each works on data no other spec changes, or makes its own
// (accounts.ts). E2E_WORKERS sets the count, E2E_CHROMIUM the browser (Debian's by default, see CHROMIUM).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
// Debian's old headless shell (package chromium-headless-shell) when it is installed, else Debian's Chromium: the
// same Blink and the same version, without the browser's own window machinery. It is what Playwright itself runs for
// headless tests, and on CI's two cores it took a third less CPU than the full browser for the same 109 tests
// (README, "Time on a 2-core machine"). E2E_CHROMIUM=/usr/bin/chromium runs the full browser.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const CHROMIUM = process.env.E2E_CHROMIUM ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

/**
 * E2E_ORDER=reverse or shuffle:<seed> runs the spec files one after another in that order (a chain of
 * projects, each depending on the one before), to show that no spec relies on another having run first.
 * Unset: every spec in one project, files side by side on the workers.
 */
function specProjects(order: string | undefined): Project[] {
  if (!order) return [{ name: "chromium", testMatch: /\.spec\.ts$/, dependencies: ["setup"] }];
  const files = fs
    .readdirSync("tests/e2e")
    .filter((f) => f.endsWith(".spec.ts"))
    .sort();
  if (order === "reverse") files.reverse();
  else if (order.startsWith("shuffle:")) {
    let seed = Number(order.slice(8)) || 1;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = files.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [files[i], files[j]] = [files[j]!, files[i]!];
    }
  } else throw new Error(`E2E_ORDER: reverse or shuffle:<seed>, not ${order}`);
  if (!process.env.TEST_WORKER_INDEX) console.log(`[e2e] spec order: ${files.join(" → ")}`); // once, not per worker
  return files.map((f, i) => ({
    name: f.replace(/\.spec\.ts$/, ""),
    testMatch: new RegExp(`/${f.replace(/\./g, "\\.")}$`),
    dependencies: [i ? files[i - 1]!.replace(/\.spec\.ts$/, "") : "setup"],
  }));
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: E2E_OUTPUT_DIR,
  // Tests inside a file keep their order (the journeys are stories); files run side by side.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    baseURL: BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        // The browser's own widgets (date pickers, file inputs) in Chinese, as users see them.
        "--lang=zh-CN",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "setup", testMatch: /auth\.setup\.ts$/ }, ...specProjects(process.env.E2E_ORDER)],
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: `${BASE_URL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the launcher stop Next.js and drop the PostgreSQL test database, if any.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
