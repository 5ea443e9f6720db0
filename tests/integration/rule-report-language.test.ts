// The rule report frozen at submission is Chinese (lib/filing/submit-filing.ts). A reader in another language gets
// the same frozen verdict in their words (lib/filing/reword-report.ts): the rules run again on the stored snapshot,
// and their words are used only when they reach the stored verdict; otherwise the stored report is shown as it is.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getLatestRuleReport } from "@/lib/alliances/find-alliances";
import { inLocale } from "@/lib/i18n/server-text";
import { text } from "@/lib/i18n/text";
import { messagesFor } from "@/lib/i18n/catalogue";
import { ZRuleReport } from "@/lib/rules/schema";
import type { RuleResult } from "@/lib/rules/types";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { LEAD, submitCompleteFiling } from "../helpers/filing-fixture";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "rule-report-language-"));
const t = useTestDatabase();

let filer: SessionUser, reviewer: SessionUser;
let id: string;

const verdict = (rs: readonly RuleResult[]) => rs.map((r) => ({ id: r.id, status: r.status, severity: r.severity, clause: r.clause, field: r.field }));
const stored = async () => {
  const v = await t.prisma().applicationVersion.findFirstOrThrow({ where: { allianceId: id }, orderBy: { versionNo: "desc" } });
  return { row: v, report: ZRuleReport.parse(v.ruleReport) };
};
const han = /\p{Script=Han}/u;

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  const a = await p.alliance.create({
    data: {
      name: "吉林省新能源产业科技创新联盟",
      industryCode: "NEW_ENERGY",
      leadOrgId: lead.id,
      createdById: filer.id,
      memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
    },
  });
  id = a.id;
  // Submitted from an English page: the stored report is Chinese all the same.
  await inLocale("en", () => submitCompleteFiling(p, filer, id));
});

describe("the stored rule report in the reader's language", () => {
  it("is stored in Chinese", async () => {
    const { report } = await stored();
    const zh = messagesFor("zh-CN").rules.titles;
    expect(report.map((r) => r.title)).toEqual(report.map((r) => zh[r.id]));
  });

  it("reads in English with the stored verdict in English words", async () => {
    const { report } = await stored();
    const en = messagesFor("en").rules.titles;
    for (const user of [filer, reviewer]) {
      const out = await inLocale("en", () => getLatestRuleReport(user, id));
      expect(out).not.toBeNull();
      expect(verdict(out!.results)).toEqual(verdict(report));
      expect(out!.results.map((r) => r.title)).toEqual(report.map((r) => en[r.id]));
      for (const [i, r] of out!.results.entries()) expect(r.message).not.toBe(report[i]!.message);
      expect(out!.results[0]!.message).toBe(inLocale("en", () => text("rules.memberCount.total", { n: "12", enough: "yes" })));
      expect(out!.results.find((r) => r.id === "R9")!.message).not.toMatch(han);
    }
  });

  it("reads in Chinese exactly as stored", async () => {
    const { row, report } = await stored();
    const out = await inLocale("zh-CN", () => getLatestRuleReport(reviewer, id));
    expect(out).toEqual({ versionNo: row.versionNo, submittedAt: row.submittedAt, results: report });
  });

  it("gives Chinese readers the stored words, never words of a new run", async () => {
    const { row, report } = await stored();
    const reworded = report.map((r) => (r.id === "R1" ? { ...r, title: "成员单位数量（提交时）", message: "提交时的说明" } : r));
    await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { ruleReport: reworded } });
    try {
      expect((await inLocale("zh-CN", () => getLatestRuleReport(reviewer, id)))!.results).toEqual(reworded);
      // The verdict is the same: English readers get their own words for it.
      const en = (await inLocale("en", () => getLatestRuleReport(reviewer, id)))!.results;
      expect(en[0]).toMatchObject({ id: "R1", title: messagesFor("en").rules.titles.R1 });
    } finally {
      await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { ruleReport: report } });
    }
  });

  it("falls back to the stored Chinese report when a new run reaches another verdict", async () => {
    const { row, report } = await stored();
    // As if the rules had changed since: the soft council rule was stored as a warning.
    const other = report.map((r) => (r.id === "R5" ? { ...r, status: "warn" as const } : r));
    expect(other).not.toEqual(report);
    await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { ruleReport: other } });
    try {
      expect((await inLocale("en", () => getLatestRuleReport(reviewer, id)))!.results).toEqual(other);
      // A rule more or less is another verdict as well.
      await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { ruleReport: report.slice(0, -1) } });
      expect((await inLocale("en", () => getLatestRuleReport(reviewer, id)))!.results).toEqual(report.slice(0, -1));
    } finally {
      await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { ruleReport: report } });
    }
  });

  it("falls back to the stored Chinese report when the version holds no readable snapshot", async () => {
    const { row, report } = await stored();
    // Versions seeded before snapshots existed hold only a name (lib/filing/snapshot.ts).
    await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { snapshot: { name: "吉林省新能源产业科技创新联盟" } } });
    try {
      expect((await inLocale("en", () => getLatestRuleReport(reviewer, id)))!.results).toEqual(report);
    } finally {
      await t.prisma().applicationVersion.update({ where: { id: row.id }, data: { snapshot: row.snapshot ?? {} } });
    }
  });
});
