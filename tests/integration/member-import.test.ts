import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildMemberTemplate, parseMemberSheet } from "@/lib/members/member-sheet";
import { importMembers } from "@/lib/members/import-members";
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session";
import { fixtures } from "../helpers/fixture-files";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

const t = useTestDatabase();
const code = (n: number, prefix = "91220101MA") => {
  const f = `${prefix}${String(n).padStart(7, "0")}`;
  return f + creditCodeCheckChar(f)!;
};

/** Fills the real template the portal hands out, as a filer would in Excel or WPS. */
async function filledTemplate(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildMemberTemplate()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  rows.forEach((r, i) => (ws.getRow(3 + i).values = r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let filer: SessionUser;
let allianceId: string;

beforeAll(async () => {
  const p = t.prisma();
  await p.industry.create({ data: { code: "NEW_MATERIALS", name: "新材料", clause: "四（三）", sortOrder: 3, subFields: ["碳纤维"] } });
  const lead = await p.organization.create({ data: { name: "吉林省碳谷科技有限公司", type: "ENTERPRISE", creditCode: code(1) } });
  await p.organization.create({ data: { name: "登记名称为准的公司", type: "ENTERPRISE", creditCode: code(2) } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  allianceId = (
    await p.alliance.create({ data: { name: "吉林省碳纤维产业科技创新联盟", industryCode: "NEW_MATERIALS", leadOrgId: lead.id, createdById: filer.id } })
  ).id;
});

describe("bulk member import (.xlsx)", () => {
  it("gives a template with the 附件1 三 columns and drop-down lists", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildMemberTemplate()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe("统一社会信用代码");
    expect(ws.getRow(1).getCell(6).value).toBe("2022年产值（万元）");
    expect(ws.getCell(3, 3).dataValidation).toMatchObject({ type: "list", formulae: ['"企业,高校,科研院所,社会组织,其他"'] });
  });

  it("imports good rows and reports each bad row with its reasons in Chinese", async () => {
    const bytes = await filledTemplate([
      [code(2), "表格里写错的名字", "企业", "理事单位", "上游", 5200, 310, "国家级企业技术中心", "否", "是", "", ""],
      [code(3).toLowerCase(), "吉林省碳纤维原丝有限公司", "企业", "成员单位", "下游", "1,200.5", 80, "", "否", "否", "", ""],
      [code(4, "12220101MB"), "吉林某大学", "高校", "成员单位", "", "", "", "", "", "", "材料科学与工程", "张教授"],
      ["91220101MA00000059", "校验位错误的公司", "企业", "成员单位", "中游", "", "", "", "", "", "", ""],
      [code(6), "类型写错的单位", "公司", "会员", "中游", "很多", "", "", "", "", "", ""],
      [code(3), "重复的单位", "企业", "成员单位", "中游", "", "", "", "", "", "", ""],
    ]);
    const r = await importMembers(filer, allianceId, bytes);
    expect(r.rows.map((x) => x.row)).toEqual([3, 4, 5]);
    expect(r.rows[0]!.member.name).toBe("登记名称为准的公司");
    expect(r.rows[0]!.known).toBe(true);
    expect(r.rows[1]!.member).toMatchObject({ creditCode: code(3), outputValue2022: 1200.5, chainPosition: "DOWNSTREAM" });
    expect(r.rows[2]!.member).toMatchObject({ type: "UNIVERSITY", chainPosition: null, disciplineLeader: "张教授" });
    const byRow = Object.fromEntries(r.errors.map((e) => [e.row, e.messages.join("；")]));
    expect(byRow[6]).toMatch(/校验位/);
    expect(byRow[7]).toMatch(/「单位类型」应为/);
    expect(byRow[7]).toMatch(/「联盟职务」应为/);
    expect(byRow[7]).toMatch(/应为数字/);
    expect(byRow[8]).toMatch(/与第 4 行的单位重复/);
  });

  it("reads drop-down cells only as their listed words: an object's own keys (constructor, __proto__) are refused, not taken", async () => {
    const bytes = await filledTemplate([
      [code(7), "类型写成constructor的单位", "constructor", "toString", "__proto__", "", "", "", "hasOwnProperty", "", "", ""],
    ]);
    const r = await importMembers(filer, allianceId, bytes);
    expect(r.rows).toEqual([]);
    const messages = r.errors.find((e) => e.row === 3)!.messages.join("；");
    for (const label of ["单位类型", "联盟职务", "产业链位置", "是否属于国内十强"]) expect(messages).toContain(`「${label}」应为`);
  });

  it("refuses files that are not spreadsheets, and other organisations' filings", async () => {
    const refusal = async (p: Promise<unknown>) =>
      p.then(
        () => "OK",
        (e: unknown) => (AppError.is(e) ? `${e.code}:${e.fieldErrors?.file?.[0] ?? ""}` : "THROW"),
      );
    expect(await refusal(importMembers(filer, allianceId, fixtures.exe()))).toMatch(/^INVALID_INPUT:请上传 Excel/);
    expect(await refusal(importMembers(filer, allianceId, fixtures.docx()))).toMatch(/^INVALID_INPUT:请上传 Excel/);
    expect(await parseMemberSheet(fixtures.zipBomb())).toHaveProperty("problem");
    const other = await t.prisma().organization.create({ data: { name: "别家", type: "ENTERPRISE", creditCode: code(77) } });
    const stranger = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: other.id });
    expect(await refusal(importMembers(stranger, allianceId, await filledTemplate([])))).toMatch(/^NOT_FOUND/);
  });
});
