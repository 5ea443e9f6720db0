import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { createScheme, extendSchemeDue, findSchemes, getSchemeOrThrow, getSchemeTemplate, publishScheme, updateScheme } from "@/lib/assessment/schemes";
import { ZSchemeInput, ZSchemeUpdateInput, chinaDayOf } from "@/lib/validation/assessment";
import { fieldErrorsOf } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { makeUser } from "../helpers/users";
import { codeOf, outcomeOf } from "../helpers/errors";

const t = useTestDatabase();
let f: FiledFixture;
let reviewer: SessionUser;
let schemeId: string;

const input = (over: Partial<Record<string, unknown>> = {}) =>
  ZSchemeInput.parse({ year: 2026, title: "2026年度创新联盟考核方案", reportDue: "2099-03-31", ...DEFAULT_SCHEME, ...over });
const versionOf = async (id = schemeId) => (await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  f = await createFiledAlliance(t.prisma());
  reviewer = await makeUser(t.prisma(), ["DIVISION_REVIEWER"]);
});

describe("scheme input (八（四）)", () => {
  it("puts each definition problem at its field, in Chinese", () => {
    const bad = {
      year: 2026,
      title: "方案",
      reportDue: "2026-02-30",
      ...DEFAULT_SCHEME,
      indicators: DEFAULT_SCHEME.indicators.map((i, n) => (n === 0 ? { ...i, weight: 15 } : i)),
    };
    const r = ZSchemeInput.safeParse(bad);
    expect(r.success).toBe(false);
    const errors = fieldErrorsOf(r.error!);
    expect(errors.indicators).toEqual(["各指标权重之和应为 100，当前为 95"]);
    expect(errors.title?.[0]).toContain("4-60");
    expect(errors.reportDue).toEqual(["日期无效"]);
  });

  it("refuses a counted source on a hand-scored indicator", () => {
    const indicators = DEFAULT_SCHEME.indicators.map((i) => (i.code === "GOVERNANCE" ? { ...i, source: "projects" as const } : i));
    const r = ZSchemeInput.safeParse({ year: 2026, title: "2026年度考核方案", reportDue: "2026-03-31", indicators, gradeBands: DEFAULT_SCHEME.gradeBands });
    expect(fieldErrorsOf(r.error!)["indicators.6.source"]?.[0]).toContain("人工评分");
  });
});

