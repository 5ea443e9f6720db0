// The filing form autosaves every pause in typing, so a save must stay cheap: its member writes are
// set-based (the SQL statements sent are the same for 3 and for 20 members, under a small ceiling,
// counted with lib/db/query-count.ts), and a save that stores nothing new (the same data re-sent) writes
// nothing at all: no version bump, no audit event, and it still answers with the current version.
import { beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/filing/save-draft";
import { toDraftFields } from "@/lib/filing/to-form";
import { countQueries } from "@/lib/db/query-count";
import { ZFilingDraftInput, type TMemberInput } from "@/lib/validation/filing";
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";
import { code, form, LEAD, member } from "../helpers/filing-fixture";

const t = useTestDatabase();
// A first save (new member units registered), an edit of every row with one member out and one in, and the
// lightest reads: whatever the member count, never more statements than this.
const CEILING = 10;

let filer: SessionUser;
let leadId: string;

beforeAll(async () => {
  const p = t.prisma();
  const division = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: division.id } });
  leadId = (await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } })).id;
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: leadId });
});

async function newDraft(): Promise<string> {
  const a = await t.prisma().alliance.create({
    data: {
      name: "待填写",
      industryCode: "NEW_ENERGY",
      leadOrgId: leadId,
      createdById: filer.id,
      memberships: { create: { organizationId: leadId, role: "CHAIR" } },
    },
  });
  return a.id;
}

const university = (n: number) => {
  const f = `12220101MB${String(n).padStart(7, "0")}`;
  return f + creditCodeCheckChar(f)!;
};

