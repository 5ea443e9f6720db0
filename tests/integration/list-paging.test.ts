// Long lists page on the server with a true total, search, filter and sort by a whitelist, and take their
// state from the query string: a hostile parameter is ignored with a Chinese note, never a 500, and a
// division reviewer never sees another division's rows on any page or in any total.
import { beforeAll, describe, expect, it } from "vitest";
import type { AllianceState } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { findQueue } from "@/lib/review/queue";
import { QUEUE_LIST } from "@/lib/review/queue-list";
import { listInNotice, listPublicFilings } from "@/lib/public/notices";
import { findAlliances } from "@/lib/alliances/find-alliances";
import { findUsers } from "@/lib/users/find-users";
import { listObjections } from "@/lib/public/objections";
import { codeOf } from "../helpers/errors";
import { findSchemeReports } from "@/lib/assessment/assess";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { code } from "../helpers/filing-fixture";

const t = useTestDatabase();
const u = {} as Record<"reviewer" | "otherReviewer" | "secretary" | "center" | "filer" | "officer" | "sysadmin", SessionUser>;
const HOSTILE: Record<string, string>[] = [
  { q: "\u0000" },
  { q: "联盟\u0000" },
  { q: "x".repeat(61) },
  { page: "-1" },
  { page: "0" },
  { page: "1e9" },
  { page: "2.5" },
  { page: "99999999" },
  { sort: "__proto__" },
  { sort: "constructor" },
  { sort: "toString" },
  { sort: "name;drop table" },
  { dir: "sideways" },
  { state: "__proto__" },
  { industry: '\'; DROP TABLE "Alliance"; --' },
  { division: "not-a-uuid" },
  { age: "forever" },
  { status: "ALL" },
  { year: "1e3" },
];

// 25 alliances in 新能源 (高新技术处) and 7 in 新农业 (农村科技处), at each review stage, 12 of them filed.
const HT = 25;
const RURAL = 7;

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: [], divisionId: ht.id } });
  await p.industry.create({ data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: [], divisionId: rural.id } });
  const lead = await p.organization.create({ data: { name: "吉林省松辽测试集团有限公司", type: "ENTERPRISE", creditCode: code(310_001) } });
  const other = await p.organization.create({ data: { name: "吉林省百分之百_测试有限公司", type: "ENTERPRISE", creditCode: code(310_002) } });
  u.reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  u.otherReviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
  u.secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  u.center = await makeUser(p, ["SERVICE_CENTER"]);
  u.filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  const officer = (u.officer = await makeUser(p, ["INSTITUTE_OFFICER"]));
  u.sysadmin = await makeUser(p, ["SYSTEM_ADMIN"]);
  const make = async (i: number, industryCode: string, state: AllianceState) => {
    const a = await p.alliance.create({
      data: {
        name: `吉林省测试${String(i).padStart(2, "0")}号产业科技创新联盟`,
        industryCode,
        state,
        leadOrgId: i % 5 === 0 ? other.id : lead.id,
        createdById: u.filer.id,
        stateSince: new Date(Date.now() - (40 - i) * 86_400_000),
        currentVersionNo: state === "DRAFT" ? 0 : 1,
      },
    });
    if (state === "FILED" || state === "REVOKED") {
      const filedAt = new Date(`${2024 + (i % 2)}-03-${String(1 + (i % 28)).padStart(2, "0")}T02:00:00Z`);
      await p.filing.create({
        data: {
          allianceId: a.id,
          year: filedAt.getUTCFullYear(),
          seq: i,
          number: `吉科联备〔${filedAt.getUTCFullYear()}〕${String(i).padStart(3, "0")}号`,
          verificationCode: `LP${String(i).padStart(2, "0")}-0000-0000`,
          filedAt,
          officerId: officer.id,
          noticeStartsOn: filedAt,
          noticeEndsOn: new Date(filedAt.getTime() + 7 * 86_400_000),
          revokedAt: state === "REVOKED" ? filedAt : null,
        },
      });
    }
  };
  for (let i = 0; i < HT; i++) await make(i, "NEW_ENERGY", i < 21 ? "DIVISION_REVIEW" : "FILED");
  for (let i = HT; i < HT + RURAL; i++) await make(i, "NEW_AGRICULTURE", i < HT + 3 ? "DIVISION_REVIEW" : i === HT + 3 ? "REVOKED" : "FILED");
  await make(99, "NEW_ENERGY", "DRAFT");
  // 25 objections on the filing 〔2025〕021号 (5 handled) and 1 on 〔2024〕022号; 30 more accounts, 3 of them locked, 2 disabled.
  const filings = await p.filing.findMany({ where: { seq: { in: [21, 22] } }, orderBy: { seq: "asc" } });
  await p.objection.createMany({
    data: Array.from({ length: 25 }, (_, i) => ({
      filingId: filings[0]!.id,
      name: "王某",
      contact: "13900000000",
      content: `异议${i}`,
      handledAt: i < 5 ? new Date() : null,
      createdAt: new Date(Date.now() - i * 60_000),
    })),
  });
  await p.objection.create({ data: { filingId: filings[1]!.id, name: "李某", contact: "13900000001", content: "异议", createdAt: new Date(0) } });
  for (let i = 0; i < 30; i++) {
    const x = await makeUser(p, [i % 2 ? "SERVICE_CENTER" : "DEPARTMENT_SECRETARY"], { username: `lp.staff${String(i).padStart(2, "0")}` });
    if (i < 3) await p.user.update({ where: { id: x.id }, data: { lockedUntil: new Date(Date.now() + 3_600_000) } });
    if (i >= 28) await p.user.update({ where: { id: x.id }, data: { active: false } });
  }
}, 120_000);

