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
    await page.waitForURL(/\/calls\/new$/);
    await page.getByLabel("产业", { exact: true }).selectOption({ label: "新材料" });
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
    const labels = [
      "六（一）1 具有独立法人资格",
      "六（一）2 具有辐射带动和组织能力",
      "六（一）3 具有技术创新能力",
      "六（一）4 具有高效的合作条件",
      "六（一）5 具有健全的保障体系",
    ];
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
    await page.getByRole("textbox", { name: "联系人 *", exact: true }).fill("赵丽");
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
    await page
      .getByLabel("技术创新目标 *")
      .fill("围绕碳纤维原丝、碳化和复合材料制品全链条，联合开展大丝束碳纤维低成本制备、高性能复材成型和终端应用示范等关键技术攻关，打造中国碳纤维产业高地。");
    await expect(page.getByTestId("rule-R7")).toHaveAttribute("data-status", "pass");

    // A credit code with a wrong check character is refused where it was typed.
    await page
      .getByLabel("统一社会信用代码", { exact: true })
      .fill(newEnterprise.creditCode.slice(0, 17) + (newEnterprise.creditCode.endsWith("0") ? "1" : "0"));
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
    await page
      .getByLabel("联盟章程 *")
      .setInputFiles({ name: "章程.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: fixtures.exe() });
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

// 七（三） in the browser, continuing with the same filing across four roles: the division returns it
// with a comment on a field, filer2 fixes and resubmits, the division passes, form review passes, the
// department meeting approves, the institute files it, and it appears on the public notice.
const ALLIANCE = "吉林省碳纤维产业科技创新联盟";
const NEW_GOAL =
  "围绕碳纤维原丝、碳化和复合材料制品全链条，联合开展大丝束碳纤维低成本制备、高性能复材成型和终端应用示范等关键技术攻关。到2028年，T800级碳丝成本降低30%，形成核心专利20项、团体标准5项。";
let allianceUrl = "";
let filingNumber = "";
let verificationCode = "";

test("the division returns the filing with a comment on the innovation goal", async ({ browser }) => {
  await asUser(browser, "reviewer", async (page) => {
    await page.getByRole("link", { name: /^待办审核/ }).click();
    await page.getByRole("link", { name: ALLIANCE }).click();
    await page.waitForURL(/\/alliances\/[0-9a-f-]{36}$/);
    allianceUrl = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "为“技术创新目标”添加批注" }).click();
    await page.getByLabel("对“技术创新目标”的批注").fill("请补充可量化的技术指标和完成时限");
    await page.getByRole("button", { name: "保存批注" }).click();
    await expect(page.getByTestId("notes-innovationGoal")).toContainText("请补充可量化的技术指标和完成时限");
    // A return without a reason is refused at the opinion field; nothing moves.
    await page.getByLabel("审核意见 *").fill("不行");
    await page.getByRole("button", { name: "退回修改" }).click();
    await expect(page.getByText("执行“退回修改”须填写审核意见，且不少于5个字")).toBeVisible();
    await expect(page.getByLabel("审核意见 *")).toHaveValue("不行");
    await page.getByLabel("审核意见 *").fill("技术创新目标缺少量化指标，请按批注修改后重新提交。");
    await page.getByRole("button", { name: "退回修改" }).click();
    await expect(page.locator("h1 .badge")).toHaveText("已退回修改");
    await expect(page.getByTestId("timeline")).toContainText("技术创新目标缺少量化指标");
    await page.screenshot({ path: "test-results/screens/review-returned.png", fullPage: true });
  });
});

test("filer2 sees the comment in place, fixes the goal and resubmits version 2", async ({ browser }) => {
  await asUser(browser, "filer2", async (page) => {
    await page.getByRole("link", { name: /^消息通知（\d+）/ }).click();
    await page.getByRole("link", { name: `申报被退回修改：${ALLIANCE}` }).click();
    await page.waitForURL(allianceUrl);
    await expect(page.getByTestId("return-opinion")).toContainText("技术创新目标缺少量化指标");
    await page.getByRole("link", { name: "填写申报材料" }).click();
    await page.waitForURL(/\/edit$/);
    await expect(page.getByTestId("notes-innovationGoal")).toContainText("请补充可量化的技术指标和完成时限");
    await page.screenshot({ path: "test-results/screens/filer-comment-in-place.png", fullPage: true });
    await page.getByLabel("技术创新目标 *").fill(NEW_GOAL);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("save-status")).toContainText("已保存");
    await page.getByRole("button", { name: "下一步：核对并提交" }).click();
    await page.waitForURL(/\/submit$/);
    await expect(page.getByText("提交后内容将冻结为第 2 版")).toBeVisible();
    await page.getByRole("button", { name: "确认提交" }).dblclick();
    await page.waitForURL(/\?submitted=1$/);
    await expect(page.locator("h1 .badge")).toHaveText("处室审核中");
  });
});

