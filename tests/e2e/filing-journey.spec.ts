import { expect, test, type Page } from "@playwright/test";
import { ORGANIZATIONS } from "../../prisma/seed-data";
import { creditCodeCheckChar } from "../../lib/rules/credit-code";
import { fixtures } from "../helpers/fixture-files";
import { asUser, demoUser } from "./helpers";

// 七（一）-（二） in the browser: a division opens a call, filer2's enterprise declares its intent,
// the division qualifies it, and filer2 builds and submits a 12-member filing with its documents.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const leadKey = demoUser("filer2").org!;
const lead = ORGANIZATIONS.find((o) => o.key === leadKey)!;
const jilin = (o: (typeof ORGANIZATIONS)[number]) => o.creditCode.slice(2, 4) === "22";
const knownEnterprises = ORGANIZATIONS.filter((o) => o.type === "ENTERPRISE" && jilin(o) && o.key !== leadKey).slice(0, 7);
const universities = ORGANIZATIONS.filter((o) => o.type === "UNIVERSITY").slice(0, 2);
const institutes = ORGANIZATIONS.filter((o) => o.type === "RESEARCH_INSTITUTE").slice(0, 1);
const newFirst17 = "91220101MA0E2E001";
const newEnterprise = { name: "吉林省碳纤维复材应用科技有限公司", creditCode: newFirst17 + creditCodeCheckChar(newFirst17)! };
const CALL_TITLE = "2026年新材料产业科技创新联盟牵头企业征集";
let callUrl = "";

async function addMember(page: Page, creditCode: string, newName?: string) {
  await page.getByLabel("统一社会信用代码", { exact: true }).fill(creditCode.toLowerCase());
  await page.getByRole("button", { name: "查询" }).click();
  if (newName) {
    await expect(page.getByText("平台尚未登记该单位")).toBeVisible();
    await page.getByLabel("单位名称", { exact: true }).fill(newName);
    await page.getByLabel("单位类型").selectOption("ENTERPRISE");
  } else {
    await expect(page.getByText("平台已登记该单位")).toBeVisible();
  }
  await page.getByRole("button", { name: "添加", exact: true }).click();
  await expect(page.getByTestId(`member-${creditCode}`)).toBeVisible();
}

