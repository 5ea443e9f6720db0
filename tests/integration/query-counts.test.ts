// No N+1 on the main pages: the SQL statements each page loader sends are counted (lib/db/query-count.ts)
// on a small data set and again after the rows have grown tenfold (3 → 30 alliances, 3 → 30 members each,
// with versions, opinions, comments, filings, assessments, notifications and audit events). The count must
// not change, and must stay under a fixed ceiling per page (docs/BENCHMARK.md lists them).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AllianceState } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countQueries } from "@/lib/db/query-count";
import { getHomeData } from "@/lib/home/get-home-data";
import { unreadCount, listNotifications } from "@/lib/notifications/inbox";
import { findQueue } from "@/lib/review/queue";
import { listDivisions, listIndustries } from "@/lib/alliances/list-industries";
import { findAlliances, getLatestRuleReport } from "@/lib/alliances/find-alliances";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { findAttachments, findReturnNotes, getReviewPageData } from "@/lib/review/page-data";
import { getFilingForEdit } from "@/lib/filing/get-filing-for-edit";
import { loadDashboard } from "@/lib/dashboard";
import { listInNotice, listPublicFilings } from "@/lib/public/notices";
import { findCalls } from "@/lib/calls/find-calls";
import { countAgendaCandidates, listMeetings } from "@/lib/meetings/meetings";
import { findRevocations } from "@/lib/assessment/revocation";
import { findOversightSection } from "@/lib/oversight/find-oversight";
import { applyTransition } from "@/lib/review/apply-transition";
import { addFieldComment } from "@/lib/review/field-comments";
import { saveDraft } from "@/lib/filing/save-draft";
import { submitFiling } from "@/lib/filing/submit-filing";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { code, form, goodMembers, LEAD, submitCompleteFiling } from "../helpers/filing-fixture";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();

type Role = "filer" | "reviewer" | "secretary" | "officer" | "center" | "sysadmin" | "secadmin" | "auditor";
const u = {} as Record<Role, SessionUser>;
let leadOrgId: string;
let focusId: string; // resubmitted after a return: the reviewer's detail page (diff, comments, timeline)
let returnedId: string; // waiting for the filer: the filing form with the return notes
let filedId: string; // a filed alliance: the service center's detail page

const STATES: AllianceState[] = ["DIVISION_REVIEW", "FORM_REVIEW", "MEETING", "FILING", "FILED", "RETURNED", "DRAFT", "REVOKED", "FILED", "REJECTED"];
const OPINION = "材料齐全，联盟组建必要性充分，同意通过。";

// ---------- the data set, grown in place ----------

let orgSeq = 0;
let fillers: string[] = [];

async function newOrgs(n: number): Promise<string[]> {
  const rows = Array.from({ length: n }, () => {
    orgSeq += 1;
    const type = orgSeq % 5 === 0 ? ("UNIVERSITY" as const) : ("ENTERPRISE" as const);
    return { creditCode: code(200_000 + orgSeq), name: `吉林省测试成员${orgSeq}号有限公司`, type, city: orgSeq % 2 ? "长春市" : "吉林市" };
  });
  await t.prisma().organization.createMany({ data: rows });
  const made = await t.prisma().organization.findMany({ where: { creditCode: { in: rows.map((r) => r.creditCode) } }, select: { id: true } });
  return made.map((o) => o.id);
}

