// The lists of 七（一）calls, 厅务会 meetings, 八（四）revocation proposals and the oversight page's sections
// page on the server with a true total, search (names and filing numbers), filter and sort by a whitelist,
// and take their state from the query string: a hostile parameter is ignored with a Chinese note, never a
// 500, and a division reviewer never sees another division's calls. (The review queue, public notice and
// the other lists are in list-paging.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { findCalls } from "@/lib/calls/find-calls";
import { CALL_LIST } from "@/lib/calls/call-list";
import { listMeetings, countAgendaCandidates } from "@/lib/meetings/meetings";
import { MEETING_LIST } from "@/lib/meetings/meeting-list";
import { findRevocations, findOpenRevocations } from "@/lib/assessment/revocation";
import { countOversightItems, findOversightItems, findOversightSection } from "@/lib/oversight/find-oversight";
import { OVERSIGHT_SECTIONS, OVERVIEW_ROWS } from "@/lib/oversight/oversight-list";
import { findOperationTiles } from "@/lib/home/operation-tiles";
import { codeOf } from "../helpers/errors";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { code } from "../helpers/filing-fixture";

const t = useTestDatabase();
const u = {} as Record<"reviewer" | "otherReviewer" | "secretary" | "center" | "filer" | "officer", SessionUser>;
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
  { status: "__proto__" },
  { status: "ALL" },
  { section: "__proto__" },
  { result: "PROPOSED" },
  { industry: '\'; DROP TABLE "Alliance"; --' },
];
/** A hostile parameter leaves a Chinese note (unless the list has no such parameter) and never enters the kept query. */
function expectRefused(
  out: { list: { problems: Record<string, string>; query: Record<string, string> } },
  params: Record<string, string>,
  known: readonly string[],
) {
  const key = Object.keys(params)[0]!;
  const notes = Object.values(out.list.problems);
  if (known.includes(key)) expect(notes.length, JSON.stringify(params)).toBeGreaterThan(0);
  for (const n of notes) expect(n).toMatch(/[\u4e00-\u9fff]/);
  expect(out.list.query, JSON.stringify(params)).not.toHaveProperty(key);
}

