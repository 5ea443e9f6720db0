import { describe, expect, it } from "vitest";
import { ZApplicationSnapshot, buildSnapshot, readSnapshot } from "@/lib/filing/snapshot";
import { ZRuleReport } from "@/lib/rules/schema";
import { ZStoredAdjustments, ZStoredScoreLines } from "@/lib/assessment/score";
import { asRuleResults } from "@/lib/membership/change-rules";
import { fromJsonColumn, toJsonColumn } from "@/lib/validation/json-column";
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import type { TFilingDraftFields } from "@/lib/validation/filing";

const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;

const fields: TFilingDraftFields = {
  name: "吉林省氢能产业科技创新联盟",
  subField: "氢能",
  agreementEffectiveOn: "2026-03-01",
  technicalField: "制氢、储运与燃料电池",
  chairName: "张三",
  hostUnitName: "吉林省吉氢能源科技集团有限公司",
  address: "长春市高新区",
  postcode: "130012",
  contactName: "李四",
  phone: "0431-81234567",
  fax: "",
  innovationGoal: "突破绿氢制备关键技术。",
  members: [
    {
      creditCode: code("91220101MA0E2E001"),
      name: "吉林省吉氢能源科技集团有限公司",
      type: "ENTERPRISE",
      role: "CHAIR",
      chainPosition: "UPSTREAM",
      outputValue2022: 1234.5,
      profitTax2022: 12.34,
      resources: "省级工程研究中心",
      nationalTop10: false,
      provincialTop10: true,
      disciplineStrengths: "",
      disciplineLeader: "",
    },
  ],
};

describe("JSON columns through their schemas", () => {
  it("stores a snapshot as its schema declares and reads the same value back", () => {
    const snapshot = buildSnapshot(
      {
        kind: "ALLIANCE",
        industry: { code: "NEW_ENERGY", name: "新能源" },
        leadOrg: { name: "吉林省吉氢能源科技集团有限公司", creditCode: code("91220101MA0E2E001") },
      },
      fields,
      [{ kind: "CHARTER", title: "联盟章程", versions: [{ versionNo: 2, fileName: "章程.pdf", sha256: "ab".repeat(32), byteSize: 1024 }] }],
    );
    const stored = JSON.parse(JSON.stringify(toJsonColumn(ZApplicationSnapshot, snapshot))) as unknown;
    expect(readSnapshot(stored)).toEqual(snapshot);
  });

  it("refuses to store a value of the wrong shape, before it reaches the database", () => {
    expect(() => toJsonColumn(ZRuleReport, [{ id: "R99", status: "pass" }] as never)).toThrow();
    expect(() => toJsonColumn(ZStoredScoreLines, [{ code: "A1", raw: "90" }] as never)).toThrow();
  });

  it("reads a value of another shape (an older row) as none instead of casting it", () => {
    // Versions seeded before snapshots existed hold only a name.
    expect(readSnapshot({ name: "吉林省冰雪产业科技创新联盟" })).toBeNull();
    expect(fromJsonColumn(ZStoredAdjustments, "not an array")).toBeNull();
    expect(asRuleResults([{ id: "R1", message: "缺少状态" }])).toEqual([]);
    const report = [{ id: "R1", status: "pass", severity: "hard", clause: "六（二）1", title: "成员数量", message: "成员 12 家" }];
    expect(asRuleResults(report)).toEqual(report);
  });
});
