// The database going away under the portal: a real TCP proxy sits between the portal's Prisma client
// (created as lib/db/create-prisma.ts does) and the test database, and cuts the connection in the middle
// of a transaction, or refuses connections altogether. Users get DB_UNAVAILABLE with its Chinese message,
// nothing half-written is left behind, and the same client works again once the database is back.
// Then: a restart (graceful, and a crash) loses no saved draft.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrisma } from "@/lib/db/create-prisma";
import { useDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { saveDraft } from "@/lib/filing/save-draft";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { toDraftFields } from "@/lib/filing/to-form";
import { applyTransition } from "@/lib/review/apply-transition";
import { errorResponse } from "@/lib/http/responses";
import { ZFilingDraftInput, type TFilingDraftInput } from "@/lib/validation/filing";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { code, form, goodMembers, LEAD, member, submitCompleteFiling } from "../helpers/filing-fixture";
import { fixtures } from "../helpers/fixture-files";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { startPgliteProcess } from "../helpers/pglite-process";

// The real server actions run with a same-origin request and the session of the user under test; the
// session itself (JWT cookie) is covered by the sign-in tests.
const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "portal.test", origin: "http://portal.test" }) }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
const { transitionAction } = await import("@/app/(portal)/alliances/[id]/actions");
const { saveDraftAction, submitFilingAction } = await import("@/app/(portal)/alliances/actions");

const messages = JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages/zh-CN.json"), "utf8")) as { errors: Record<string, string> };
const DB_UNAVAILABLE_TEXT = "系统暂时无法连接数据库，请稍后重试；已填写的内容不会丢失。";
const OPINION = "该联盟围绕氢能全产业链组建，必要性充分，技术路线可行。";
const AUDIT_INSERT = 'INSERT INTO "public"."AuditEvent"';

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
let filer: SessionUser, reviewer: SessionUser, secretary: SessionUser;
let submitted: string, draft: string;
let proxy: TcpProxy;
let viaProxy: PrismaClient;

const as = (user: SessionUser) => (session.user = user);
const allianceRow = (id: string) =>
  t.prisma().alliance.findUniqueOrThrow({ where: { id }, include: { memberships: { include: { organization: true }, orderBy: { sortOrder: "asc" } } } });
const counts = async (allianceId: string) => {
  const p = t.prisma();
  return {
    opinions: await p.reviewOpinion.count({ where: { allianceId } }),
    versions: await p.applicationVersion.count({ where: { allianceId } }),
    audit: await p.auditEvent.count({ where: { entityId: allianceId } }),
    notifications: await p.notification.count(),
    organizations: await p.organization.count(),
  };
};

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  const newAlliance = (name: string) =>
    p.alliance.create({
      data: {
        name,
        industryCode: "NEW_ENERGY",
        leadOrgId: lead.id,
        createdById: filer.id,
        memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
      },
    });
  submitted = (await newAlliance("吉林省新能源产业科技创新联盟")).id;
  await submitCompleteFiling(p, filer, submitted);
  draft = (await newAlliance("吉林省氢能储运产业科技创新联盟")).id;
  const a = await p.alliance.findUniqueOrThrow({ where: { id: draft } });
  await saveDraft(
    filer,
    ZFilingDraftInput.parse({ allianceId: draft, version: a.version, ...form, name: "吉林省氢能储运产业科技创新联盟", members: goodMembers() }),
  );
  for (const [kind, fileName, bytes] of [
    ["CHARTER", "章程.docx", fixtures.docx()],
    ["AGREEMENT", "协议.docx", fixtures.docx()],
    ["CONSTRUCTION_PLAN", "方案.pdf", fixtures.pdf()],
  ] as const) {
    await uploadAttachment(filer, { allianceId: draft, kind, fileName, bytes });
  }
  // From here on the portal's data layer talks through the proxy, with a small pool so a leak shows.
  proxy = await startTcpProxy(t.url());
  viaProxy = createPrisma(proxy.url, 2);
  useDatabase(viaProxy);
});

afterAll(async () => {
  useDatabase(t.prisma());
  await viaProxy?.$disconnect();
  await proxy?.close();
});