const DAY = 86_400_000;
const NOW = new Date();
const FILED = 24;
let alliances: { id: string; name: string; number: string }[] = [];

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: [], divisionId: ht.id } });
  await p.industry.create({ data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: [], divisionId: rural.id } });
  const lead = await p.organization.create({ data: { name: "吉林省松辽运行测试集团有限公司", type: "ENTERPRISE", creditCode: code(320_001) } });
  const joiner = await p.organization.create({ data: { name: "长春百分之百_材料有限公司", type: "ENTERPRISE", creditCode: code(320_002) } });
  u.reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  u.otherReviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
  u.secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  u.center = await makeUser(p, ["SERVICE_CENTER"]);
  u.officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
  u.filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });

  // 25 calls: 22 in 新能源 (高新技术处), 3 in 新农业; every third one closed, two more past their deadline.
  for (let i = 0; i < 25; i++) {
    await p.call.create({
      data: {
        industryCode: i < 22 ? "NEW_ENERGY" : "NEW_AGRICULTURE",
        title: `${i === 7 ? "百分之百_" : ""}测试征集${String(i).padStart(2, "0")}号`,
        deadline: new Date(NOW.getTime() + (i === 1 || i === 2 ? -5 : 10 + i) * DAY),
        status: i % 3 === 0 ? "CLOSED" : "OPEN",
        createdById: u.secretary.id,
        createdAt: new Date(NOW.getTime() - (30 - i) * DAY),
      },
    });
  }

  // 24 filed alliances (新能源 and 新农业 alternately), each with its filing number, plus one in review.
  for (let i = 0; i < FILED; i++) {
    const name = `吉林省运行测试${String(i).padStart(2, "0")}号产业科技创新联盟`;
    const number = `吉科联备〔2025〕${String(100 + i)}号`;
    const a = await p.alliance.create({
      data: {
        name,
        industryCode: i % 2 ? "NEW_AGRICULTURE" : "NEW_ENERGY",
        state: "FILED",
        leadOrgId: lead.id,
        createdById: u.filer.id,
        currentVersionNo: 1,
        filing: {
          create: {
            year: 2025,
            seq: 100 + i,
            number,
            verificationCode: `OP${String(i).padStart(2, "0")}-0000-0000`,
            officerId: u.officer.id,
            noticeStartsOn: new Date("2025-05-01T00:00:00Z"),
            noticeEndsOn: new Date("2025-05-08T00:00:00Z"),
          },
        },
      },
    });
    alliances.push({ id: a.id, name, number });
    // Revocation proposals: 21 open, 2 confirmed, 1 set aside.
    await p.revocation.create({
      data: {
        allianceId: a.id,
        basisAssessmentIds: [],
        reason: "连续两年考核不合格",
        status: i < 21 ? "PROPOSED" : i < 23 ? "CONFIRMED" : "DISMISSED",
        proposedAt: new Date(NOW.getTime() - (50 - i) * DAY),
        ...(i >= 21 && i < 23 ? { confirmedAt: NOW } : i === 23 ? { dismissedAt: NOW, note: "申诉成立" } : {}),
      },
    });
    // Dissolution votes: 22 passed and waiting, one failed, one with none.
    if (i < 23)
      await p.dissolutionVote.create({
        data: {
          allianceId: a.id,
          votedOn: new Date(`2026-0${1 + (i % 9)}-${String(1 + i).padStart(2, "0")}T00:00:00Z`),
          councilSize: 10,
          votesFor: i < 22 ? 9 : 5,
          passed: i < 22,
          proposal: "解散议案",
          createdById: u.filer.id,
        },
      });
    // Flagged membership changes: 22 waiting for the center, one already acknowledged.
    if (i < 23)
      await p.membershipChange.create({
        data: {
          allianceId: a.id,
          organizationId: joiner.id,
          kind: "EXIT",
          status: "APPROVED",
          flagged: true,
          acknowledgedAt: i === 22 ? NOW : null,
          ruleWarnings: [],
          createdById: u.filer.id,
          createdAt: new Date(NOW.getTime() - (40 - i) * DAY),
        },
      });
    // Council terms: 0-9 end within 90 days, 10-14 ended (10 with an earlier term too), 15-19 end in two years, 20-23 none.
    const day = (offset: number) => new Date(Math.floor((NOW.getTime() + offset * DAY) / DAY) * DAY);
    if (i < 20) {
      const ends = i < 10 ? day(5 + i * 3) : i < 15 ? day(-10 - i) : day(700);
      if (i === 10) await p.councilTerm.create({ data: { allianceId: a.id, termNo: 1, startsOn: day(-2200), endsOn: day(-1100), seats: 4 } });
      await p.councilTerm.create({ data: { allianceId: a.id, termNo: i === 10 ? 2 : 1, startsOn: day(-1000), endsOn: ends, seats: 4 } });
    }
  }
  const inReview = await p.alliance.create({
    data: {
      name: "吉林省待审议测试产业科技创新联盟",
      industryCode: "NEW_ENERGY",
      state: "MEETING",
      leadOrgId: lead.id,
      createdById: u.filer.id,
      currentVersionNo: 1,
    },
  });

  // 23 meetings: 20 closed with a date, 3 open (one undated); the first has filed alliance 05 on its agenda.
  for (let i = 0; i < 23; i++) {
    const m = await p.meeting.create({
      data: {
        sessionNo: `2026年第${String(i + 1).padStart(2, "0")}次`,
        title: i === 4 ? "百分之百_专题会" : `厅务会${i + 1}`,
        heldOn: i === 22 ? null : new Date(`2026-0${1 + (i % 9)}-${String(1 + i).padStart(2, "0")}T00:00:00Z`),
        closedAt: i < 20 ? NOW : null,
        createdById: u.secretary.id,
        createdAt: new Date(NOW.getTime() - (30 - i) * DAY),
      },
    });
    if (i === 0) await p.meetingDecision.create({ data: { meetingId: m.id, allianceId: alliances[5]!.id, versionNo: 1, outcome: "APPROVE" } });
    if (i === 21) await p.meetingDecision.create({ data: { meetingId: m.id, allianceId: inReview.id, versionNo: 1 } });
  }
}, 120_000);