/** The lead and n - 1 member units numbered from `from`: enterprises and universities, every field in use. */
function members(n: number, from: number): TMemberInput[] {
  return [
    member(1, { name: "吉林省氢能科技集团有限公司", role: "CHAIR" }),
    ...Array.from({ length: n - 1 }, (_, i): TMemberInput => {
      const k = from + i;
      return i % 4 === 3
        ? member(k, {
            type: "UNIVERSITY",
            creditCode: university(k),
            name: `吉林某大学${k}`,
            role: "COUNCIL",
            chainPosition: "UPSTREAM",
            disciplineStrengths: "材料学",
          })
        : member(k, {
            role: i === 0 ? "VICE_CHAIR" : "MEMBER",
            chainPosition: (["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const)[i % 3]!,
            outputValue2022: i % 5 === 0 ? null : 1000 + i + 0.25,
            contactEmail: i % 2 ? `m${k}@member.example.cn` : "",
          });
    }),
  ];
}

const input = (allianceId: string, version: number, ms: TMemberInput[], over: Record<string, unknown> = {}) =>
  ZFilingDraftInput.parse({ allianceId, version, ...form, members: ms, ...over });

const row = (id: string) =>
  t.prisma().alliance.findUniqueOrThrow({
    where: { id },
    include: { memberships: { orderBy: { sortOrder: "asc" }, include: { organization: true } } },
  });
const auditsOf = (id: string) => t.prisma().auditEvent.findMany({ where: { action: "alliance.draft_saved", entityId: id }, orderBy: { id: "asc" } });

/** What the form shows after a save: the typed rows, with a university's chain position dropped as stored. */
const asStored = (ms: TMemberInput[]) =>
  ZFilingDraftInput.parse({ allianceId: "00000000-0000-4000-8000-000000000000", version: 0, ...form, members: ms }).members.map((m) => ({
    ...m,
    chainPosition: m.type === "ENTERPRISE" ? m.chainPosition : null,
  }));

describe("draft saves cost the same statements whatever the member count", () => {
  it("a first save of 3 and of 20 members (new member units registered)", async () => {
    const counts: number[] = [];
    for (const [n, from] of [
      [3, 100],
      [20, 200],
    ] as const) {
      const id = await newDraft();
      const ms = members(n, from);
      const { value, count, statements } = await countQueries(() => saveDraft(filer, input(id, 0, ms)));
      expect(value.version).toBe(1);
      counts.push(count);
      expect(count, statements.join("\n")).toBeLessThanOrEqual(CEILING);
      // Set-based: one statement writes all the member rows.
      expect(statements.filter((s) => /INSERT INTO "Membership"/.test(s))).toHaveLength(1);
      const stored = await row(id);
      expect(stored.version).toBe(1);
      expect(toDraftFields(stored).members).toEqual(asStored(ms));
      const [audit] = await auditsOf(id);
      expect(audit!.summary).toMatchObject({
        changed: expect.arrayContaining(["name", "members"]),
        members: n,
        newOrganizations: ms.slice(1).map((m) => m.creditCode),
        // The lead was listed by the new draft with its role only; the save filled in its row.
        memberChanges: {
          added: ms.slice(1).map((m) => m.creditCode),
          removed: [],
          updated: [{ creditCode: LEAD, fields: ["chainPosition", "outputValue2022", "profitTax2022", "resources"] }],
        },
      });
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("an edit of every row, one member out and one in, for 3 and for 20 members", async () => {
    const counts: number[] = [];
    for (const [n, from] of [
      [3, 300],
      [20, 400],
    ] as const) {
      const id = await newDraft();
      const ms = members(n, from);
      await saveDraft(filer, input(id, 0, ms));
      const edited = [
        ...ms.slice(0, -1).map((m) => ({ ...m, profitTax2022: 99.99, resources: "国家级企业技术中心" })),
        member(from + 90, { name: "吉林省新加入科技有限公司" }),
      ].reverse();
      const { value, count, statements } = await countQueries(() => saveDraft(filer, input(id, 1, edited)));
      expect(value.version).toBe(2);
      counts.push(count);
      expect(count, statements.join("\n")).toBeLessThanOrEqual(CEILING);
      const stored = await row(id);
      expect(stored.memberships).toHaveLength(n);
      expect(toDraftFields(stored).members).toEqual(asStored(edited));
      const audits = await auditsOf(id);
      expect(audits).toHaveLength(2);
      expect(audits[1]!.summary).toMatchObject({
        changed: ["members"],
        members: n,
        newOrganizations: [code(from + 90)],
        memberChanges: { added: [code(from + 90)], removed: [ms.at(-1)!.creditCode] },
      });
      const updated = (audits[1]!.summary as { memberChanges: { updated: { creditCode: string; fields: string[] }[] } }).memberChanges.updated;
      expect(updated.map((u) => u.creditCode).sort()).toEqual(
        ms
          .slice(0, -1)
          .map((m) => m.creditCode)
          .sort(),
      );
      expect(updated.find((u) => u.creditCode === LEAD)!.fields).toEqual(["profitTax2022", "resources", "sortOrder"]);
      // Names of the field only: a member's contact address never goes into the audit trail.
      expect(JSON.stringify(audits[1]!.summary)).not.toContain("@member.example.cn");
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe("a save that changes nothing", () => {
  it("writes nothing and answers with the current version; a real change after it writes one event with the change", async () => {
    const id = await newDraft();
    const ms = members(20, 500);
    await saveDraft(filer, input(id, 0, ms));
    const before = await row(id);
    const eventsBefore = await t.prisma().auditEvent.count();

    // The autosave after a pause re-sends the same data (here with a registered unit's name typed differently,
    // which the portal never stores: known units are kept as registered).
    const again = ms.map((m, i) => (i === 0 ? { ...m, name: "牵头企业（简称）" } : m));
    const { value, count, statements } = await countQueries(() => saveDraft(filer, input(id, 1, again)));
    expect(value.version).toBe(1);
    expect(typeof value.savedAt).toBe("string");
    expect(
      statements.filter((s) => /^\s*(INSERT|UPDATE|DELETE)/i.test(s)),
      statements.join("\n"),
    ).toEqual([]);
    expect(count).toBeLessThanOrEqual(3);
    const after = await row(id);
    expect(after.version).toBe(1);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(toDraftFields(after)).toEqual(toDraftFields(before));
    expect(await t.prisma().auditEvent.count()).toBe(eventsBefore);

    // A stale page is still refused, changed or not: the version check is the same.
    expect(await codeOf(saveDraft(filer, input(id, 0, ms)))).toBe("CONFLICT");

    // One real edit: exactly one event, naming what changed.
    const edited = ms.map((m, i) => (i === 5 ? { ...m, outputValue2022: 2024.5 } : m));
    expect((await saveDraft(filer, input(id, 1, edited, { technicalField: "氢能储运" }))).version).toBe(2);
    const audits = await auditsOf(id);
    expect(audits).toHaveLength(2);
    expect(await t.prisma().auditEvent.count()).toBe(eventsBefore + 1);
    expect(audits[1]!.summary).toEqual({
      changed: ["technicalField", "members"],
      members: 20,
      newOrganizations: [],
      memberChanges: { added: [], removed: [], updated: [{ creditCode: ms[5]!.creditCode, fields: ["outputValue2022"] }] },
    });
    expect(Number((await row(id)).memberships[5]!.outputValue2022)).toBe(2024.5);
  });
});