describe("the review queue", () => {
  it("pages on the server with the true total of the reviewer's scope", async () => {
    const first = await findQueue(u.reviewer, {});
    expect(first.total).toBe(21);
    expect(first.rows).toHaveLength(20);
    expect(first.pages).toBe(2);
    const second = await findQueue(u.reviewer, { page: "2" });
    expect(second.rows).toHaveLength(1);
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(21);
    // Oldest first by default.
    expect(first.rows.map((r) => r.stateSince.getTime())).toEqual([...first.rows.map((r) => r.stateSince.getTime())].sort((a, b) => a - b));
  });

  it("never shows another division's rows, on any page, in any total, whatever is asked", async () => {
    for (const params of [{}, { page: "2" }, { industry: "NEW_AGRICULTURE" }, { q: "测试" }, { sort: "name", dir: "desc" }, ...HOSTILE]) {
      const mine = await findQueue(u.reviewer, params);
      const theirs = await findQueue(u.otherReviewer, params);
      expect(
        mine.rows.every((r) => r.industry.name === "新能源"),
        JSON.stringify(params),
      ).toBe(true);
      expect(
        theirs.rows.every((r) => r.industry.name === "新农业"),
        JSON.stringify(params),
      ).toBe(true);
      expect(mine.total).toBeLessThanOrEqual(21);
      expect(theirs.total).toBeLessThanOrEqual(3);
    }
    expect((await findQueue(u.reviewer, { industry: "NEW_AGRICULTURE" })).total).toBe(0);
    expect((await findQueue(u.otherReviewer, {})).total).toBe(3);
    expect((await findQueue(u.secretary, {})).total).toBe(0); // nothing in form review or meeting
  });

  it("searches alliance and lead unit names; % and _ are searched as typed, not as wildcards", async () => {
    expect((await findQueue(u.reviewer, { q: "测试07号" })).rows.map((r) => r.name)).toEqual(["吉林省测试07号产业科技创新联盟"]);
    expect((await findQueue(u.reviewer, { q: "百分之百" })).total).toBe(5); // lead unit of 0, 5, 10, 15, 20
    expect((await findQueue(u.reviewer, { q: "%" })).total).toBe(0);
    expect((await findQueue(u.reviewer, { q: "百分之百_" })).total).toBe(5);
    expect((await findQueue(u.reviewer, { q: "_" })).total).toBe(5);
  });

  it("sorts by each whitelisted column both ways and keeps a stable order across pages", async () => {
    const asc = await findQueue(u.reviewer, { sort: "name", dir: "asc" });
    const desc = await findQueue(u.reviewer, { sort: "name", dir: "desc" });
    expect(asc.rows[0]!.name).toContain("测试00号");
    expect(desc.rows[0]!.name).toContain("测试20号");
    for (const sort of Object.keys(QUEUE_LIST.spec.sorts)) {
      const a = await findQueue(u.reviewer, { sort, page: "1" });
      const b = await findQueue(u.reviewer, { sort, page: "2" });
      expect(new Set([...a.rows, ...b.rows].map((r) => r.id)).size, sort).toBe(21);
      expect(a.list.problems).toEqual({});
    }
  });

  it("ignores hostile parameters with a Chinese note and shows the default list", async () => {
    const plain = await findQueue(u.reviewer, {});
    for (const params of HOSTILE) {
      const out = await findQueue(u.reviewer, params);
      const notes = Object.values(out.list.problems);
      if (!("state" in params || "status" in params || "year" in params)) expect(notes.length, JSON.stringify(params)).toBeGreaterThan(0);
      for (const n of notes) expect(n).toMatch(/[\u4e00-\u9fff]/);
      expect(out.total, JSON.stringify(params)).toBe(plain.total);
      expect(out.list.query).not.toHaveProperty(Object.keys(params)[0]!);
    }
  });

  it("a page past the end shows the last page and says so", async () => {
    const out = await findQueue(u.reviewer, { page: "9" });
    expect(out.page).toBe(2);
    expect(out.rows).toHaveLength(1);
    expect(out.list.problems.page).toBe("没有第 9 页，已显示最后一页（第 2 页）");
  });
});

