import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { enterAs, watchMissingMessages, watchPrefetches } from "./helpers";
import { EXTRA, ROLES, allianceHref, axe, readOnly } from "./crawl";
import { storageStatePath } from "./server-file";

// Issue 14: every page of the navigation, as every role, at the widths people use (a laptop, the common
// 1,366 px, a tablet in both orientations, a phone). A page fails when it scrolls sideways, when two
// pages share a <title>, when axe (WCAG 2.1 AA) finds anything, and on the filing form when a control is
// narrower than its content or under 24 px tall on a phone. Screenshots go to test-results/screens/.
//
// Sessions come from the setup project (enterAs). Read-only on the demo data, so it runs beside other specs: every POST but sign-in is refused by
// the page itself (route below), and no notification link (which marks it read) is opened.

const WIDTHS = [1440, 1366, 1024, 768, 390] as const;
// axe's findings do not depend on the width except through layout: run it on the desktop and phone layouts.
const AXE_WIDTHS = new Set<number>([1366, 390]);
// Screenshots are for people to look at (a laptop, a tablet, a phone); every width is still measured. A full-page
// PNG costs about 0.3 s of a loaded CPU, and five of every page were a quarter of the crawl's time.
const SHOT_WIDTHS = new Set<number>([1366, 768, 390]);
const SCREENS = path.join("test-results", "screens");

