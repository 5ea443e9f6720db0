import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
import { asUser } from "./helpers";

// Issue 14 (2, 3, 9): 附件1 三 lists every member the totals count, the same members on 核对并提交, on the
// reviewers' filing page and in the generated .docx; printed, the filing keeps every column of its member
// tables on the paper, and the public notice prints whole with its issuing body and date.
// Read-only on the demo data: pages are viewed, documents downloaded, nothing is saved.

const OUT = path.join("test-results", "screens");
const WIND = "吉林省风能产业科技创新联盟"; // filer's returned filing: 8 enterprises, 3 academic units and a 社会组织
const COLUMNS = [
  "单位名称",
  "统一社会信用代码",
  "联盟职务",
  "产业链位置",
  "2022年产值（万元）",
  "2022年利税（万元）",
  "已有科技资源与平台",
  "国内十强",
  "省内十强",
  "学科优势",
  "学科带头人",
];

async function allianceHref(page: Page, name: string): Promise<string> {
  await page.goto("/alliances");
  const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
  if (!href) throw new Error(`no link to ${name}`);
  return href;
}

/** Every member row of 附件1 三 on the page, by group, with the totals line's numbers. */
async function listedMembers(page: Page) {
  const groups = await page.locator("section[aria-labelledby=s3] table.members").evaluateAll((tables) =>
    tables.map((t) => ({
      heading: document.getElementById(t.getAttribute("aria-labelledby") ?? "")?.textContent ?? "",
      // The name is the cell's first text; comments and badges follow it.
      names: [...t.querySelectorAll("tbody tr td.c-name")].map((td) => td.childNodes[0]?.textContent?.trim() ?? ""),
    })),
  );
  const totals =
    (await page
      .getByText(/成员总数 \d+ 个/)
      .first()
      .textContent()) ?? "";
  const n = (re: RegExp) => Number(re.exec(totals)?.[1] ?? 0);
  return {
    groups,
    names: groups.flatMap((g) => g.names).sort(),
    total: n(/成员总数 (\d+) 个/),
    parts: n(/企业 (\d+) 个/) + n(/高校 (\d+) 个/) + n(/研究机构 (\d+) 个/) + n(/其他成员单位 (\d+) 个/),
  };
}

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .replace(/<w:tab\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
}

/** Text of a PDF (content order) and the words that fall outside their page. */
function readPdf(file: string): { text: string; outside: string[] } {
  const text = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });
  const bbox = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const outside: string[] = [];
  for (const pageXml of bbox.split("<page ").slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(pageXml)?.[1]);
    for (const m of pageXml.matchAll(/<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g)) {
      if (Number(m[1]) < -0.5 || Number(m[2]) > width + 0.5) outside.push(`${m[3]} (${m[1]}–${m[2]} of ${width})`);
    }
  }
  return { text, outside };
}

const squash = (s: string) => s.replace(/\s+/g, "");

test("核对并提交, the reviewers' filing page and the .docx list the same members, and the totals add up", async ({ browser }) => {
  test.setTimeout(180_000);
  const filer = await asUser(browser, "filer", async (page) => {
    const href = await allianceHref(page, WIND);
    await page.goto(`${href}/submit`);
    await expect(page.locator("h1")).toHaveCount(1);
    const listed = await listedMembers(page);
    const res = await page.request.get(`/api/alliances/${href.split("/").at(-1)}/generated/annex1`);
    expect(res.status()).toBe(200);
    return { href, listed, docx: await docxText(await res.body()) };
  });
  const reviewer = await asUser(browser, "reviewer", async (page) => {
    await page.goto(filer.href);
    return listedMembers(page);
  });

  // The 社会组织 member is listed (it was counted but shown nowhere), and the parts add up to the total.
  expect(filer.listed.groups.map((g) => g.heading)).toEqual([
    expect.stringContaining("企业情况"),
    expect.stringContaining("科教单位情况"),
    expect.stringContaining("其他成员单位"),
  ]);
  expect(filer.listed.names).toContain("吉林省新能源行业协会");
  expect(filer.listed.names).toHaveLength(filer.listed.total);
  expect(filer.listed.parts).toBe(filer.listed.total);
  // The reviewer sees the same members, under the same totals.
  expect(reviewer.names).toEqual(filer.listed.names);
  expect(reviewer.total).toBe(filer.listed.total);
  expect(reviewer.parts).toBe(reviewer.total);
  // The generated 附件1 names every one of them.
  for (const name of filer.listed.names) expect(filer.docx, `${name} in the .docx`).toContain(name);
  expect(filer.docx).toMatch(new RegExp(`成员总数\\s*${filer.listed.total}\\s*个`));
});