/** Tops the alliance up to `n` current members (the lead is one of them). */
async function topUpMembers(allianceId: string, n: number): Promise<void> {
  const have = await t.prisma().membership.count({ where: { allianceId, leftOn: null } });
  if (have >= n) return;
  const orgs = await newOrgs(n - have);
  await t.prisma().membership.createMany({
    data: orgs.map((organizationId, i) => ({
      allianceId,
      organizationId,
      role: i % 4 === 0 ? ("COUNCIL" as const) : ("MEMBER" as const),
      chainPosition: (["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const)[i % 3],
      sortOrder: have + i,
      outputValue2022: 1000 + i,
    })),
  });
}

/** One filler alliance in its state, with what that state carries: versions and opinions, a filing, assessments, documents. */
async function addFiller(i: number): Promise<void> {
  const p = t.prisma();
  const state = STATES[i % STATES.length]!;
  const industryCode = i % 2 ? "NEW_ENERGY" : "NEW_AGRICULTURE";
  const submitted = state !== "DRAFT";
  const a = await p.alliance.create({
    data: {
      name: `吉林省测试${i}号产业科技创新联盟`,
      industryCode,
      state,
      leadOrgId,
      createdById: u.filer.id,
      city: i % 3 ? "长春市" : "四平市",
      stateSince: new Date(Date.now() - (i % 40) * 86_400_000),
      currentVersionNo: submitted ? 2 : 0,
      submittedAt: submitted ? new Date() : null,
      memberships: { create: { organizationId: leadOrgId, role: "CHAIR", chainPosition: "MIDSTREAM" } },
    },
  });
  fillers.push(a.id);
  if (submitted) {
    for (const versionNo of [1, 2]) {
      const v = await p.applicationVersion.create({ data: { allianceId: a.id, versionNo, snapshot: {}, ruleReport: [], submittedById: u.filer.id } });
      await p.reviewOpinion.create({
        data: {
          allianceId: a.id,
          versionId: v.id,
          stage: "DIVISION",
          decision: versionNo === 1 ? "RETURN" : "PASS",
          opinion: OPINION,
          reviewUnit: "高新技术处",
          reviewerId: u.reviewer.id,
        },
      });
      await p.auditEvent.create({
        data: {
          actorId: u.filer.id,
          actorName: "filer",
          action: "alliance.submitted",
          entityType: "Alliance",
          entityId: a.id,
          summary: { versionNo, state: "DIVISION_REVIEW", transition: versionNo === 1 ? "SUBMIT" : "RESUBMIT" },
        },
      });
    }
  }
  if (state === "FILED" || state === "REVOKED") {
    const filedAt = new Date(`202${3 + (i % 2)}-0${1 + (i % 9)}-15T02:00:00Z`);
    await p.filing.create({
      data: {
        allianceId: a.id,
        year: filedAt.getUTCFullYear(),
        seq: 100 + i,
        number: `吉科联备〔${filedAt.getUTCFullYear()}〕${100 + i}号`,
        verificationCode: `QC${String(i).padStart(4, "0")}-0000-0000`,
        filedAt,
        officerId: u.officer.id,
        noticeStartsOn: filedAt,
        noticeEndsOn: new Date(filedAt.getTime() + 7 * 86_400_000),
        revokedAt: state === "REVOKED" ? new Date() : null,
      },
    });
    for (const year of [2024, 2025]) {
      const scheme = await p.assessmentScheme.findUniqueOrThrow({ where: { year } });
      const report = await p.annualReport.create({
        data: { allianceId: a.id, schemeId: scheme.id, year, figures: {}, status: "ASSESSED", submittedAt: new Date() },
      });
      await p.assessment.create({
        data: {
          allianceId: a.id,
          reportId: report.id,
          year,
          score: 60 + (i % 40),
          grade: i % 4 ? "GOOD" : "FAIL",
          assessorId: u.center.id,
          publishedAt: year === 2024 ? new Date() : null,
        },
      });
    }
    await p.councilTerm.create({
      data: { allianceId: a.id, termNo: 1, startsOn: new Date("2024-01-01"), endsOn: new Date(Date.now() + (i % 60) * 86_400_000), seats: 5 },
    });
    await p.membershipChange.create({
      data: { allianceId: a.id, organizationId: leadOrgId, kind: "EXIT", createdById: u.filer.id, flagged: true, ruleWarnings: [] },
    });
    if (state === "REVOKED") await p.revocation.create({ data: { allianceId: a.id, basisAssessmentIds: [], reason: "连续两年考核不合格" } });
  }
  for (const kind of ["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN"] as const) {
    const d = await p.document.create({ data: { allianceId: a.id, kind, title: kind } });
    await p.documentVersion.create({
      data: {
        documentId: d.id,
        versionNo: 1,
        fileName: `${kind}.pdf`,
        mimeType: "application/pdf",
        byteSize: 1000,
        sha256: "0".repeat(64),
        storageKey: `qc-${a.id}-${kind}`,
        uploadedById: u.filer.id,
      },
    });
  }
}

/** Grows the data set to `n` filler alliances of `n` members each; the focus alliances get more members, comments and notices too. */
async function grow(n: number): Promise<void> {
  const p = t.prisma();
  for (let i = fillers.length; i < n; i++) await addFiller(i);
  for (const id of [...fillers, focusId, returnedId, filedId]) await topUpMembers(id, n);
  for (const id of [focusId, returnedId]) await topUpMembers(id, 12 + n);
  const focus = await p.alliance.findUniqueOrThrow({ where: { id: focusId } });
  const have = await p.fieldComment.count({ where: { allianceId: focusId } });
  for (let i = have; i < n; i++) {
    await p.fieldComment.create({
      data: { allianceId: focusId, versionNo: focus.currentVersionNo, fieldPath: "innovationGoal", text: `请补充第${i}项量化指标`, authorId: u.reviewer.id },
    });
    await p.auditEvent.create({
      data: {
        actorId: u.reviewer.id,
        actorName: "reviewer",
        action: "alliance.field_commented",
        entityType: "Alliance",
        entityId: focusId,
        summary: { fieldPath: "innovationGoal" },
      },
    });
  }
  for (const user of Object.values(u)) {
    const notes = await p.notification.count({ where: { userId: user.id } });
    await p.notification.createMany({
      data: Array.from({ length: Math.max(0, n * 2 - notes) }, (_, i) => ({
        userId: user.id,
        kind: "review.todo",
        title: `待办事项${i}`,
        link: `/alliances/${focusId}`,
        readAt: i % 2 ? new Date() : null,
      })),
    });
  }
}

// ---------- the loaders, as each page calls them ----------

const detailPage = async (user: SessionUser, id: string) => {
  const alliance = await getAllianceForPage(user, id);
  return Promise.all([getLatestRuleReport(user, alliance.id), getReviewPageData(user, alliance), findAttachments(user, alliance.id)]);
};

const editPage = async (user: SessionUser, id: string) => {
  const { alliance } = await getFilingForEdit(user, id);
  return findReturnNotes(user, alliance);
};

const PAGES: { name: string; ceiling: number; load: () => Promise<unknown> }[] = [
  { name: "layout: unread count (every page)", ceiling: 1, load: () => unreadCount(u.reviewer) },
  { name: "home: filer", ceiling: 5, load: () => getHomeData(u.filer) },
  { name: "home: reviewer", ceiling: 5, load: () => getHomeData(u.reviewer) },
  { name: "home: secretary", ceiling: 9, load: () => getHomeData(u.secretary) },
  { name: "home: officer", ceiling: 7, load: () => getHomeData(u.officer) },
  { name: "home: service center", ceiling: 9, load: () => getHomeData(u.center) },
  { name: "home: system admin", ceiling: 3, load: () => getHomeData(u.sysadmin) },
  { name: "home: security admin", ceiling: 2, load: () => getHomeData(u.secadmin) },
  { name: "home: audit admin", ceiling: 2, load: () => getHomeData(u.auditor) },
  { name: "inbox: notifications", ceiling: 2, load: () => listNotifications(u.reviewer, 1) },
  // The queue reads the working-day calendar once (issue #17 item 7): one statement more, whatever the data.
  { name: "review queue: reviewer", ceiling: 7, load: () => Promise.all([findQueue(u.reviewer, {}), listIndustries(), listDivisions()]) },
  {
    name: "review queue: secretary, filtered",
    ceiling: 7,
    load: () =>
      Promise.all([findQueue(u.secretary, { industry: "NEW_ENERGY", age: "overdue", q: "联盟", sort: "lead", page: "2" }), listIndustries(), listDivisions()]),
  },
  {
    name: "alliance list: filtered",
    ceiling: 3,
    load: () => Promise.all([findAlliances(u.center, { state: "FILED", industry: "NEW_ENERGY", q: "联盟", sort: "members" }), listIndustries()]),
  },
  { name: "alliance list: filer, page 2", ceiling: 3, load: () => Promise.all([findAlliances(u.filer, { page: 2 }), listIndustries()]) },
  { name: "alliance detail: reviewer, resubmitted", ceiling: 14, load: () => detailPage(u.reviewer, focusId) },
  { name: "alliance detail: filer, returned", ceiling: 11, load: () => detailPage(u.filer, returnedId) },
  { name: "alliance detail: service center, filed", ceiling: 10, load: () => detailPage(u.center, filedId) },
  { name: "filing form: filer, returned", ceiling: 5, load: () => editPage(u.filer, returnedId) },
  { name: "dashboard: service center", ceiling: 20, load: () => loadDashboard(u.center, {}, new Date(), { reuse: false }) },
  { name: "dashboard: division reviewer", ceiling: 21, load: () => loadDashboard(u.reviewer, {}, new Date(), { reuse: false }) },
  // Shown again with nothing changed: the filter options and the audit chain's head, not the figures.
  { name: "dashboard: service center, figures reused", ceiling: 3, load: () => loadDashboard(u.center, {}) },
  { name: "public notices", ceiling: 2, load: () => listPublicFilings() },
  { name: "public notices: the running box", ceiling: 1, load: () => listInNotice() },
  { name: "public notices: searched, sorted, page 2", ceiling: 2, load: () => listPublicFilings({ q: "联盟", status: "FILED", sort: "name", page: "2" }) },
  {
    name: "calls: secretary, filtered",
    ceiling: 3,
    load: () => Promise.all([findCalls(u.secretary, { status: "open", q: "征集", sort: "title" }), listIndustries()]),
  },
  { name: "meetings: secretary", ceiling: 3, load: () => Promise.all([listMeetings(u.secretary, { q: "联盟" }), countAgendaCandidates(u.secretary)]) },
  { name: "revocations: service center, open", ceiling: 5, load: () => Promise.all([findRevocations(u.center, {}), listIndustries()]) },
  { name: "revocations: service center, handled, searched", ceiling: 4, load: () => findRevocations(u.center, { status: "closed", q: "联盟", sort: "name" }) },
  { name: "oversight: council terms, page 2", ceiling: 2, load: () => findOversightSection(u.center, { section: "terms", page: "2", sort: "name" }) },
];

async function countAll(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const page of PAGES) {
    await page.load(); // once unmeasured, as a warm server would have it
    out.set(page.name, (await countQueries(page.load)).count);
  }
  return out;
}

let small: Map<string, number>, large: Map<string, number>;
const sizes = { small: { alliances: 0, members: 0, notices: 0 }, large: { alliances: 0, members: 0, notices: 0 } };
const measureSize = async () => ({
  alliances: (await findAlliances(u.center, {})).total,
  members: (await getAllianceForPage(u.reviewer, focusId)).memberships.length,
  notices: (await listPublicFilings()).total,
});

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  await p.industry.create({
    data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: ["现代种业"], divisionId: rural.id },
  });
  leadOrgId = (await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } })).id;
  u.filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: leadOrgId });
  u.reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  u.secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  u.officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
  u.center = await makeUser(p, ["SERVICE_CENTER"]);
  u.sysadmin = await makeUser(p, ["SYSTEM_ADMIN"]);
  u.secadmin = await makeUser(p, ["SECURITY_ADMIN"]);
  u.auditor = await makeUser(p, ["AUDIT_ADMIN"]);
  for (const year of [2024, 2025, 2026]) {
    await p.assessmentScheme.create({
      data: {
        year,
        title: `${year}年度考核`,
        indicators: [],
        gradeBands: {},
        reportDue: new Date(`${year + 1}-03-31T00:00:00Z`),
        status: year === 2026 ? "PUBLISHED" : "FROZEN",
        createdById: u.center.id,
      },
    });
  }

  // Two filings through the real workflow: submitted, returned with comments; one resubmitted.
  const draft = async (name: string) =>
    (
      await p.alliance.create({
        data: { name, industryCode: "NEW_ENERGY", leadOrgId, createdById: u.filer.id, memberships: { create: { organizationId: leadOrgId, role: "CHAIR" } } },
      })
    ).id;
  const version = async (id: string) => (await p.alliance.findUniqueOrThrow({ where: { id } })).version;
  focusId = await draft("吉林省氢能产业科技创新联盟");
  returnedId = await draft("吉林省储能产业科技创新联盟");
  for (const id of [focusId, returnedId]) {
    await submitCompleteFiling(p, u.filer, id);
    await addFieldComment(u.reviewer, { allianceId: id, fieldPath: "innovationGoal", text: "请补充量化目标", visibleToFiler: true });
    await applyTransition(u.reviewer, {
      allianceId: id,
      transition: "DIVISION_RETURN",
      version: await version(id),
      opinion: "请补充技术创新目标的量化指标后重新提交。",
    });
  }
  await saveDraft(
    u.filer,
    ZFilingDraftInput.parse({
      allianceId: focusId,
      version: await version(focusId),
      ...form,
      innovationGoal: `${form.innovationGoal}到2028年攻克关键技术10项。`,
      members: goodMembers(),
    }),
  );
  await submitFiling(u.filer, { allianceId: focusId, version: await version(focusId) });
  filedId = (
    await p.alliance.create({
      data: { name: "吉林省碳纤维产业科技创新联盟", industryCode: "NEW_ENERGY", state: "FILED", leadOrgId, createdById: u.filer.id, currentVersionNo: 1 },
    })
  ).id;
  await p.filing.create({
    data: {
      allianceId: filedId,
      year: 2025,
      seq: 1,
      number: "吉科联备〔2025〕001号",
      verificationCode: "QCFI-LED0-0001",
      officerId: u.officer.id,
      noticeStartsOn: new Date(),
      noticeEndsOn: new Date(Date.now() + 7 * 86_400_000),
    },
  });

  await grow(3);
  sizes.small = await measureSize();
  small = await countAll();
  await grow(30);
  sizes.large = await measureSize();
  large = await countAll();
}, 300_000);