describe("schemes: create, edit, publish", () => {
  it("refuses anyone but the service center", async () => {
    expect(await codeOf(createScheme(f.filer, input()))).toBe("FORBIDDEN");
    expect(await codeOf(createScheme(reviewer, input()))).toBe("FORBIDDEN");
    expect(await codeOf(findSchemes(f.filer))).toBe("FORBIDDEN");
  });

  it("creates a year's scheme from the default, audited, and only one per year", async () => {
    const tpl = await getSchemeTemplate(f.center, "previous");
    expect(tpl.hasPrevious).toBe(false);
    expect(tpl.definition).toEqual(DEFAULT_SCHEME);
    schemeId = (await createScheme(f.center, input())).id;
    const row = await getSchemeOrThrow(f.center, schemeId);
    expect(row.status).toBe("DRAFT");
    expect(row.dueDay).toBe("2099-03-31");
    expect(row.definition.indicators.find((i) => i.code === "ACTIVITIES")?.source).toBe("activities");
    expect(await t.prisma().auditEvent.count({ where: { action: "scheme.created", entityId: schemeId } })).toBe(1);

    const again = await outcomeOf(createScheme(f.center, input({ title: "另一个方案名称" })));
    expect(again).toEqual({ code: "CONFLICT", messages: ["2026年度考核方案已存在，每年只能有一个方案"] });
  });

  it("edits a draft with its version, and refuses a stale one", async () => {
    const v = await versionOf();
    const indicators = DEFAULT_SCHEME.indicators.map((i) =>
      i.code === "TALENT_EXCHANGE" ? { ...i, weight: 5 } : i.code === "GOVERNANCE" ? { ...i, weight: 20 } : i,
    );
    await updateScheme(f.center, ZSchemeUpdateInput.parse({ ...input({ indicators }), id: schemeId, version: v }));
    expect((await getSchemeOrThrow(f.center, schemeId)).definition.indicators.find((i) => i.code === "GOVERNANCE")?.weight).toBe(20);
    const stale = await outcomeOf(updateScheme(f.center, ZSchemeUpdateInput.parse({ ...input(), id: schemeId, version: v })));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.messages[0]).toContain("请刷新");
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "scheme.updated", entityId: schemeId } });
    expect(Object.keys((audit.summary as { changes: object }).changes)).toEqual(["indicators"]);
  });

  it("publishes once, tells the filers of FILED alliances, and freezes the definition", async () => {
    const v = await versionOf();
    expect(await codeOf(publishScheme(f.filer, { id: schemeId, version: v }))).toBe("FORBIDDEN");
    expect(await codeOf(publishScheme(f.center, { id: schemeId, version: v + 5 }))).toBe("CONFLICT");
    const r = await publishScheme(f.center, { id: schemeId, version: v });
    expect(r.notified).toBe(1);
    const row = await getSchemeOrThrow(f.center, schemeId);
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).not.toBeNull();
    const notes = await t.prisma().notification.findMany({ where: { kind: "scheme.published" } });
    expect(notes.map((n) => n.userId)).toEqual([f.filer.id]);
    expect(notes[0]!.title).toBe("2026年度考核方案已发布，请于2099-03-31前提交年度报告");

    const frozen = await outcomeOf(updateScheme(f.center, ZSchemeUpdateInput.parse({ ...input(), id: schemeId, version: row.version })));
    expect(frozen.code).toBe("FORBIDDEN");
    expect(frozen.messages[0]).toContain("已冻结");
    expect(await codeOf(publishScheme(f.center, { id: schemeId, version: row.version }))).toBe("FORBIDDEN");
    expect((await getSchemeOrThrow(f.center, schemeId)).definition.indicators.find((i) => i.code === "GOVERNANCE")?.weight).toBe(20);
  });

  it("allows only a later due date while published", async () => {
    const v = await versionOf();
    expect((await outcomeOf(extendSchemeDue(f.center, { id: schemeId, version: v, reportDue: "2099-03-01" }))).messages[0]).toContain(
      "应晚于原截止日期（2099-03-31）",
    );
    expect(await codeOf(extendSchemeDue(f.filer, { id: schemeId, version: v, reportDue: "2099-04-30" }))).toBe("FORBIDDEN");
    await extendSchemeDue(f.center, { id: schemeId, version: v, reportDue: "2099-04-30" });
    const row = await getSchemeOrThrow(f.center, schemeId);
    expect(chinaDayOf(row.reportDue)).toBe("2099-04-30");
    // The whole due day counts, Beijing time.
    expect(row.reportDue.toISOString()).toBe("2099-04-30T15:59:59.999Z");
    expect(await codeOf(extendSchemeDue(f.center, { id: schemeId, version: v, reportDue: "2099-05-31" }))).toBe("CONFLICT");
  });

  it("refuses to publish a draft whose due date has passed, and a due extension of a draft", async () => {
    const id = (await createScheme(f.center, input({ year: 2027, title: "2027年度考核方案", reportDue: "2020-01-31" }))).id;
    const r = await outcomeOf(publishScheme(f.center, { id, version: 0 }));
    expect(r.code).toBe("INVALID_INPUT");
    expect(r.messages[0]).toContain("已过");
    expect((await outcomeOf(extendSchemeDue(f.center, { id, version: 0, reportDue: "2099-01-31" }))).messages[0]).toContain("尚未发布");
  });

  it("lists schemes with submitted/FILED counts and copies last year's definition", async () => {
    const list = await findSchemes(f.center);
    expect(list.map((s) => [s.year, s.status, s.submitted, s.filed])).toEqual([
      [2027, "DRAFT", 0, 1],
      [2026, "PUBLISHED", 0, 1],
    ]);
    const tpl = await getSchemeTemplate(f.center, "previous");
    expect(tpl).toMatchObject({ year: 2028, copiedFrom: 2027, hasPrevious: true });
    expect(await codeOf(getSchemeOrThrow(f.center, "00000000-0000-4000-8000-000000000000"))).toBe("NOT_FOUND");
  });
});