describe("the public notice", () => {
  it("lists each filing once per page, with a true total, paged", async () => {
    const all = await listPublicFilings({});
    expect(all.total).toBe(8);
    expect(all.rows).toHaveLength(8);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(8);
    const paged = await listPublicFilings({ page: "1" });
    expect(paged.rows.map((r) => r.number)).toEqual(all.rows.map((r) => r.number));
  });

  it("searches by filing number, name and lead unit", async () => {
    expect((await listPublicFilings({ q: "〔2025〕021号" })).rows.map((r) => r.alliance.name)).toEqual(["吉林省测试21号产业科技创新联盟"]);
    expect((await listPublicFilings({ q: "测试23号" })).total).toBe(1);
    expect((await listPublicFilings({ q: "百分之百" })).total).toBe(1); // 25 is filed with that lead unit
  });

  it("filters by status, industry and year with totals that agree with each row's status", async () => {
    const today = new Date();
    for (const status of ["FILED", "REVOKED", "IN_NOTICE", "DISSOLVED"] as const) {
      const out = await listPublicFilings({ status }, today);
      expect(
        out.rows.every((r) => r.status === status),
        status,
      ).toBe(true);
    }
    expect((await listPublicFilings({ status: "REVOKED" })).total).toBe(1);
    expect((await listPublicFilings({ status: "FILED" })).total).toBe(7);
    expect((await listPublicFilings({ industry: "NEW_AGRICULTURE" })).total).toBe(4);
    expect((await listPublicFilings({ year: "2024" })).rows.every((r) => r.number.includes("2024"))).toBe(true);
    // During a notice period the filing is IN_NOTICE in the filter, in its row and in the box above.
    const during = new Date("2025-03-25T04:00:00Z"); // filing 23 (2025-03-24) runs until 03-30
    const running = await listPublicFilings({ status: "IN_NOTICE" }, during);
    expect(running.rows.map((r) => r.number).sort()).toEqual((await listInNotice(during)).map((r) => r.number).sort());
    expect(running.total).toBeGreaterThan(0);
  });

  it("sorts by number (newest first by default), name and filing date", async () => {
    const byNumber = (await listPublicFilings({})).rows.map((r) => r.number);
    expect(byNumber[0]).toContain("2025");
    const byName = (await listPublicFilings({ sort: "name", dir: "asc" })).rows.map((r) => r.alliance.name);
    expect(byName).toEqual([...byName].sort());
    const byDate = (await listPublicFilings({ sort: "filed", dir: "asc" })).rows.map((r) => r.filedAt.getTime());
    expect(byDate).toEqual([...byDate].sort((a, b) => a - b));
  });

  it("answers hostile parameters without failing", async () => {
    for (const params of HOSTILE) {
      const out = await listPublicFilings(params);
      expect(out.total, JSON.stringify(params)).toBe(8);
    }
  });
});

describe("the alliance list", () => {
  it("pages with a true total in scope, searches name and filing number and sorts", async () => {
    const mine = await findAlliances(u.reviewer, {});
    expect(mine.total).toBe(HT); // its division's submitted ones, the draft never
    const theirs = await findAlliances(u.otherReviewer, { page: "2", sort: "name" });
    expect(theirs.total).toBe(RURAL);
    expect(theirs.page).toBe(1); // page 2 of 7 rows is past the end: the last page instead
    expect(theirs.rows).toHaveLength(RURAL);
    expect((await findAlliances(u.center, { q: "〔2024〕022号" })).rows.map((r) => r.name)).toEqual(["吉林省测试22号产业科技创新联盟"]);
    expect((await findAlliances(u.reviewer, { q: "〔2025〕027号" })).total).toBe(0); // another division's filing
    const byName = (await findAlliances(u.center, { sort: "name", dir: "desc" })).rows.map((r) => r.name);
    expect(byName).toEqual([...byName].sort().reverse());
    for (const params of HOSTILE) expect((await findAlliances(u.reviewer, params)).total, JSON.stringify(params)).toBe(HT);
  });
});