test("the division opens a call and filer2 declares its intent", async ({ browser }) => {
  await asUser(browser, "reviewer", async (page) => {
    await page.getByRole("link", { name: "牵头企业遴选" }).click();
    await page.getByRole("link", { name: "发布征集" }).click();
    await page.getByLabel("产业").selectOption({ label: "新材料" });
    await page.getByLabel("标题").fill(CALL_TITLE);
    await page.getByLabel("截止日期").fill("2099-12-31");
    await page.getByRole("button", { name: "发布" }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    callUrl = new URL(page.url()).pathname;
  });
  await asUser(browser, "filer2", async (page) => {
    await page.goto("/calls");
    await page.getByRole("link", { name: CALL_TITLE }).click();
    // Too short evidence is refused at the field, in Chinese, and nothing typed is lost.
    await page.getByLabel("六（一）1 具有独立法人资格").fill("注册在长春");
    await page.getByRole("button", { name: "提交组建意愿" }).click();
    await expect(page.getByText("「具有独立法人资格」请至少填写 20 个字的说明")).toBeVisible();
    await expect(page.getByLabel("六（一）1 具有独立法人资格")).toHaveValue("注册在长春");
    const evidence = [
      "本公司于2008年在长春市注册，具有独立法人资格，近三年研发投入占营业收入6%以上，经营状况良好。",
      "本公司为省内行业骨干企业，带动上下游配套企业二十余家，具备组织联盟日常活动的能力。",
      "建有省级企业技术中心和重点实验室，承担国家和省级重大科技专项多项。",
      "与吉林大学、长春理工大学等高校院所长期开展项目合作，提供技术咨询和成果转化服务。",
      "已制定联盟运行管理办法、财务管理制度、成果转化激励办法和人员管理制度。",
    ];
    const labels = ["六（一）1 具有独立法人资格", "六（一）2 具有辐射带动和组织能力", "六（一）3 具有技术创新能力", "六（一）4 具有高效的合作条件", "六（一）5 具有健全的保障体系"];
    for (const [i, label] of labels.entries()) await page.getByLabel(label).fill(evidence[i]!);
    await page.getByRole("button", { name: "提交组建意愿" }).click();
    await expect(page.getByText("本单位意愿：待审核")).toBeVisible();
  });
});

test("the division qualifies filer2's enterprise", async ({ browser }) => {
  await asUser(browser, "reviewer", async (page) => {
    await page.goto(callUrl);
    const card = page.getByTestId(`intent-${lead.creditCode}`);
    await card.getByLabel("确认牵头资质").check();
    await card.getByRole("button", { name: "提交审核结论" }).click();
    await expect(card.getByText("已确认牵头资质")).toBeVisible();
  });
});

test("filer2 builds a 12-member filing with the policy panel and submits it", async ({ browser }) => {
  await asUser(browser, "filer2", async (page) => {
    await page.goto(callUrl);
    await page.getByLabel("产业科技创新联盟").check();
    await page.getByRole("button", { name: "开始在线申报" }).click();
    await page.waitForURL(/\/alliances\/[0-9a-f-]{36}\/edit$/);
    const editUrl = new URL(page.url()).pathname;

    await page.getByLabel("联盟名称（全称）").fill("吉林省碳纤维产业科技创新联盟");
    await page.getByLabel("细分领域").fill("碳纤维");
    await page.getByLabel("联盟协议生效时间").fill("2026-07-01");
    await page.getByLabel("技术领域").fill("碳纤维原丝、碳丝及复合材料制品");
    await page.getByLabel("联盟理事长 *").fill("刘振华");
    await page.getByLabel("联盟常设机构的依托单位名称").fill(lead.name);
    await page.getByLabel("常设机构通讯地址").fill("吉林省吉林市经济技术开发区九站街516号");
    await page.getByLabel("邮编").fill("1320");
    await page.getByLabel("联系人").fill("赵丽");
    await expect(page.getByText("邮编应为 6 位数字").first()).toBeVisible();
    // The same message at the field and in the summary above the form.
    await expect(page.getByTestId("form-error-summary")).toContainText("邮编：邮编应为 6 位数字");
    await page.getByLabel("邮编").fill("132101");
    await expect(page.getByTestId("form-error-summary")).toHaveCount(0);
    await page.getByLabel("电话 *").fill("0432-63015566");
    await page.getByLabel("传真").fill("0432-63015567");

    // R7: the live count turns red past 500 characters.
    await page.getByLabel("技术创新目标 *").fill("碳".repeat(505));
    await expect(page.getByTestId("goal-count")).toContainText("已超出 5 字");
    await expect(page.getByTestId("rule-R7")).toHaveAttribute("data-status", "fail");
    await page.getByLabel("技术创新目标 *").fill("围绕碳纤维原丝、碳化和复合材料制品全链条，联合开展大丝束碳纤维低成本制备、高性能复材成型和终端应用示范等关键技术攻关，打造中国碳纤维产业高地。");
    await expect(page.getByTestId("rule-R7")).toHaveAttribute("data-status", "pass");

    // A credit code with a wrong check character is refused where it was typed.
    await page.getByLabel("统一社会信用代码", { exact: true }).fill(newEnterprise.creditCode.slice(0, 17) + (newEnterprise.creditCode.endsWith("0") ? "1" : "0"));
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByText(/校验位/)).toBeVisible();

    for (const o of [...knownEnterprises, ...universities, ...institutes]) await addMember(page, o.creditCode);
    await addMember(page, newEnterprise.creditCode, newEnterprise.name);
    await expect(page.getByTestId("member-totals")).toContainText("成员总数 12 个");
    await expect(page.getByTestId("rule-R1")).toHaveAttribute("data-status", "pass");

    const enterprises = [lead, ...knownEnterprises, newEnterprise];
    for (const [i, o] of enterprises.entries()) {
      await page.getByLabel(`${o.name} 产业链位置`).selectOption(i === 1 ? "UPSTREAM" : i === 2 ? "DOWNSTREAM" : "MIDSTREAM");
    }
    await page.getByLabel(`${knownEnterprises[0]!.name} 联盟职务`).selectOption("VICE_CHAIR");
    await page.getByLabel(`${knownEnterprises[1]!.name} 联盟职务`).selectOption("COUNCIL");
    await page.getByLabel(`${universities[0]!.name} 联盟职务`).selectOption("COUNCIL");
    for (const r of ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R13"]) await expect(page.getByTestId(`rule-${r}`)).toHaveAttribute("data-status", "pass");
    // Every enterprise now has a chain position: no stale field error is left in the table.
    await expect(page.getByText("请选择企业的产业链位置")).toHaveCount(0);
    await expect(page.getByTestId("rule-R9")).toHaveAttribute("data-status", "fail");

    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("save-status")).toContainText("已保存");

    // Uploads are judged by content: an .exe renamed .docx is refused in Chinese.
    await page.getByLabel("联盟章程 *").setInputFiles({ name: "章程.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: fixtures.exe() });
    await expect(page.getByTestId("attachment-CHARTER")).toContainText("只接受 Word（.docx）或 PDF 文件");
    await page.getByLabel("联盟章程 *").setInputFiles({ name: "联盟章程（签署版）.docx", mimeType: "application/octet-stream", buffer: fixtures.docx() });
    await expect(page.getByTestId("attachment-CHARTER")).toContainText("联盟章程（签署版）.docx");
    await page.getByLabel("合作协议 *").setInputFiles({ name: "合作协议.pdf", mimeType: "application/pdf", buffer: fixtures.pdf() });
    await expect(page.getByTestId("attachment-AGREEMENT")).toContainText("合作协议.pdf");
    await page.getByLabel("建设方案 *").setInputFiles({ name: "建设方案.pdf", mimeType: "application/pdf", buffer: fixtures.pdf() });
    await expect(page.getByTestId("attachment-CONSTRUCTION_PLAN")).toContainText("建设方案.pdf");
    await expect(page.getByTestId("rule-R9")).toHaveAttribute("data-status", "pass");
    await expect(page.getByTestId("panel-summary")).toContainText("硬性要求均已满足");
    await page.screenshot({ path: "test-results/screens/filing-form-policy-panel.png", fullPage: true });

    // Reopening restores the saved state.
    await page.goto(editUrl);
    await expect(page.getByTestId("member-totals")).toContainText("成员总数 12 个");
    await expect(page.getByLabel("邮编")).toHaveValue("132101");

    await page.getByRole("button", { name: "下一步：核对并提交" }).click();
    await page.waitForURL(/\/submit$/);
    await expect(page.getByText("提交后内容将冻结为第 1 版")).toBeVisible();
    await expect(page.getByText(newEnterprise.name).first()).toBeVisible();
    await page.getByRole("button", { name: "确认提交" }).dblclick();
    await page.waitForURL(/\/alliances\/[0-9a-f-]{36}\?submitted=1$/);
    await expect(page.getByText("申报已提交，进入业务处室审核。")).toBeVisible();
    await expect(page.locator("h1 .badge")).toHaveText("处室审核中");
    await expect(page.getByText("第 1 版提交时的政策符合性检查结果").first()).toBeVisible();
  });
});

test("the division reviewer sees the submitted filing with its frozen rule report", async ({ browser }) => {
  await asUser(browser, "reviewer", async (page) => {
    await page.goto("/alliances?state=DIVISION_REVIEW");
    await page.getByRole("link", { name: "吉林省碳纤维产业科技创新联盟" }).click();
    await expect(page.getByText(newEnterprise.name).first()).toBeVisible();
    await expect(page.getByText("第 1 版提交时的政策符合性检查结果").first()).toBeVisible();
    await expect(page.getByTestId("rule-R1")).toHaveAttribute("data-status", "pass");
    await expect(page.getByTestId("rule-R9")).toHaveAttribute("data-status", "pass");
  });
});