describe("the calls list (七（一）)", () => {
  it("pages on the server with the true total of each user's scope", async () => {
    const first = await findCalls(u.secretary, {});
    expect(first.total).toBe(25);
    expect(first.rows).toHaveLength(20);
    const second = await findCalls(u.secretary, { page: "2" });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((c) => c.id)).size).toBe(25);
    // Latest deadline first by default.
    const deadlines = first.rows.map((c) => c.deadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => b - a));
    expect((await findCalls(u.filer, {})).total).toBe(25);
  });

  it("never shows another division's calls, on any page, in any total, whatever is asked", async () => {
    for (const params of [{}, { page: "2" }, { industry: "NEW_AGRICULTURE" }, { q: "测试" }, { sort: "title", dir: "desc" }, ...HOSTILE]) {
      const mine = await findCalls(u.reviewer, params);
      const theirs = await findCalls(u.otherReviewer, params);
      expect(
        mine.rows.every((c) => c.industry.name === "新能源"),
        JSON.stringify(params),
      ).toBe(true);
      expect(
        theirs.rows.every((c) => c.industry.name === "新农业"),
        JSON.stringify(params),
      ).toBe(true);
      expect(mine.total).toBeLessThanOrEqual(22);
      expect(theirs.total).toBeLessThanOrEqual(3);
    }
    expect((await findCalls(u.reviewer, {})).total).toBe(22);
    expect((await findCalls(u.reviewer, { industry: "NEW_AGRICULTURE" })).total).toBe(0);
    expect(await codeOf(findCalls(u.center, {}))).toBe("FORBIDDEN");
  });

  it("searches titles and industries; % and _ are searched as typed", async () => {
    expect((await findCalls(u.secretary, { q: "征集07号" })).rows.map((c) => c.title)).toEqual(["百分之百_测试征集07号"]);
    expect((await findCalls(u.secretary, { q: "新农业" })).total).toBe(3);
    expect((await findCalls(u.secretary, { q: "%" })).total).toBe(0);
    expect((await findCalls(u.secretary, { q: "_" })).total).toBe(1);
  });

  it("filters open and closed calls with totals that agree with each row's mark", async () => {
    const open = await findCalls(u.secretary, { status: "open" });
    const closed = await findCalls(u.secretary, { status: "closed" });
    expect(open.total + closed.total).toBe(25);
    expect(closed.total).toBe(9 + 2); // every third one closed, and two open ones past their deadline
    expect(open.rows.every((c) => c.open)).toBe(true);
    expect(closed.rows.every((c) => !c.open)).toBe(true);
  });

  it("sorts by each whitelisted column both ways and keeps a stable order across pages", async () => {
    const asc = (await findCalls(u.secretary, { sort: "title", dir: "asc" })).rows.map((c) => c.title);
    expect(asc).toEqual([...asc].sort());
    const desc = (await findCalls(u.secretary, { sort: "title", dir: "desc" })).rows.map((c) => c.title);
    expect(desc).toEqual([...desc].sort().reverse());
    for (const sort of Object.keys(CALL_LIST.spec.sorts)) {
      for (const dir of ["asc", "desc"]) {
        const a = await findCalls(u.secretary, { sort, dir });
        const b = await findCalls(u.secretary, { sort, dir, page: "2" });
        expect(new Set([...a.rows, ...b.rows].map((c) => c.id)).size, `${sort} ${dir}`).toBe(25);
        expect(a.list.problems).toEqual({});
      }
    }
  });

  it("ignores hostile parameters with a Chinese note and shows the default list", async () => {
    for (const params of HOSTILE) {
      const out = await findCalls(u.secretary, params);
      expect(out.total, JSON.stringify(params)).toBe(25);
      expectRefused(out, params, ["q", "page", "sort", "dir", "status", "industry"]);
    }
    const past = await findCalls(u.secretary, { page: "9" });
    expect(past.page).toBe(2);
    expect(past.list.problems.page).toBe("没有第 9 页，已显示最后一页（第 2 页）");
  });
});