test("the division sees what changed since its return and passes the filing", async ({ browser }) => {
  await asUser(browser, "reviewer", async (page) => {
    await page.goto(allianceUrl);
    await expect(page.getByRole("heading", { name: "退回后修改情况：第 1 版与第 2 版对比" })).toBeVisible();
    await expect(page.getByTestId("diff-field-innovationGoal")).toContainText("T800级碳丝成本降低30%");
    await page.screenshot({ path: "test-results/screens/review-diff.png", fullPage: true });
    await page.getByLabel("审核意见 *").fill("碳纤维为我省新材料产业重点方向，联盟组建必要，技术路线可行，同意。");
    await page.getByRole("button", { name: "处室审核通过" }).click();
    await expect(page.locator("h1 .badge")).toHaveText("组织形式审核中");
  });
});

test("the secretary passes form review, puts it on a meeting agenda and records the approval", async ({ browser }) => {
  await asUser(browser, "secretary", async (page) => {
    await page.goto(allianceUrl);
    await page.getByLabel("审核意见 *").fill("成员构成、理事会和章程符合组织形式要求。");
    await page.getByRole("button", { name: "组织形式审核通过" }).click();
    await expect(page.locator("h1 .badge")).toHaveText("待厅务会审议");

    await page.getByRole("link", { name: "厅务会", exact: true }).click();
    await page.getByRole("link", { name: "安排会议议程" }).click();
    await page.getByLabel("会议届次 *").fill("2026年第21次");
    await page.getByRole("button", { name: "生成议程" }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("agenda")).toContainText(ALLIANCE);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载审议材料（.docx）" }).click();
    expect((await download).suggestedFilename()).toBe("2026年第21次厅务会审议材料.docx");
    const form = page.getByTestId(`decide-${ALLIANCE}`);
    await form.getByLabel("审议通过（转研究院备案）").check();
    await form.getByLabel("会议意见").fill("同意予以备案");
    await form.getByRole("button", { name: "登记结论" }).click();
    await expect(page.getByTestId("agenda")).toContainText("审议通过：同意予以备案");
    await page.screenshot({ path: "test-results/screens/meeting.png", fullPage: true });
  });
});

test("the institute files it with the next number of the year and a certificate", async ({ browser }) => {
  await asUser(browser, "officer", async (page) => {
    await page.getByRole("link", { name: /^待办审核/ }).click();
    await page.getByRole("link", { name: ALLIANCE }).click();
    await page.getByRole("button", { name: "予以备案" }).dblclick();
    await expect(page.locator("h1 .badge")).toHaveText("已备案");
    filingNumber = (await page.getByTestId("filing-number").textContent()) ?? "";
    // The seed holds 001-003 for 2026; the double click took one number only.
    expect(filingNumber).toBe("吉科联备〔2026〕001号");
    verificationCode = (await page.getByTestId("verification-code").textContent()) ?? "";
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载备案证明（.docx）" }).click();
    expect((await download).suggestedFilename()).toBe(`${ALLIANCE}备案证明.docx`);
    await expect(page.getByTestId("timeline")).toContainText("予以备案，备案编号 吉科联备〔2026〕001号");
    await page.screenshot({ path: "test-results/screens/filed.png", fullPage: true });
  });
});

test("the public notice lists the alliance, takes an objection and verifies the certificate", async ({ page }) => {
  await page.goto("/public/notices");
  const inNotice = page.getByRole("region", { name: /正在公示/ });
  await expect(inNotice).toContainText(filingNumber);
  await inNotice.getByRole("link", { name: ALLIANCE }).click();
  await page.getByLabel("姓名或单位 *").fill("张某");
  await page.getByLabel("联系电话或电子邮箱 *").fill("13900001111");
  await page.getByLabel("异议内容 *").fill("太短");
  await page.getByRole("button", { name: "提交异议" }).click();
  await expect(page.getByText("异议内容至少 10 个字，请写明事实和理由")).toBeVisible();
  await page.getByLabel("异议内容 *").fill("联盟成员中某企业未签署合作协议，请核实。");
  await page.getByRole("button", { name: "提交异议" }).click();
  await expect(page.getByText("异议已提交")).toBeVisible();
  await page.goto(`/public/verify?code=${encodeURIComponent(verificationCode.toLowerCase())}`);
  await expect(page.getByTestId("verify-result")).toContainText(filingNumber);
  await page.goto("/public/notices");
  await page.screenshot({ path: "test-results/screens/public-notice.png", fullPage: true });
});