test("a printed filing keeps every 附件1 三 column on the paper, without navigation or back links", async ({ browser }) => {
  test.setTimeout(180_000);
  fs.mkdirSync(OUT, { recursive: true });
  await asUser(browser, "reviewer", async (page) => {
    await page.goto("/alliances");
    const href = await page.getByRole("link", { name: WIND, exact: true }).first().getAttribute("href");
    await page.goto(href!);
    const file = path.join(OUT, "print-filing.pdf");
    await page.pdf({ path: file, format: "A4", preferCSSPageSize: true, printBackground: true });
    const { text, outside } = readPdf(file);
    const flat = squash(text);
    for (const column of COLUMNS) expect(flat, `column ${column} printed`).toContain(squash(column));
    expect(flat).toContain("吉林省新能源行业协会");
    expect(outside, "text beyond the page's edge").toEqual([]);
    for (const gone of ["主导航", "退出登录", "←"]) expect(text).not.toContain(gone);
    execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "4", file, path.join(OUT, "print-filing")]);
  });
});

test("a printed public notice is whole: members, issuing body and date, no back link", async ({ page }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(OUT, { recursive: true });
  await page.goto("/public/notices");
  const href = await page.locator("main a[href^='/public/notices/']").first().getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(href!);
  const sign = (await page.getByTestId("notice-sign").textContent()) ?? "";
  const members = await page.locator("ul.member-names li").allTextContents();
  expect(members.length).toBeGreaterThan(0);
  const file = path.join(OUT, "print-notice.pdf");
  await page.pdf({ path: file, format: "A4", preferCSSPageSize: true, printBackground: true });
  const { text, outside } = readPdf(file);
  const flat = squash(text);
  expect(flat).toContain(squash(sign)); // 吉林省科技创新研究院 and the date
  expect(sign).toMatch(/吉林省科技创新研究院\s*\d{4}年\d{1,2}月\d{1,2}日/);
  for (const m of members) expect(flat).toContain(squash(m));
  expect(flat).toContain("异议受理");
  expect(text).not.toContain("返回公示列表");
  expect(outside).toEqual([]);
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "2", file, path.join(OUT, "print-notice")]);
});

test("a printed list keeps its column headers without the sort controls: only the sorted column's order mark", async ({ page }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(OUT, { recursive: true });
  await page.goto("/public/notices");
  // On screen every sortable header carries a mark: ↕ where a click would sort, ▼ on the column that orders the list.
  const marks = await page.locator("thead .sort-mark").allTextContents();
  expect(marks.map((m) => m.trim()).filter((m) => m === "↕").length).toBeGreaterThan(1);
  const file = path.join(OUT, "print-notice-list.pdf");
  await page.pdf({ path: file, format: "A4", preferCSSPageSize: true, printBackground: true });
  const { text, outside } = readPdf(file);
  const flat = squash(text);
  for (const column of ["备案编号", "联盟名称", "牵头单位"]) expect(flat).toContain(column);
  // Each filing number whole on one line of paper (a nowrap cell broke at its 〔〕 in print).
  const numbers = (await page.locator("main tbody").first().innerText()).match(/吉科联备〔\d{4}〕\d{3}号/g) ?? [];
  expect(numbers.length).toBeGreaterThan(0);
  const lines = text.split("\n").map(squash);
  expect(
    numbers.filter((n) => !lines.some((l) => l.includes(squash(n)))),
    "filing numbers broken across lines",
  ).toEqual([]);
  expect(text, "↕ says nothing on paper").not.toContain("↕");
  // The sorted column (备案编号, newest first) keeps ▼ in its header, which paper repeats on each page the table spans.
  const printed = text.match(/[▲▼]/g) ?? [];
  expect(printed.length, "the sorted column keeps its order mark").toBeGreaterThan(0);
  expect(printed.length, "every mark stands on the sorted column's header").toBe(text.match(/备案编号\s*▼/g)?.length);
  expect(new Set(printed), "descending").toEqual(new Set(["▼"]));
  expect(outside).toEqual([]);
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", file, path.join(OUT, "print-notice-list")]);
});