describe("the user administration list", () => {
  it("pages with a true total, searches, filters by role and status, sorts", async () => {
    const staff = await findUsers(u.sysadmin, { q: "lp.staff" });
    expect(staff.total).toBe(30);
    expect(staff.rows).toHaveLength(30);
    expect((await findUsers(u.sysadmin, { q: "lp.staff", role: "SERVICE_CENTER" })).total).toBe(15);
    expect((await findUsers(u.sysadmin, { q: "lp.staff", status: "locked" })).rows.map((r) => r.username)).toEqual(["lp.staff00", "lp.staff01", "lp.staff02"]);
    expect((await findUsers(u.sysadmin, { q: "lp.staff", status: "disabled" })).total).toBe(2);
    expect((await findUsers(u.sysadmin, { q: "lp.staff", status: "active" })).total).toBe(25);
    expect((await findUsers(u.sysadmin, { q: "lp.staff", sort: "username", dir: "desc" })).rows[0]!.username).toBe("lp.staff29");
    const all = await findUsers(u.sysadmin, {});
    expect(all.rows).toHaveLength(all.total > 50 ? 50 : all.total);
    expect((await findUsers(u.sysadmin, { q: "%" })).total).toBe(0);
    for (const params of HOSTILE) expect((await findUsers(u.sysadmin, params)).total, JSON.stringify(params)).toBe(all.total);
    expect(await codeOf(findUsers(u.reviewer, {}))).toBe("FORBIDDEN");
  });
});

describe("the objection list", () => {
  it("pages with a true total, open ones first, searches by filing number and alliance, filters handled", async () => {
    const first = await listObjections(u.officer, {});
    expect(first.total).toBe(26);
    expect(first.rows).toHaveLength(20);
    expect(first.open).toBe(21);
    expect(first.rows.every((o) => o.handledAt === null)).toBe(true);
    const second = await listObjections(u.officer, { page: "2" });
    expect(second.rows.slice(-5).every((o) => o.handledAt !== null)).toBe(true);
    expect((await listObjections(u.officer, { q: "〔2024〕022号" })).total).toBe(1);
    expect((await listObjections(u.officer, { q: "测试21号" })).total).toBe(25);
    expect((await listObjections(u.officer, { status: "handled" })).total).toBe(5);
    expect((await listObjections(u.officer, { sort: "received", dir: "asc" })).rows[0]!.filing.number).toContain("022号");
    for (const params of HOSTILE) expect((await listObjections(u.officer, params)).total, JSON.stringify(params)).toBe(26);
    expect(await codeOf(listObjections(u.reviewer, {}))).toBe("FORBIDDEN");
  });
});

describe("the scoring list of annual reports", () => {
  it("pages the handed-in reports with a true total, searches and sorts; counts every alliance without a report", async () => {
    const p = t.prisma();
    const scheme = await p.assessmentScheme.create({
      data: {
        year: 2025,
        title: "2025年度考核方案",
        indicators: [],
        gradeBands: {},
        reportDue: new Date("2099-03-31T00:00:00Z"),
        status: "PUBLISHED",
        createdById: u.center.id,
      },
    });
    const filed = await p.alliance.findMany({ where: { state: "FILED" }, orderBy: { name: "asc" } });
    for (const [i, a] of filed.slice(0, 5).entries()) {
      await p.annualReport.create({
        data: { allianceId: a.id, schemeId: scheme.id, year: 2025, figures: {}, status: "SUBMITTED", submittedAt: new Date(Date.now() - i * 60_000) },
      });
    }
    const all = await findSchemeReports(u.center, scheme.id, { page: "1" });
    expect(all.reports.total).toBe(5);
    expect(all.reports.rows.map((r) => r.alliance.name)).toEqual(
      filed
        .slice(0, 5)
        .map((a) => a.name)
        .reverse(),
    ); // oldest handed in first
    expect(all.missingTotal).toBeGreaterThanOrEqual(all.missing.length);
    expect((await findSchemeReports(u.center, scheme.id, { q: filed[0]!.name.slice(3, 9) })).reports.total).toBe(1);
    expect((await findSchemeReports(u.center, scheme.id, { sort: "name", dir: "desc" })).reports.rows[0]!.alliance.name).toBe(filed[4]!.name);
    expect((await findSchemeReports(u.center, scheme.id, { status: "MISSING" })).reports.total).toBe(0);
    for (const params of HOSTILE) expect((await findSchemeReports(u.center, scheme.id, params)).reports.total, JSON.stringify(params)).toBe(5);
  });
});