describe("the database stops in the middle of a request", () => {
  // The server log keeps each failure with its cause for the operator; here it is checked, not printed.
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  afterAll(() => {
    expect(logged.mock.calls.some(([line]) => String(line).includes("server action failed"))).toBe(true);
    logged.mockRestore();
  });

  it("shows users a specific Chinese message for DB_UNAVAILABLE", () => {
    expect(messages.errors.DB_UNAVAILABLE).toBe(DB_UNAVAILABLE_TEXT);
  });

  it("a review decision cut after its state change was sent leaves no opinion, state change, audit event or notice; the retry succeeds", async () => {
    as(reviewer);
    const before = await allianceRow(submitted);
    const countsBefore = await counts(submitted);
    const cut = proxy.cutBefore('INSERT INTO "public"."ReviewOpinion"', "reset");
    const result = await transitionAction({ allianceId: submitted, transition: "DIVISION_PASS", version: before.version, opinion: OPINION });
    await cut;
    expect(result).toEqual({ ok: false, code: "DB_UNAVAILABLE" });
    // The UPDATE of the state had reached the database inside the transaction before the cut.
    expect(proxy.sent('UPDATE "public"."Alliance" SET "state"')).toBeGreaterThan(0);
    const after = await allianceRow(submitted);
    expect({ state: after.state, version: after.version, stateSince: after.stateSince }).toEqual({
      state: "DIVISION_REVIEW",
      version: before.version,
      stateSince: before.stateSince,
    });
    expect(await counts(submitted)).toEqual(countsBefore);

    const retry = await transitionAction({ allianceId: submitted, transition: "DIVISION_PASS", version: before.version, opinion: OPINION });
    expect(retry).toEqual({ ok: true, data: "FORM_REVIEW" });
    const done = await counts(submitted);
    expect(done.opinions).toBe(countsBefore.opinions + 1);
    expect(done.audit).toBe(countsBefore.audit + 1);
    expect(done.notifications).toBeGreaterThan(countsBefore.notifications);
  });

  it("a draft save cut at its audit event (server closes the socket) keeps the saved draft exactly as it was", async () => {
    as(filer);
    const before = await allianceRow(draft);
    const countsBefore = await counts(draft);
    const changed: TFilingDraftInput = {
      allianceId: draft,
      version: before.version,
      ...form,
      name: "吉林省氢能储运装备产业科技创新联盟",
      address: "吉林省长春市净月区福祉大路1号",
      members: [...goodMembers().filter((m) => m.creditCode !== code(8)), member(20, { name: "吉林省新成员科技有限公司" })],
    };
    const cut = proxy.cutBefore(AUDIT_INSERT, "close");
    const result = await saveDraftAction(changed);
    await cut;
    expect(result).toEqual({ ok: false, code: "DB_UNAVAILABLE" });
    expect(proxy.sent('INSERT INTO "Membership"')).toBeGreaterThan(0);
    const after = await allianceRow(draft);
    expect(toDraftFields(after)).toEqual(toDraftFields(before));
    expect(after.version).toBe(before.version);
    expect(await counts(draft)).toEqual(countsBefore);
    expect(await t.prisma().organization.findUnique({ where: { creditCode: code(20) } })).toBeNull();

    expect(await saveDraftAction(changed)).toMatchObject({ ok: true, data: { version: before.version + 1 } });
    const saved = toDraftFields(await allianceRow(draft));
    expect(saved.name).toBe(changed.name);
    expect(saved.members.map((m) => m.creditCode)).toEqual(changed.members.map((m) => m.creditCode));
  });

  it("a submission cut after its version row was sent leaves the filing a draft with no version 1", async () => {
    as(filer);
    const before = await allianceRow(draft);
    const countsBefore = await counts(draft);
    const cut = proxy.cutBefore(AUDIT_INSERT, "reset");
    const result = await submitFilingAction({ allianceId: draft, version: before.version });
    await cut;
    expect(result).toEqual({ ok: false, code: "DB_UNAVAILABLE" });
    expect(proxy.sent('INSERT INTO "public"."ApplicationVersion"')).toBeGreaterThan(0);
    const after = await allianceRow(draft);
    expect({ state: after.state, version: after.version, currentVersionNo: after.currentVersionNo, submittedAt: after.submittedAt }).toEqual({
      state: "DRAFT",
      version: before.version,
      currentVersionNo: 0,
      submittedAt: null,
    });
    expect(await counts(draft)).toEqual(countsBefore);

    expect(await submitFilingAction({ allianceId: draft, version: before.version })).toMatchObject({
      ok: true,
      data: { versionNo: 1, state: "DIVISION_REVIEW" },
    });
    expect((await counts(draft)).versions).toBe(1);
  });

  it("while the database refuses connections, actions and routes answer DB_UNAVAILABLE (503); when it returns, the same client works", async () => {
    as(reviewer);
    await proxy.down();
    const version = (await allianceRow(draft)).version;
    expect(await transitionAction({ allianceId: draft, transition: "DIVISION_RETURN", version, opinion: "请补充联盟章程中的理事会议事规则。" })).toEqual({
      ok: false,
      code: "DB_UNAVAILABLE",
    });
    const routeError = await applyTransition(reviewer, {
      allianceId: draft,
      transition: "DIVISION_RETURN",
      version,
      opinion: "请补充联盟章程中的理事会议事规则。",
    }).catch((err: unknown) => err);
    const response = errorResponse(routeError);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, code: "DB_UNAVAILABLE" });
    expect((await allianceRow(draft)).state).toBe("DIVISION_REVIEW");

    await proxy.up();
    expect(await transitionAction({ allianceId: draft, transition: "DIVISION_RETURN", version, opinion: "请补充联盟章程中的理事会议事规则。" })).toEqual({
      ok: true,
      data: "RETURNED",
    });
  });

  it("connections lost inside transactions are handed back: more cuts than the pool holds, and it still answers", async () => {
    as(secretary);
    // Each attempt is refused at the audit insert; the pool holds 2 connections, so a leak would hang the 3rd.
    const version = (await allianceRow(submitted)).version;
    for (let i = 0; i < 4; i++) {
      const cut = proxy.cutBefore(AUDIT_INSERT, i % 2 ? "close" : "reset");
      expect(await transitionAction({ allianceId: submitted, transition: "FORM_RETURN", version, opinion: "请补充联盟章程中的理事会议事规则。" })).toEqual({
        ok: false,
        code: "DB_UNAVAILABLE",
      });
      await cut;
    }
    const answered = await Promise.race([viaProxy.alliance.count(), new Promise((resolve) => setTimeout(() => resolve("no answer in 5 s"), 5000))]);
    expect(answered).toBe(2);
  });
});