describe("the 厅务会 list (七（三）)", () => {
  it("pages with a true total, newest first, and counts the filings waiting for an agenda", async () => {
    const first = await listMeetings(u.secretary, {});
    expect(first.total).toBe(23);
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]!.sessionNo).toBe("2026年第23次");
    expect((await listMeetings(u.secretary, { page: "2" })).rows).toHaveLength(3);
    expect(await countAgendaCandidates(u.secretary)).toBe(0); // the one in MEETING is on an open agenda
    expect(await codeOf(listMeetings(u.reviewer, {}))).toBe("FORBIDDEN");
  });

  it("searches session, topic, an agenda item's alliance name and its filing number; filters open and closed", async () => {
    expect((await listMeetings(u.secretary, { q: "第05次" })).rows.map((m) => m.sessionNo)).toEqual(["2026年第05次"]);
    expect((await listMeetings(u.secretary, { q: "百分之百_" })).rows.map((m) => m.sessionNo)).toEqual(["2026年第05次"]);
    expect((await listMeetings(u.secretary, { q: "运行测试05号" })).rows.map((m) => m.sessionNo)).toEqual(["2026年第01次"]);
    expect((await listMeetings(u.secretary, { q: alliances[5]!.number })).rows.map((m) => m.sessionNo)).toEqual(["2026年第01次"]);
    expect((await listMeetings(u.secretary, { q: "待审议测试" })).rows.map((m) => m.sessionNo)).toEqual(["2026年第22次"]);
    expect((await listMeetings(u.secretary, { q: "%" })).total).toBe(0);
    expect((await listMeetings(u.secretary, { status: "open" })).total).toBe(3);
    expect((await listMeetings(u.secretary, { status: "closed" })).rows.every((m) => m.closedAt !== null)).toBe(true);
  });

  it("sorts by every whitelisted column both ways; an undated meeting comes last by date either way", async () => {
    for (const dir of ["asc", "desc"]) {
      const byDate = await listMeetings(u.secretary, { sort: "held", dir, page: "2" });
      expect(byDate.rows.at(-1)!.heldOn, dir).toBeNull();
    }
    for (const sort of Object.keys(MEETING_LIST.spec.sorts)) {
      const a = await listMeetings(u.secretary, { sort });
      const b = await listMeetings(u.secretary, { sort, page: "2" });
      expect(new Set([...a.rows, ...b.rows].map((m) => m.id)).size, sort).toBe(23);
    }
  });

  it("ignores hostile parameters with a Chinese note", async () => {
    for (const params of HOSTILE) {
      const out = await listMeetings(u.secretary, params);
      expect(out.total, JSON.stringify(params)).toBe(23);
      expectRefused(out, params, ["q", "page", "sort", "dir", "status"]);
    }
  });
});

describe("the revocation proposals (八（四）)", () => {
  it("pages the open ones oldest first and the handled ones newest first, each with its true total", async () => {
    const open = await findRevocations(u.center, {});
    expect(open.view).toBe("open");
    expect([open.total, open.openTotal, open.closedTotal]).toEqual([21, 21, 3]);
    expect(open.rows).toHaveLength(20);
    expect(open.rows[0]!.alliance.name).toContain("运行测试00号");
    expect((await findRevocations(u.center, { page: "2" })).rows.map((r) => r.alliance.name)).toEqual([alliances[20]!.name]);
    const closed = await findRevocations(u.center, { status: "closed" });
    expect(closed.view).toBe("closed");
    expect(closed.rows.map((r) => r.alliance.name)).toEqual([23, 22, 21].map((i) => alliances[i]!.name));
    expect((await findRevocations(u.center, { status: "closed", result: "DISMISSED" })).rows.map((r) => r.note)).toEqual(["申诉成立"]);
    expect(closed.rows.every((r) => r.status !== "PROPOSED")).toBe(true);
    expect(await codeOf(findRevocations(u.reviewer, {}))).toBe("FORBIDDEN");
    // The unpaged reader the tests and scripts use is bounded too.
    expect(await findOpenRevocations(u.center, 5)).toHaveLength(5);
  });

  it("searches by filing number, alliance and lead unit, filters by industry, in both views", async () => {
    const byNumber = await findRevocations(u.center, { q: alliances[3]!.number });
    expect(byNumber.rows.map((r) => r.alliance.filing?.number)).toEqual([alliances[3]!.number]);
    expect([byNumber.openTotal, byNumber.closedTotal]).toEqual([1, 0]);
    expect((await findRevocations(u.center, { q: "松辽运行测试" })).total).toBe(21);
    expect((await findRevocations(u.center, { industry: "NEW_AGRICULTURE" })).total).toBe(10); // 1, 3, … 19
    expect((await findRevocations(u.center, { status: "closed", q: "运行测试23号" })).total).toBe(1);
    const byName = (await findRevocations(u.center, { sort: "name", dir: "desc" })).rows.map((r) => r.alliance.name);
    expect(byName).toEqual([...byName].sort().reverse());
  });

  it("ignores hostile parameters with a Chinese note", async () => {
    for (const params of HOSTILE) {
      const out = await findRevocations(u.center, params);
      expect(out.total, JSON.stringify(params)).toBe(21);
      expectRefused(out, params, ["q", "page", "sort", "dir", "status", "industry", "result"]);
    }
  });
});