describe("SQL statements per page loader (no N+1)", () => {
  it("the large data set really is larger: four times the alliances in scope and more, more members and filings", () => {
    expect(sizes.small.alliances).toBeGreaterThanOrEqual(5);
    expect(sizes.large.alliances).toBeGreaterThanOrEqual(sizes.small.alliances * 4);
    expect(sizes.large.members).toBeGreaterThan(sizes.small.members * 2);
    expect(sizes.large.notices).toBeGreaterThan(sizes.small.notices * 3);
  });

  for (const page of PAGES) {
    it(`${page.name}: the same number of queries with 3 and with 30 alliances, at most ${page.ceiling}`, () => {
      const before = small.get(page.name)!;
      const after = large.get(page.name)!;
      expect(before).toBeGreaterThan(0);
      expect({ page: page.name, queries: after }).toEqual({ page: page.name, queries: before });
      expect(after).toBeLessThanOrEqual(page.ceiling);
    });
  }
});

describe("home figures read the cheap way", () => {
  it("the audit admin's total (the chain's highest seq) is the number of audit events", async () => {
    const home = await getHomeData(u.auditor);
    expect(home.audit!.total).toBe(await t.prisma().auditEvent.count());
    expect(home.audit!.total).toBeGreaterThan(30);
  });
});

describe("the counter itself", () => {
  it("sees every statement, including those inside a transaction", async () => {
    const plain = await countQueries(() => db().alliance.count());
    expect(plain.count).toBe(1);
    expect(plain.statements[0]).toMatch(/SELECT COUNT/i);
    const tx = await countQueries(() => db().$transaction(async (q) => [await q.alliance.count(), await q.user.count()]));
    expect(tx.statements.filter((s) => /COUNT/i.test(s))).toHaveLength(2);
  });

  it("catches an N+1: one query per row grows with the rows", async () => {
    const perRow = async () => {
      const rows = await db().alliance.findMany({ select: { id: true }, take: 30 });
      for (const r of rows) await db().membership.count({ where: { allianceId: r.id } });
    };
    const few = await countQueries(async () => {
      const rows = await db().alliance.findMany({ select: { id: true }, take: 3 });
      for (const r of rows) await db().membership.count({ where: { allianceId: r.id } });
    });
    const many = await countQueries(perRow);
    expect(many.count).toBeGreaterThan(few.count);
  });

  it("refuses to count two things at once", async () => {
    await expect(countQueries(() => countQueries(() => db().user.count()))).rejects.toThrow(/already counting/);
  });
});