describe("a restart loses no saved draft", () => {
  const fieldsOf = ({ allianceId: _a, version: _v, ...fields }: TFilingDraftInput) => fields;
  /** Reads the draft back through a client of its own and compares it with what was saved, field by field. */
  async function expectDraft(client: PrismaClient, allianceId: string, saved: TFilingDraftInput, version: number) {
    const row = await client.alliance.findUniqueOrThrow({
      where: { id: allianceId },
      include: { memberships: { include: { organization: true }, orderBy: { sortOrder: "asc" } } },
    });
    const stored = toDraftFields(row) as Record<string, unknown>;
    const expected = fieldsOf(ZFilingDraftInput.parse(saved)) as Record<string, unknown>;
    for (const key of Object.keys(expected)) expect(stored[key], key).toEqual(expected[key]);
    expect(row.version).toBe(version);
  }
  const draftInput = (allianceId: string, version: number, n: number): TFilingDraftInput => ({
    allianceId,
    version,
    ...form,
    name: `吉林省氢能产业科技创新联盟（第${n}稿）`,
    innovationGoal: `${form.innovationGoal}第${n}次保存。`,
    members: [...goodMembers(), member(30 + n, { name: `吉林省第${n}稿新增成员有限公司`, outputValue2022: 321.75 })],
  });

  it.runIf(!process.env.TEST_DATABASE_URL)(
    "embedded PGlite on disk: stopped as the launcher does (SIGTERM), then killed outright (SIGKILL)",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-restart-"));
      let server = await startPgliteProcess(dir);
      await applyMigrations(server.url);
      let client = createPrisma(server.url, 2);
      useDatabase(client);
      try {
        const lead = await client.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
        await client.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"] } });
        const owner = await makeUser(client, ["ENTERPRISE_FILER"], { organizationId: lead.id });
        const a = await client.alliance.create({
          data: {
            name: "待填写",
            industryCode: "NEW_ENERGY",
            leadOrgId: lead.id,
            createdById: owner.id,
            memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
          },
        });

        for (const [n, signal] of [
          [1, "SIGTERM"],
          [2, "SIGKILL"],
        ] as const) {
          const version = (await client.alliance.findUniqueOrThrow({ where: { id: a.id } })).version;
          const input = draftInput(a.id, version, n);
          expect(await saveDraft(owner, ZFilingDraftInput.parse(input))).toMatchObject({ version: version + 1 });
          await client.$disconnect();
          await server.stop(signal);
          server = await startPgliteProcess(dir);
          client = createPrisma(server.url, 2);
          useDatabase(client);
          await expectDraft(client, a.id, input, version + 1);
        }
      } finally {
        useDatabase(viaProxy);
        await client.$disconnect();
        await server.stop("SIGTERM");
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );

  it.runIf(!!process.env.TEST_DATABASE_URL)("PostgreSQL server: a new pool reads back what the old one saved", async () => {
    useDatabase(t.prisma());
    try {
      const lead = await t.prisma().organization.findUniqueOrThrow({ where: { creditCode: LEAD } });
      const a = await t.prisma().alliance.create({
        data: {
          name: "待填写",
          industryCode: "NEW_ENERGY",
          leadOrgId: lead.id,
          createdById: filer.id,
          memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
        },
      });
      const input = draftInput(a.id, a.version, 1);
      await saveDraft(filer, ZFilingDraftInput.parse(input));
      const fresh = createPrisma(t.url(), 1);
      try {
        await expectDraft(fresh, a.id, input, a.version + 1);
      } finally {
        await fresh.$disconnect();
      }
    } finally {
      useDatabase(viaProxy);
    }
  });
});
