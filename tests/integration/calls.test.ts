import { beforeAll, describe, expect, it } from "vitest";
import { openCall } from "@/lib/calls/open-call";
import { submitIntent } from "@/lib/calls/submit-intent";
import { decideIntent } from "@/lib/calls/decide-intent";
import { startFiling } from "@/lib/calls/start-filing";
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";

const t = useTestDatabase();
const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;
const evidence = {
  legalEntity: "本公司于2010年在长春市注册，具有独立法人资格，研发投入占营业收入5%以上。",
  influence: "本公司为行业龙头，带动上下游企业三十余家，具备组织联盟日常活动的能力。",
  rnd: "拥有省级重点实验室和企业技术中心，承担国家重点研发计划项目两项。",
  cooperation: "与吉林大学、长春工业大学有长期项目合作，提供技术咨询和成果转化服务。",
  management: "已建立财务管理制度、成果转化激励机制和灵活的人事制度，可保障联盟运行。",
};

let divisionA: string;
let divisionB: string;
let jilinOrg: string;

beforeAll(async () => {
  const p = t.prisma();
  divisionA = (await p.division.create({ data: { code: "A", name: "高新技术处" } })).id;
  divisionB = (await p.division.create({ data: { code: "B", name: "农村科技处" } })).id;
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: divisionA } });
  await p.industry.create({
    data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: ["现代种业"], divisionId: divisionB },
  });
  jilinOrg = (await p.organization.create({ data: { name: "吉林省测试氢能科技有限公司", type: "ENTERPRISE", creditCode: code("91220101MA0000001") } })).id;
});

describe("七（一） lead-enterprise selection", () => {
  it("runs call → intent → qualification → filing, with exactly one of two racing decisions winning", async () => {
    const reviewerA = await makeUser(t.prisma(), ["DIVISION_REVIEWER"], { divisionId: divisionA });
    const reviewerA2 = await makeUser(t.prisma(), ["DIVISION_REVIEWER"], { divisionId: divisionA });
    const reviewerB = await makeUser(t.prisma(), ["DIVISION_REVIEWER"], { divisionId: divisionB });
    const filer = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: jilinOrg });

    const deadline = "2099-12-31";
    expect(await codeOf(openCall(reviewerB, { industryCode: "NEW_ENERGY", title: "新能源联盟牵头企业征集", description: "", deadline }))).toBe("FORBIDDEN");
    expect(await codeOf(openCall(reviewerA, { industryCode: "NEW_ENERGY", title: "新能源联盟牵头企业征集", description: "", deadline: "2020-01-01" }))).toBe(
      "INVALID_INPUT",
    );
    const call = await openCall(reviewerA, { industryCode: "NEW_ENERGY", title: "新能源联盟牵头企业征集", description: "", deadline });

    const intent = await submitIntent(filer, { callId: call.id, evidence });
    expect(await codeOf(submitIntent(filer, { callId: call.id, evidence }))).toBe("CONFLICT");
    expect(await codeOf(startFiling(filer, intent.id, "ALLIANCE"))).toBe("FORBIDDEN");

    // Another division cannot decide this industry's intents.
    expect(await codeOf(decideIntent(reviewerB, { intentId: intent.id, version: 0, decision: "QUALIFIED", reason: "" }))).toBe("NOT_FOUND");

    const outcomes = await Promise.all([
      codeOf(decideIntent(reviewerA, { intentId: intent.id, version: 0, decision: "QUALIFIED", reason: "" })),
      codeOf(decideIntent(reviewerA2, { intentId: intent.id, version: 0, decision: "DECLINED", reason: "材料不完整，请补充" })),
    ]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "OK"]);
    const decided = await t.prisma().leadIntent.findUniqueOrThrow({ where: { id: intent.id } });
    expect(await t.prisma().auditEvent.count({ where: { action: "intent.decided", entityId: intent.id } })).toBe(1);

    if (decided.status === "QUALIFIED") {
      const started = await startFiling(filer, intent.id, "CONSORTIUM");
      const alliance = await t.prisma().alliance.findUniqueOrThrow({ where: { id: started.id }, include: { memberships: true } });
      expect(alliance.name).toBe("吉林省新能源产业科技创新联合体");
      expect(alliance.state).toBe("DRAFT");
      expect(alliance.memberships).toEqual([expect.objectContaining({ organizationId: jilinOrg, role: "CHAIR" })]);
      // Starting twice returns the same filing.
      expect((await startFiling(filer, intent.id, "ALLIANCE")).id).toBe(started.id);
    } else {
      expect(await codeOf(startFiling(filer, intent.id, "ALLIANCE"))).toBe("FORBIDDEN");
    }
  });

  it("refuses an intent from a lead unit not registered in Jilin, and after the deadline", async () => {
    const reviewerA = await makeUser(t.prisma(), ["DIVISION_REVIEWER"], { divisionId: divisionA });
    const beijing = await t.prisma().organization.create({ data: { name: "北京某科技有限公司", type: "ENTERPRISE", creditCode: "91110000600037341L" } });
    const filer = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: beijing.id });
    const call = await openCall(reviewerA, { industryCode: "NEW_ENERGY", title: "第二批新能源联盟征集", description: "", deadline: "2099-12-31" });
    expect(await codeOf(submitIntent(filer, { callId: call.id, evidence }))).toBe("INVALID_INPUT");
    const jilinFiler = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: jilinOrg });
    expect(await codeOf(submitIntent(jilinFiler, { callId: call.id, evidence }, new Date("2100-01-02T00:00:00Z")))).toBe("INVALID_INPUT");
  });

  it("does not let a filer start a filing from another organisation's intent", async () => {
    const reviewerA = await makeUser(t.prisma(), ["DIVISION_REVIEWER"], { divisionId: divisionA });
    const call = await openCall(reviewerA, { industryCode: "NEW_ENERGY", title: "第三批新能源联盟征集", description: "", deadline: "2099-12-31" });
    const owner = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: jilinOrg });
    const intent = await submitIntent(owner, { callId: call.id, evidence });
    await decideIntent(reviewerA, { intentId: intent.id, version: 0, decision: "QUALIFIED", reason: "" });
    const otherOrg = await t.prisma().organization.create({ data: { name: "吉林省另一家公司", type: "ENTERPRISE", creditCode: code("91220101MA0000002") } });
    const stranger = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: otherOrg.id });
    expect(await codeOf(startFiling(stranger, intent.id, "ALLIANCE"))).toBe("NOT_FOUND");
  });
});
