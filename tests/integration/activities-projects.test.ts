import { beforeAll, describe, expect, it } from "vitest";
import { countActivities, findActivities, logActivity, removeActivity } from "@/lib/operation/activities";
import { countProjects, findProjects, markProjectAdopted, recommendProject, removeProject } from "@/lib/operation/projects";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import type { SessionUser } from "@/lib/auth/session";

const t = useTestDatabase();
const NOW = new Date("2026-11-24T04:00:00Z");
const DESC = "围绕氢能储运关键技术开展研讨，形成合作意向三项。";

let a: FiledFixture, b: FiledFixture, secretary: SessionUser;

beforeAll(async () => {
  a = await createFiledAlliance(t.prisma());
  b = await createFiledAlliance(t.prisma());
  secretary = await makeUser(t.prisma(), ["DEPARTMENT_SECRETARY"]);
});

const activity = (over: Record<string, unknown> = {}) => ({
  allianceId: a.allianceId,
  kind: "FORUM" as const,
  title: "氢能产业发展论坛",
  heldOn: "2026-05-20",
  participants: 120,
  description: DESC,
  ...over,
});

describe("activities (八（一）)", () => {
  it("logs activities and counts them per year", async () => {
    await logActivity(a.filer, activity(), NOW);
    await logActivity(a.filer, activity({ kind: "SALON", title: "储氢材料技术沙龙", heldOn: "2026-11-24", participants: undefined }), NOW);
    await logActivity(a.filer, activity({ kind: "TRAINING", title: "加氢站安全培训", heldOn: "2025-09-10" }), NOW);
    expect(await countActivities(a.allianceId, 2026)).toBe(2);
    expect(await countActivities(a.allianceId, 2025)).toBe(1);
    expect(await countActivities(a.allianceId, 2024)).toBe(0);
    expect(await countActivities(b.allianceId, 2026)).toBe(0);
    const view = await findActivities(secretary, a.allianceId, NOW);
    expect(view.canEdit).toBe(false);
    expect(view.years.map((y) => [y.year, y.activities.length])).toEqual([
      [2026, 2],
      [2025, 1],
    ]);
    expect(await t.prisma().auditEvent.count({ where: { action: "activity.logged" } })).toBe(3);
  });

  it("refuses a future date, a bad kind, other filers and other roles", async () => {
    expect(await outcomeOf(logActivity(a.filer, activity({ heldOn: "2026-11-25" }), NOW))).toEqual({
      code: "INVALID_INPUT",
      messages: ["举办日期不能晚于今天"],
    });
    expect((await outcomeOf(logActivity(a.filer, activity({ kind: "PARTY" }), NOW))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(logActivity(a.filer, activity({ description: "短" }), NOW))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(logActivity(a.outsider, activity(), NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(logActivity(b.filer, activity(), NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(logActivity(a.center, activity(), NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(logActivity(secretary, activity(), NOW))).code).toBe("FORBIDDEN");
    expect(await countActivities(a.allianceId, 2026)).toBe(2);
  });

  it("removes an activity of the current year only, and only by its own filer", async () => {
    const rows = await t.prisma().activity.findMany({ where: { allianceId: a.allianceId }, orderBy: { heldOn: "asc" } });
    const [old, current] = rows;
    expect((await outcomeOf(removeActivity(b.filer, { activityId: current!.id }, NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(removeActivity(a.center, { activityId: current!.id }, NOW))).code).toBe("FORBIDDEN");
    const past = await outcomeOf(removeActivity(a.filer, { activityId: old!.id }, NOW));
    expect(past.code).toBe("FORBIDDEN");
    expect(past.messages[0]).toContain("本年度（2026年）");
    await removeActivity(a.filer, { activityId: current!.id }, NOW);
    expect(await countActivities(a.allianceId, 2026)).toBe(1);
    expect((await outcomeOf(removeActivity(a.filer, { activityId: current!.id }, NOW))).code).toBe("NOT_FOUND");
    expect(await t.prisma().auditEvent.count({ where: { action: "activity.removed", entityId: current!.id } })).toBe(1);
  });
});

const project = (over: Record<string, unknown> = {}) => ({
  allianceId: a.allianceId,
  year: 2026,
  title: "车用燃料电池低温启动关键技术",
  summary: "研制 -30℃ 低温冷启动燃料电池系统并完成整车验证。",
  leadUnit: "吉林省氢能科技集团有限公司",
  budget: 850.5,
  ...over,
});

describe("recommended projects (九（一）)", () => {
  let first: string, second: string;

  it("recommends projects with a 万元 budget kept to two decimals", async () => {
    first = (await recommendProject(a.filer, project())).id;
    second = (await recommendProject(a.filer, project({ title: "高压储氢瓶碳纤维缠绕工艺", budget: 0 }))).id;
    await recommendProject(a.filer, project({ year: 2025, title: "可再生能源制氢示范", budget: 1200.25 }));
    const { projects, canEdit, canAdopt } = await findProjects(a.filer, a.allianceId);
    expect([canEdit, canAdopt]).toEqual([true, false]);
    expect(projects.find((p) => p.id === first)?.budget).toBe("850.50");
    expect(await countProjects(a.allianceId, 2026)).toEqual({ recommended: 2, adopted: 0 });
    expect(await countProjects(a.allianceId, 2025)).toEqual({ recommended: 1, adopted: 0 });
  });

  it("refuses a negative budget, three decimals, other filers and other roles", async () => {
    expect(await outcomeOf(recommendProject(a.filer, project({ budget: -1 })))).toEqual({ code: "INVALID_INPUT", messages: ["预算不能为负数"] });
    expect(await outcomeOf(recommendProject(a.filer, project({ budget: 1.005 })))).toEqual({
      code: "INVALID_INPUT",
      messages: ["预算最多保留两位小数（万元）"],
    });
    expect((await outcomeOf(recommendProject(b.filer, project()))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(recommendProject(a.center, project()))).code).toBe("FORBIDDEN");
  });

  it("lets only the service center mark a project adopted, once, and then it cannot be removed", async () => {
    expect((await outcomeOf(markProjectAdopted(a.filer, { projectId: first }, NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(markProjectAdopted(secretary, { projectId: first }, NOW))).code).toBe("FORBIDDEN");
    await markProjectAdopted(a.center, { projectId: first }, NOW);
    expect((await outcomeOf(markProjectAdopted(a.center, { projectId: first }, NOW))).code).toBe("CONFLICT");
    expect(await t.prisma().notification.count({ where: { userId: a.filer.id, kind: "project.adopted" } })).toBe(1);
    expect(await countProjects(a.allianceId, 2026)).toEqual({ recommended: 2, adopted: 1 });
    const adopted = await outcomeOf(removeProject(a.filer, { projectId: first }));
    expect(adopted.code).toBe("CONFLICT");
    expect(adopted.messages[0]).toContain("已立项");
    expect((await outcomeOf(removeProject(b.filer, { projectId: second }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(removeProject(a.center, { projectId: second }))).code).toBe("FORBIDDEN");
    await removeProject(a.filer, { projectId: second });
    expect(await countProjects(a.allianceId, 2026)).toEqual({ recommended: 1, adopted: 1 });
    expect(await t.prisma().auditEvent.count({ where: { action: { in: ["project.recommended", "project.adopted", "project.removed"] } } })).toBe(5);
  });
});
