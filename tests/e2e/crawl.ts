import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type AxeCore from "axe-core";

// What the page crawls share (responsive.spec.ts: every width; english.spec.ts: every page in English).

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export const ROLES = ["filer", "filer3", "reviewer", "reviewer2", "secretary", "officer", "center", "sysadmin", "secadmin", "auditor"] as const;

/** Pages beyond the menu worth holding at every width: the filing's own screens. */
export const EXTRA: Partial<Record<(typeof ROLES)[number], (page: Page) => Promise<string[]>>> = {
  filer: async (page) => {
    const solar = await allianceHref(page, "吉林省太阳能产业科技创新联盟");
    const wind = await allianceHref(page, "吉林省风能产业科技创新联盟");
    return [solar, `${solar}/edit`, `${solar}/submit`, wind, `${wind}/edit`];
  },
  filer3: async (page) => [await allianceHref(page, "吉林省氢能产业科技创新联盟")],
  reviewer2: async (page) => [await allianceHref(page, "吉林省直播电商产业科技创新联盟")],
  secretary: async (page) => [await allianceHref(page, "吉林省现代种业产业科技创新联盟")],
};

export async function allianceHref(page: Page, name: string): Promise<string> {
  await page.goto("/alliances");
  const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
  if (!href) throw new Error(`no link to ${name}`);
  return href;
}

export async function readOnly(page: Page) {
  await page.route("**/*", (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (req.method() !== "GET" && req.method() !== "HEAD" && !url.pathname.startsWith("/api/auth/")) return route.abort();
    return route.continue();
  });
}

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * WCAG 2.1 AA violations of the page as it is now. axe is put into the document once and run there: AxeBuilder's
 * analyze() injects it on every call and opens a blank page to assemble the results, about 1 s a call on this
 * machine against 60-400 ms for the run itself (measured on the secretary's menu pages, same findings), and the
 * crawls call it some 250 times. A page with frames goes through AxeBuilder, which checks inside them too. The source
 * goes in through evaluate, not a <script> tag, which the portal's CSP (a nonce per response) would refuse.
 */
export async function axe(page: Page): Promise<string[]> {
  let violations: AxeCore.AxeResults["violations"];
  if (page.frames().length > 1) {
    violations = (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
  } else {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
    const options: AxeCore.RunOptions = { runOnly: { type: "tag", values: TAGS }, resultTypes: ["violations"] };
    violations = await page.evaluate(async (options) => (await (window as unknown as { axe: typeof AxeCore }).axe.run(document, options)).violations, options);
  }
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
}

/** The menu's links of the signed-in page, whatever its language (the nav is the first <nav> in the header's wake). */
export async function menuLinks(page: Page): Promise<string[]> {
  return page.locator("nav.nav a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "").filter((u) => u.startsWith("/")));
}