describe("the oversight page (八（一）、（四）)", () => {
  it("the overview shows the first rows of every section with its true total; the home tiles read the same totals", async () => {
    const items = await findOversightItems(u.center, NOW);
    const totals = {
      revocations: items.revocations.total,
      dissolutions: items.dissolutions.total,
      flaggedChanges: items.flaggedChanges.total,
      expiringTerms: items.expiringTerms.total,
    };
    expect(totals).toEqual({ revocations: 21, dissolutions: 22, flaggedChanges: 22, expiringTerms: 19 });
    for (const s of Object.values(items)) expect(s.rows).toHaveLength(OVERVIEW_ROWS);
    expect(await countOversightItems(u.center, NOW)).toEqual(totals);
    const tiles = await findOperationTiles(u.center, NOW);
    expect(tiles.find((x) => x.key === "expiring-terms")).toMatchObject({ count: 19, href: "/oversight?section=terms" });
    expect(await codeOf(findOversightItems(u.reviewer, NOW))).toBe("FORBIDDEN");
    expect(await codeOf(findOversightSection(u.reviewer, { section: "terms" }, NOW))).toBe("FORBIDDEN");
  });

  it("council terms: each alliance once, by its latest term, most urgent first, those with none last", async () => {
    const first = await findOversightSection(u.center, { section: "terms" }, NOW);
    const second = await findOversightSection(u.center, { section: "terms", page: "2" }, NOW);
    expect([first.total, first.rows.length]).toEqual([19, 19]);
    // Page 2 of one page is past the end: the last page instead, and a note that says so.
    expect([second.page, second.rows.length]).toEqual([1, 19]);
    expect(second.list.problems.page).toBe("没有第 2 页，已显示最后一页（第 1 页）");
    const rows = first.rows as { allianceName: string; daysLeft: number | null; status: string; termNo: number | null }[];
    expect(new Set(rows.map((r) => r.allianceName)).size).toBe(19);
    const dated = rows.filter((r) => r.daysLeft !== null).map((r) => r.daysLeft!);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(rows.slice(-4).every((r) => r.status === "NONE")).toBe(true);
    expect(rows.find((r) => r.allianceName === alliances[10]!.name)).toMatchObject({ termNo: 2, status: "EXPIRED" });
    expect(rows.some((r) => r.allianceName === alliances[15]!.name)).toBe(false); // ends in two years
    const desc = (await findOversightSection(u.center, { section: "terms", sort: "date", dir: "desc" }, NOW)).rows as typeof rows;
    expect(desc.slice(-4).every((r) => r.status === "NONE")).toBe(true);
    const byName = ((await findOversightSection(u.center, { section: "terms", sort: "name" }, NOW)).rows as typeof rows).map((r) => r.allianceName);
    expect(byName).toEqual([...byName].sort());
  });

  it("each section pages, searches by filing number or name, filters by industry and sorts", async () => {
    const expected = { revocations: 21, dissolutions: 22, flagged: 22, terms: 19 } as const;
    for (const section of OVERSIGHT_SECTIONS) {
      const first = await findOversightSection(u.center, { section }, NOW);
      expect(first.total, section).toBe(expected[section]);
      expect(first.rows.length, section).toBe(Math.min(20, expected[section]));
      if (expected[section] > 20) expect((await findOversightSection(u.center, { section, page: "2" }, NOW)).rows.length, section).toBe(expected[section] - 20);
      expect((await findOversightSection(u.center, { section, q: alliances[2]!.number }, NOW)).total, section).toBe(1);
      expect((await findOversightSection(u.center, { section, q: "运行测试04号" }, NOW)).total, section).toBe(1);
      expect((await findOversightSection(u.center, { section, q: "%" }, NOW)).total, section).toBe(0);
      const agri = await findOversightSection(u.center, { section, industry: "NEW_AGRICULTURE" }, NOW);
      expect(agri.total, section).toBeLessThan(expected[section]);
      expect(agri.total, section).toBeGreaterThan(0);
      for (const sort of ["date", "name"])
        for (const dir of ["asc", "desc"]) {
          const out = await findOversightSection(u.center, { section, sort, dir }, NOW);
          expect(out.total, `${section} ${sort} ${dir}`).toBe(expected[section]);
          expect(out.list.problems).toEqual({});
        }
    }
  });

  it("ignores hostile parameters in every section with a Chinese note", async () => {
    for (const section of OVERSIGHT_SECTIONS) {
      for (const params of HOSTILE) {
        const all = { section, ...params };
        const out = await findOversightSection(u.center, all, NOW);
        expect(out.total, `${section} ${JSON.stringify(params)}`).toBe(
          params.section ? 21 : { revocations: 21, dissolutions: 22, flagged: 22, terms: 19 }[section],
        );
        const notes = Object.values(out.list.problems);
        for (const n of notes) expect(n).toMatch(/[\u4e00-\u9fff]/);
        if (!("status" in params || "result" in params)) expect(notes.length, `${section} ${JSON.stringify(params)}`).toBeGreaterThan(0);
      }
    }
  });
});