async function sideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const r = el.getBoundingClientRect();
      if (r.right > innerWidth + 1 && r.width > 0) {
        // Only the outermost offenders: skip elements inside a box that scrolls or clips on its own.
        let clipped = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === "auto" || o === "scroll" || o === "hidden") {
            clipped = true;
            break;
          }
        }
        if (!clipped)
          culprits.push(
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} → ${Math.round(r.right)}px`,
          );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits: culprits.slice(0, 5) };
  });
}

/** Controls of the filing form narrower than what they show, or shorter than 24 px on a phone. */
async function crampedControls(page: Page, phone: boolean): Promise<string[]> {
  return page.evaluate((phone) => {
    const canvas = document.createElement("canvas");
    const ctx = canvas.getContext("2d")!;
    const out: string[] = [];
    const name = (el: Element) =>
      el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.outerHTML.slice(0, 60);
    for (const el of document.querySelectorAll<HTMLElement>("form.editor input, form.editor select, form.editor textarea, form.editor button")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown (e.g. the file input's hidden parts)
      const s = getComputedStyle(el);
      ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const pad = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight) + parseFloat(s.borderLeftWidth) + parseFloat(s.borderRightWidth);
      let text = "";
      let extra = 0;
      if (el instanceof HTMLSelectElement) {
        // The widest option must fit, not only the chosen one: "副理事长单位" was cut inside its select.
        text = [...el.options].map((o) => o.text).reduce((a, b) => (ctx.measureText(b).width > ctx.measureText(a).width ? b : a), "");
        extra = 20; // the arrow
      } else if (el instanceof HTMLButtonElement) {
        text = el.textContent ?? "";
      } else if (el instanceof HTMLInputElement && ["text", "tel", "number", "date", "search"].includes(el.type)) {
        text = el.value;
        if (el.type === "number" || el.type === "date") extra = 16; // spinner / calendar button
      }
      const need = Math.ceil(ctx.measureText(text).width + pad + extra);
      if (text && need > Math.ceil(r.width) + 1) out.push(`${name(el)}: ${Math.round(r.width)}px < ${need}px（${text.slice(0, 20)}）`);
      if (phone && r.height < 24) out.push(`${name(el)}: ${Math.round(r.height)}px tall`);
      if (phone && el instanceof HTMLInputElement && el.type === "checkbox" && r.width < 24) out.push(`${name(el)}: ${Math.round(r.width)}px wide`);
    }
    return out;
  }, phone);
}

function slug(url: string): string {
  // The id's first block stays, so two alliances' pages do not overwrite each other's screenshots.
  return (
    url
      .replace(/^\//, "")
      .replace(/([0-9a-f]{8})-[0-9a-f-]{27}/g, "$1")
      .replace(/[^A-Za-z0-9_-]+/g, "_") || "home"
  );
}

type Finding = string;

async function holdEverywhere(page: Page, who: string, urls: string[], titles: Map<string, string>): Promise<Finding[]> {
  const findings: Finding[] = [];
  const missing = watchMissingMessages(page.context());
  const prefetched = watchPrefetches(page.context());
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const url of urls) {
    // One load per page, then the window is resized through the widths (as a tablet turned or a window
    // narrowed): the server's HTML does not depend on the width, so five loads would measure nothing more.
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    const res = await page.goto(url);
    expect(res?.status(), `${url} answers`).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const { scrollWidth, innerWidth, culprits } = await sideways(page);
      if (scrollWidth > innerWidth) findings.push(`${who} ${url} @${width}: page is ${scrollWidth}px wide (${culprits.join("; ")})`);
      if (await page.locator("form.editor").count()) {
        for (const c of await crampedControls(page, width === 390)) findings.push(`${who} ${url} @${width}: ${c}`);
      }
      if (AXE_WIDTHS.has(width)) for (const v of await axe(page)) findings.push(`${who} ${url} @${width}: axe ${v}`);
      if (SHOT_WIDTHS.has(width)) await page.screenshot({ path: path.join(SCREENS, `${who}-${slug(url)}-${width}.png`), fullPage: true });
    }
    const title = await page.title();
    const key = new URL(page.url()).pathname;
    const other = titles.get(title);
    if (other && other !== key) findings.push(`${who}: ${key} and ${other} share the title “${title}”`);
    titles.set(title, key);
    if (!/ - 吉林省重点产业科技创新联盟备案与监管平台$/.test(title)) findings.push(`${who} ${key}: title “${title}” does not name the page`);
  }
  findings.push(...missing, ...prefetched.map((p) => `prefetch ${p}`));
  return findings;
}

test.describe.configure({ mode: "parallel" });

for (const who of ROLES) {
  test(`${who}: every page of the menu holds at 1440, 1366, 1024, 768 and 390 px`, async ({ page }) => {
    test.setTimeout(600_000);
    await enterAs(page, who);
    await readOnly(page);
    const menu = await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const extra = (await EXTRA[who]?.(page)) ?? [];
    const urls = [...new Set([...menu, ...extra])].filter((u) => u.startsWith("/"));
    const findings = await holdEverywhere(page, who, urls, new Map());
    expect(findings).toEqual([]);
  });
}

test("public pages and sign-in hold at every width", async ({ page }) => {
  test.setTimeout(300_000);
  await readOnly(page);
  await page.goto("/public/notices");
  const notice = await page.locator("main a[href^='/public/notices/']").first().getAttribute("href");
  const urls = ["/login", "/public/notices", ...(notice ? [notice] : []), "/public/verify?code=DEMO-2026-0001"];
  const findings = await holdEverywhere(page, "public", urls, new Map());
  expect(findings).toEqual([]);
});

test("no two pages of the portal share a title", async ({ page }) => {
  test.setTimeout(300_000);
  // One role that sees many pages and one of each other kind: titles collected over the whole set.
  const titles = new Map<string, string>();
  const problems: string[] = [];
  const visit = async (urls: string[]) => {
    for (const url of urls) {
      await page.goto(url);
      const title = await page.title();
      const key = new URL(page.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id");
      const other = titles.get(title);
      if (other && other !== key) problems.push(`${key} and ${other}: “${title}”`);
      titles.set(title, key);
    }
  };
  await visit(["/login", "/public/notices", "/public/verify"]);
  await enterAs(page, "filer");
  await readOnly(page);
  const solar = await allianceHref(page, "吉林省太阳能产业科技创新联盟");
  const menu = await page
    .getByRole("navigation", { name: "主导航" })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  await visit([...menu, solar, `${solar}/edit`, `${solar}/submit`]);
  expect(problems).toEqual([]);
  expect(titles.size).toBeGreaterThan(8);
});

test("the editor arrives with its saved draft in the server's HTML: nothing empty before the script runs", async ({ browser }) => {
  // No JavaScript at all: what shows is what the server sent. The form used to be empty for 0.8-3.7 s.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: storageStatePath("filer") });
  try {
    const page = await context.newPage();
    await page.goto("/alliances");
    const href = await page.getByRole("link", { name: "吉林省太阳能产业科技创新联盟", exact: true }).first().getAttribute("href");
    await page.goto(`${href}/edit`);
    await expect(page.getByLabel("联盟名称（全称） *")).toHaveValue("吉林省太阳能产业科技创新联盟");
    await expect(page.getByLabel("邮编")).toHaveValue("130022");
    await expect(page.getByLabel("技术创新目标 *")).not.toHaveValue("");
    await expect(page.getByLabel("吉林省长白光伏材料有限公司 联盟职务")).toHaveValue("VICE_CHAIR");
    await expect(page.getByLabel("吉林省长白光伏材料有限公司 2022年产值")).toHaveValue("18600");
    await expect(page.getByLabel("吉林省松辽新能源集团有限公司 是否属于省内十强")).toBeChecked();
  } finally {
    await context.close();
  }
});
