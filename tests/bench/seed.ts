// Seeds the benchmark database: the demo data (accounts, divisions, industries, demo alliances) through the
// portal's own seed, then a whole province's volume with set-based inserts (bulk-insert.ts). Audit events go
// through the database trigger, which chains their hashes (nothing bypasses it).
import crypto from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/create-prisma";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { scoreReport } from "@/lib/assessment/score";
import { councilTermEnds } from "@/lib/rules/operation-rules";
import { formatFilingNumber } from "@/lib/review/filing-number";
import { DEPARTMENT_UNIT } from "@/lib/review/facts";
import type { AllianceState } from "@/lib/db/generated/enums";
import { ZFilingStrictFields, type TFilingDraftFields } from "@/lib/validation/filing";
import { blockingResults } from "@/lib/rules/filing-rules";
import { bulkInsert } from "./bulk-insert";
import * as N from "./names";
import { DAY, STATE_MIX, fieldsOf, historyOf, isFiledState, makeAlliance, makeOrgs, snapshotOf, type Alliance, type Event, type Org, type Staff } from "./plan";

export interface SeedResult {
  seconds: number;
  counts: Record<string, number>;
  /** The demo filer's complete drafts (20 members, three attachments): autosave and submission targets. */
  pool: { id: string; version: number; fields: TFilingDraftFields }[];
}

const TARGETS = { alliances: 2000, memberships: 40_000, applicationVersions: 10_000, assessments: 6000, auditEvents: 200_000 };
const uuid = () => crypto.randomUUID();
const iso = (d: Date) => d.toISOString();
const ymd = (d: Date) => d.toISOString().slice(0, 10);

export const AUDIT_SEQ_INDEX = "bench_AuditEvent_seq_desc";

export async function seedBench(
  url: string,
  log: (msg: string) => void,
  opts: { scale?: number; poolSize?: number; keepAuditIndex?: boolean } = {},
): Promise<SeedResult> {
  const started = Date.now();
  const scale = opts.scale ?? 1;
  const now = new Date();
  const r = N.rng(20261124);
  await applyMigrations(url);
  const prisma = createPrisma(url, 2);
  await seedDemoIfEmpty(prisma);
  await prisma.$disconnect();
  log(`演示数据已载入（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);

  const c = new pg.Client({ connectionString: url });
  // A database stopped under it (Ctrl-C) fails the current query; the client's own error event must not crash the clean-up.
  c.on("error", (err) => log(`数据库连接中断：${err.message}`));
  await c.connect();
  const step = async (label: string, fn: () => Promise<void>) => {
    const t0 = Date.now();
    await fn();
    log(`${label}（${((Date.now() - t0) / 1000).toFixed(1)} 秒）`);
  };
  try {
    // ---------- what the demo seed made ----------
    const users = (
      await c.query<{ id: string; username: string; roles: string; divisionId: string | null; organizationId: string | null; division: string | null }>(
        `SELECT u.id, u.username, array_to_string(u.roles, ',') AS roles, u."divisionId", u."organizationId", d.name AS division FROM "User" u LEFT JOIN "Division" d ON d.id = u."divisionId"`,
      )
    ).rows;
    const user = (name: string) => users.find((u) => u.username === name)!;
    const staffOf = (name: string): Staff => {
      const u = user(name);
      return { id: u.id, username: u.username, roles: u.roles, unit: u.division ?? DEPARTMENT_UNIT };
    };
    const industries = (
      await c.query<{ code: string; name: string; divisionId: string; division: string; divisionCode: string }>(
        `SELECT i.code, i.name, i."divisionId", d.name AS division, d.code AS "divisionCode" FROM "Industry" i JOIN "Division" d ON d.id = i."divisionId"`,
      )
    ).rows;
    const filerOrg = (
      await c.query<Org>(`SELECT id, "creditCode", name, type::text AS type, city, address, 'NEW_ENERGY' AS industry FROM "Organization" WHERE id = $1`, [
        user("filer").organizationId,
      ])
    ).rows[0]!;

    // ---------- organisations ----------
    const orgs = makeOrgs(r, Math.round(12_000 * scale), 10_000);
    await step(`单位 ${orgs.length} 家`, () =>
      bulkInsert(
        c,
        "Organization",
        [
          ["id", "text"],
          ["creditCode", "varchar"],
          ["name", "text"],
          ["type", '"OrgType"'],
          ["city", "text"],
          ["address", "text"],
        ],
        orgs.map((o) => [o.id, o.creditCode, o.name, o.type, o.city, o.address]),
        { constants: { createdAt: "now()", updatedAt: "now()" } },
      ),
    );
    const enterprises = orgs.filter((o) => o.type === "ENTERPRISE");
    const others = orgs.filter((o) => o.type !== "ENTERPRISE");

    // ---------- reviewers for the divisions the demo has none for, and one filer per lead enterprise ----------
    const staffByDivision = new Map<string, Staff>();
    for (const i of industries) {
      const demo = users.find((u) => u.divisionId === i.divisionId && u.roles.includes("DIVISION_REVIEWER"));
      if (demo) staffByDivision.set(i.divisionId, { id: demo.id, username: demo.username, roles: demo.roles, unit: i.division });
    }
    const passwordHash = await hashPassword("Bench#2026jl");
    const newUsers: unknown[][] = [];
    for (const i of industries) {
      if (staffByDivision.has(i.divisionId)) continue;
      const s = { id: uuid(), username: `reviewer_${i.divisionCode.toLowerCase()}`, roles: "DIVISION_REVIEWER", unit: i.division };
      staffByDivision.set(i.divisionId, s);
      newUsers.push([s.id, s.username, N.personName(r), passwordHash, "DIVISION_REVIEWER", i.divisionId, null]);
    }
    const states = STATE_MIX.flatMap(([s, n]) => Array<AllianceState>(Math.round(n * scale)).fill(s));
    const leads = enterprises.slice(0, states.length);
    const filerOf = new Map<string, Staff>();
    leads.forEach((org, i) => {
      const s = { id: uuid(), username: `qy${String(i + 1).padStart(4, "0")}`, roles: "ENTERPRISE_FILER", unit: org.name };
      filerOf.set(org.id, s);
      newUsers.push([s.id, s.username, N.personName(r), passwordHash, "ENTERPRISE_FILER", null, org.id]);
    });
    await step(`账户 ${newUsers.length} 个`, async () => {
      for (const role of ["DIVISION_REVIEWER", "ENTERPRISE_FILER"]) {
        await bulkInsert(
          c,
          "User",
          [
            ["id", "text"],
            ["username", "text"],
            ["displayName", "text"],
            ["passwordHash", "text"],
            ["divisionId", "text"],
            ["organizationId", "text"],
          ],
          newUsers.filter((u) => u[4] === role).map((u) => [u[0], u[1], u[2], u[3], u[5], u[6]]),
          { constants: { roles: `ARRAY['${role}']::"Role"[]`, updatedAt: "now()" } },
        );
      }
    });

    // ---------- alliances with members, council terms and attachments ----------
    const shuffled = states
      .map((s) => ({ s, k: r.next() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.s);
    const alliances: Alliance[] = shuffled.map((state, i) => makeAlliance(r, state, leads[i]!, filerOf.get(leads[i]!.id)!.id, enterprises, others, now));
    const filerStaff = staffOf("filer");
    const poolSize = opts.poolSize ?? 220;
    const pool = Array.from({ length: poolSize }, () => makeAlliance(r, "DRAFT", filerOrg, filerStaff.id, enterprises, others, now, true));
    const all = [...alliances, ...pool];
    // Submission re-checks everything on the server: a pool draft that would be refused makes the submit figures meaningless.
    for (const a of pool) {
      const strict = ZFilingStrictFields.safeParse(fieldsOf(a));
      const blocking = blockingResults(snapshotOf(a, "新能源").results);
      if (!strict.success || blocking.length)
        throw new Error(`待提交草稿不完整：${strict.success ? "" : strict.error.message}${blocking.map((b) => b.message).join("；")}`);
    }
    // Each filed alliance needs years of assessment history; top up versions so the set reaches its targets.
    await step(`联盟 ${all.length} 个，成员 ${all.reduce((s, a) => s + a.members.length, 0)} 家次`, async () => {
      await bulkInsert(
        c,
        "Alliance",
        [
          ["id", "text"],
          ["name", "text"],
          ["kind", '"AllianceKind"'],
          ["industryCode", "text"],
          ["subField", "text"],
          ["leadOrgId", "text"],
          ["state", '"AllianceState"'],
          ["returnedFrom", '"AllianceState"'],
          ["stateSince", "timestamp(3)"],
          ["agreementEffectiveOn", "date"],
          ["technicalField", "text"],
          ["chairName", "text"],
          ["hostUnitName", "text"],
          ["address", "text"],
          ["postcode", "text"],
          ["contactName", "text"],
          ["phone", "text"],
          ["fax", "text"],
          ["city", "text"],
          ["innovationGoal", "text"],
          ["researchDirections", "text"],
          ["currentVersionNo", "int"],
          ["version", "int"],
          ["submittedAt", "timestamp(3)"],
          ["createdById", "text"],
          ["createdAt", "timestamp(3)"],
          ["updatedAt", "timestamp(3)"],
        ],
        all.map((a) => [
          a.id,
          a.name,
          a.kind,
          a.industry,
          a.subField,
          a.lead.id,
          a.state,
          a.returnedFrom,
          iso(a.stateSince),
          ymd(a.agreement),
          a.technicalField,
          a.chairName,
          a.hostUnitName,
          a.address,
          a.postcode,
          a.contactName,
          a.phone,
          a.fax,
          a.city,
          a.innovationGoal,
          a.researchDirections,
          a.versions,
          a.version,
          a.versions ? iso(a.stateSince) : null,
          a.createdById,
          iso(a.createdAt),
          iso(a.stateSince),
        ]),
        { batch: 500 },
      );
      await bulkInsert(
        c,
        "Membership",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["organizationId", "text"],
          ["role", '"AllianceRole"'],
          ["chainPosition", '"ChainPosition"'],
          ["outputValue2022", "numeric"],
          ["profitTax2022", "numeric"],
          ["resources", "text"],
          ["nationalTop10", "boolean"],
          ["provincialTop10", "boolean"],
          ["disciplineStrengths", "text"],
          ["disciplineLeader", "text"],
          ["joinedOn", "date"],
          ["leftOn", "date"],
          ["sortOrder", "int"],
          ["createdAt", "timestamp(3)"],
        ],
        all.flatMap((a) =>
          a.members.map((m, i) => [
            m.id,
            a.id,
            m.org.id,
            m.role,
            m.chain,
            m.output,
            m.profit,
            m.resources,
            m.nationalTop10,
            m.provincialTop10,
            m.disciplineStrengths,
            m.disciplineLeader,
            ymd(a.agreement),
            m.leftOn ? ymd(m.leftOn) : null,
            i,
            iso(a.createdAt),
          ]),
        ),
        { batch: 5000 },
      );
      const terms: unknown[][] = [];
      for (const a of all) {
        const council = a.members.filter((m) => m.role !== "MEMBER").length;
        let start = a.agreement;
        for (let no = 1; no <= 3; no++) {
          const end = councilTermEnds(start);
          terms.push([uuid(), a.id, no, ymd(start), ymd(end), council, ymd(new Date(start.getTime() - 7 * DAY))]);
          if (!isFiledState(a.state) || end > now) break;
          start = new Date(end.getTime() + DAY);
        }
      }
      await bulkInsert(
        c,
        "CouncilTerm",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["termNo", "int"],
          ["startsOn", "date"],
          ["endsOn", "date"],
          ["seats", "int"],
          ["electedOn", "date"],
        ],
        terms,
        { batch: 5000 },
      );
      const docs = all.flatMap((a) => a.docs.map((d) => ({ a, d })));
      await bulkInsert(
        c,
        "Document",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["kind", '"DocumentKind"'],
          ["title", "text"],
          ["createdAt", "timestamp(3)"],
        ],
        docs.map(({ a, d }) => [d.id, a.id, d.kind, d.title, iso(a.createdAt)]),
        { batch: 5000 },
      );
      await bulkInsert(
        c,
        "DocumentVersion",
        [
          ["id", "text"],
          ["documentId", "text"],
          ["fileName", "text"],
          ["mimeType", "text"],
          ["byteSize", "int"],
          ["sha256", "char(64)"],
          ["storageKey", "text"],
          ["uploadedById", "text"],
          ["createdAt", "timestamp(3)"],
        ],
        docs.map(({ a, d }) => [d.versionId, d.id, d.fileName, d.mimeType, d.byteSize, d.sha256, `bench/${d.versionId}`, a.createdById, iso(a.createdAt)]),
        { batch: 5000, constants: { versionNo: "1" } },
      );
    });

    // ---------- submitted versions (snapshots and rule reports as the portal freezes them), opinions, history ----------
    const industryName = new Map(industries.map((i) => [i.code, i.name]));
    const divisionOf = new Map(industries.map((i) => [i.code, i.divisionId]));
    const events: Event[] = [];
    let versionCount = 0;
    await step("申报版本、审核意见和办理记录", async () => {
      const versionRows: unknown[][] = [];
      const opinionRows: unknown[][] = [];
      const commentRows: unknown[][] = [];
      for (const a of alliances) {
        const filer = filerOf.get(a.lead.id)!;
        const h = historyOf(r, a, {
          filer,
          reviewer: staffByDivision.get(divisionOf.get(a.industry)!)!,
          secretary: staffOf("secretary"),
          officer: staffOf("officer"),
          center: staffOf("center"),
        });
        events.push(...h.events);
        if (!h.versions.length) continue;
        const { snapshot, results } = snapshotOf(a, industryName.get(a.industry)!);
        for (const v of h.versions) {
          // Earlier versions differ where the reviewers asked for changes, so the diff has something to show.
          const s =
            v.versionNo < a.versions
              ? { ...snapshot, innovationGoal: snapshot.innovationGoal.slice(0, 120), members: snapshot.members.slice(0, -1) }
              : snapshot;
          versionRows.push([v.id, a.id, v.versionNo, JSON.stringify(s), JSON.stringify(results), filer.id, iso(v.submittedAt)]);
        }
        for (const o of h.opinions) opinionRows.push([o.id, a.id, o.versionId, o.stage, o.decision, o.opinion, o.unit, o.reviewerId, iso(o.at)]);
        if (a.state === "RETURNED") {
          for (const path of ["innovationGoal", "members"])
            commentRows.push([
              uuid(),
              a.id,
              a.versions,
              path,
              path === "members" ? "请核实成员单位2022年产值数据" : "请补充可量化的年度目标",
              h.opinions.at(-1)!.reviewerId,
              iso(a.stateSince),
            ]);
        }
      }
      versionCount = versionRows.length;
      await bulkInsert(
        c,
        "ApplicationVersion",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["versionNo", "int"],
          ["snapshot", "jsonb"],
          ["ruleReport", "jsonb"],
          ["submittedById", "text"],
          ["submittedAt", "timestamp(3)"],
        ],
        versionRows,
        { batch: 250 },
      );
      await bulkInsert(
        c,
        "ReviewOpinion",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["versionId", "text"],
          ["stage", '"ReviewStage"'],
          ["decision", '"ReviewDecision"'],
          ["opinion", "text"],
          ["reviewUnit", "text"],
          ["reviewerId", "text"],
          ["createdAt", "timestamp(3)"],
        ],
        opinionRows,
        { batch: 5000 },
      );
      await bulkInsert(
        c,
        "FieldComment",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["versionNo", "int"],
          ["fieldPath", "text"],
          ["text", "text"],
          ["authorId", "text"],
          ["createdAt", "timestamp(3)"],
        ],
        commentRows,
      );
    });

    // ---------- filings, numbered per year after the demo's ----------
    const filed = alliances.filter((a) => isFiledState(a.state)).sort((x, y) => x.filedAt!.getTime() - y.filedAt!.getTime());
    await step(`备案 ${filed.length} 个`, async () => {
      const last = new Map((await c.query<{ year: number; last: number }>(`SELECT year, last FROM "FilingSequence"`)).rows.map((x) => [x.year, x.last]));
      const rows = filed.map((a) => {
        const year = a.filedAt!.getUTCFullYear();
        const seq = (last.get(year) ?? 0) + 1;
        last.set(year, seq);
        const code = crypto
          .randomBytes(9)
          .toString("base64")
          .replace(/[^A-Z0-9]/gi, "")
          .toUpperCase()
          .padEnd(12, "7")
          .slice(0, 12);
        return [
          uuid(),
          a.id,
          year,
          seq,
          formatFilingNumber(year, seq),
          `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`,
          iso(a.filedAt!),
          staffOf("officer").id,
          ymd(new Date(a.filedAt!.getTime() + DAY)),
          ymd(new Date(a.filedAt!.getTime() + 8 * DAY)),
          a.state === "REVOKED" ? iso(a.stateSince) : null,
        ];
      });
      await bulkInsert(
        c,
        "Filing",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["year", "int"],
          ["seq", "int"],
          ["number", "text"],
          ["verificationCode", "text"],
          ["filedAt", "timestamp(3)"],
          ["officerId", "text"],
          ["noticeStartsOn", "date"],
          ["noticeEndsOn", "date"],
          ["revokedAt", "timestamp(3)"],
        ],
        rows,
      );
      for (const [year, seq] of last)
        await c.query(`INSERT INTO "FilingSequence"(year, last) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET last = EXCLUDED.last`, [year, seq]);
    });

    // ---------- assessment schemes, annual reports and results (scored by the portal's scorer) ----------
    const centerId = staffOf("center").id;
    await step("年度考核方案、报告与考核结果", async () => {
      const have = new Set((await c.query<{ year: number }>(`SELECT year FROM "AssessmentScheme"`)).rows.map((x) => x.year));
      for (let year = 2018; year <= 2026; year++) {
        if (have.has(year)) continue;
        const open = year === 2026;
        await c.query(
          `INSERT INTO "AssessmentScheme"(id, year, title, indicators, "gradeBands", "reportDue", status, "publishedAt", "resultsPublishedAt", "createdById", "updatedAt") VALUES ($1,$2,$3,$4,$5,$6,$7::"SchemeStatus",$8,$9,$10, now())`,
          [
            uuid(),
            year,
            `${year}年度吉林省重点产业科技创新联盟考核指标`,
            JSON.stringify(DEFAULT_SCHEME.indicators),
            JSON.stringify(DEFAULT_SCHEME.gradeBands),
            iso(new Date(Date.UTC(year + 1, 2, 31, 15, 59, 59))),
            open ? "PUBLISHED" : "FROZEN",
            iso(new Date(Date.UTC(year, 0, 15, 2))),
            open ? null : iso(new Date(Date.UTC(year + 1, 3, 25, 2))),
            centerId,
          ],
        );
      }
      const schemeId = new Map((await c.query<{ id: string; year: number }>(`SELECT id, year FROM "AssessmentScheme"`)).rows.map((x) => [x.year, x.id]));
      const reports: unknown[][] = [];
      const results: unknown[][] = [];
      const revocations: unknown[][] = [];
      for (const a of filed) {
        const quality = a.state === "REVOKED" ? 0.25 : 0.45 + r.next() * 0.9;
        const lastYear = a.dissolvedAt ? a.dissolvedAt.getUTCFullYear() - 1 : 2025;
        const mine: { id: string; grade: string }[] = [];
        for (let year = a.filedAt!.getUTCFullYear(); year <= lastYear; year++) {
          const q = quality * (0.8 + r.next() * 0.4);
          const figures = {
            JOINT_PROJECTS: Math.round(3 * q),
            PATENTS_STANDARDS: Math.round(5 * q * 1.2),
            TECH_TRANSFER: Math.round(3 * q),
            ACTIVITIES: Math.round(6 * q),
            RND_INPUT: Math.round(1000 * q),
            TALENT_EXCHANGE: Math.round(20 * q),
          };
          const governance = Math.min(100, Math.round(50 + 45 * q));
          const score = scoreReport(DEFAULT_SCHEME, figures, { GOVERNANCE: governance }, []);
          const reportId = uuid();
          const submittedAt = new Date(Date.UTC(year + 1, 2, r.int(1, 30), 2));
          const filer = filerOf.get(a.lead.id)!.id;
          reports.push([
            reportId,
            a.id,
            schemeId.get(year)!,
            year,
            JSON.stringify(figures),
            `${year}年度，联盟组织成员单位开展联合攻关${figures.JOINT_PROJECTS}项，新增专利和标准${figures.PATENTS_STANDARDS}项，转化成果${figures.TECH_TRANSFER}项。`,
            "围绕产业链关键环节继续开展联合攻关，组织技术交流和人才培训。",
            "ASSESSED",
            iso(submittedAt),
            filer,
          ]);
          const id = uuid();
          mine.push({ id, grade: score.grade });
          results.push([
            id,
            reportId,
            a.id,
            year,
            score.total.toFixed(2),
            score.grade,
            JSON.stringify(score.lines),
            JSON.stringify({ GOVERNANCE: governance }),
            score.grade === "FAIL" ? "主要指标未完成，运行不规范。" : "完成年度主要任务。",
            centerId,
            iso(new Date(Date.UTC(year + 1, 3, 25, 2))),
          ]);
        }
        if (a.state === "REVOKED" && mine.length >= 2)
          revocations.push([
            uuid(),
            a.id,
            mine.slice(-2).map((m) => m.id),
            "连续两年考核结果不达标，依据《实施方案》八（四）取消备案资格",
            "CONFIRMED",
            iso(new Date(a.stateSince.getTime() - 30 * DAY)),
            iso(a.stateSince),
            centerId,
          ]);
        if (a.state === "FILED" && r.chance(0.4)) {
          // This year's report: a draft being written, or handed in and waiting for the center's score.
          const submitted = r.chance(0.4);
          reports.push([
            uuid(),
            a.id,
            schemeId.get(2026)!,
            2026,
            JSON.stringify({ JOINT_PROJECTS: r.int(0, 4), PATENTS_STANDARDS: r.int(0, 8) }),
            "本年度联盟运行情况总结（撰写中）。",
            "",
            submitted ? "SUBMITTED" : "DRAFT",
            submitted ? iso(new Date(now.getTime() - r.int(1, 20) * DAY)) : null,
            filerOf.get(a.lead.id)!.id,
          ]);
        }
      }
      await bulkInsert(
        c,
        "AnnualReport",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["schemeId", "text"],
          ["year", "int"],
          ["figures", "jsonb"],
          ["narrative", "text"],
          ["nextYearPlan", "text"],
          ["status", '"ReportStatus"'],
          ["submittedAt", "timestamp(3)"],
          ["submittedById", "text"],
        ],
        reports,
        { batch: 2000, constants: { updatedAt: "now()" } },
      );
      await bulkInsert(
        c,
        "Assessment",
        [
          ["id", "text"],
          ["reportId", "text"],
          ["allianceId", "text"],
          ["year", "int"],
          ["score", "numeric"],
          ["grade", '"Grade"'],
          ["lines", "jsonb"],
          ["manualScores", "jsonb"],
          ["comment", "text"],
          ["assessorId", "text"],
          ["publishedAt", "timestamp(3)"],
        ],
        results,
        { batch: 2000 },
      );
      for (const row of revocations) {
        await c.query(
          `INSERT INTO "Revocation"(id, "allianceId", "basisAssessmentIds", reason, status, "proposedAt", "confirmedAt", "confirmedById") VALUES ($1,$2,$3,$4,$5::"RevocationStatus",$6,$7,$8)`,
          row,
        );
      }
      const dissolved = filed.filter((a) => a.state === "DISSOLVED");
      await bulkInsert(
        c,
        "DissolutionVote",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["votedOn", "date"],
          ["councilSize", "int"],
          ["votesFor", "int"],
          ["confirmedAt", "timestamp(3)"],
          ["confirmedById", "text"],
          ["createdById", "text"],
        ],
        dissolved.map((a) => {
          const n = a.members.filter((m) => m.role !== "MEMBER").length;
          return [uuid(), a.id, ymd(new Date(a.stateSince.getTime() - 20 * DAY)), n, n, iso(a.stateSince), centerId, filerOf.get(a.lead.id)!.id];
        }),
        { constants: { passed: "true", proposal: "'经理事会表决，联盟已完成既定目标，提议解散'" } },
      );
    });

    // ---------- operation: member changes, activities, recommended projects ----------
    await step("成员变更、联盟活动和推荐项目", async () => {
      const live = filed.filter((a) => a.state === "FILED");
      const changes = live
        .filter(() => r.chance(0.3))
        .map((a) => {
          const exit = r.chance(0.4);
          const org = exit ? a.members[a.members.length - 1]!.org : r.pick(enterprises);
          const decided = r.chance(0.6);
          return [
            uuid(),
            a.id,
            org.id,
            exit ? "EXIT" : "JOIN",
            exit ? "因企业经营方向调整，申请退出联盟" : "申请加入联盟，参与联合攻关",
            decided ? "APPROVED" : "PENDING",
            exit && r.chance(0.3),
            decided ? ymd(new Date(now.getTime() - r.int(10, 200) * DAY)) : null,
            filerOf.get(a.lead.id)!.id,
            iso(new Date(now.getTime() - r.int(1, 300) * DAY)),
          ];
        });
      await bulkInsert(
        c,
        "MembershipChange",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["organizationId", "text"],
          ["kind", '"ChangeKind"'],
          ["reason", "text"],
          ["status", '"ChangeStatus"'],
          ["flagged", "boolean"],
          ["councilApprovedOn", "date"],
          ["createdById", "text"],
          ["createdAt", "timestamp(3)"],
        ],
        changes,
      );
      const kinds = [
        ["FORUM", "产业发展论坛"],
        ["TRAINING", "技术培训班"],
        ["JOINT_RESEARCH", "联合攻关推进会"],
        ["SALON", "技术沙龙"],
        ["EXCHANGE", "企业对接交流会"],
      ] as const;
      const activities = live.flatMap((a) =>
        Array.from({ length: r.int(1, 4) }, () => {
          const [kind, title] = r.pick(kinds);
          return [
            uuid(),
            a.id,
            kind,
            `${a.subField}${title}`,
            ymd(new Date(now.getTime() - r.int(5, 700) * DAY)),
            `围绕${a.subField}领域组织成员单位开展${title}。`,
            r.int(20, 300),
            filerOf.get(a.lead.id)!.id,
          ];
        }),
      );
      await bulkInsert(
        c,
        "Activity",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["kind", "text"],
          ["title", "text"],
          ["heldOn", "date"],
          ["description", "text"],
          ["participants", "int"],
          ["createdById", "text"],
        ],
        activities,
        { batch: 5000 },
      );
      const projects = live
        .filter(() => r.chance(0.6))
        .map((a) => [
          uuid(),
          a.id,
          r.int(2024, 2026),
          `${a.subField}关键技术研究与产业化示范`,
          `联合成员单位攻关${a.subField}领域关键技术并开展示范应用。`,
          a.lead.name,
          (r.int(100, 3000) + 0.5).toFixed(2),
          r.chance(0.3) ? iso(new Date(now.getTime() - r.int(5, 300) * DAY)) : null,
          filerOf.get(a.lead.id)!.id,
        ]);
      await bulkInsert(
        c,
        "RecommendedProject",
        [
          ["id", "text"],
          ["allianceId", "text"],
          ["year", "int"],
          ["title", "text"],
          ["summary", "text"],
          ["leadUnit", "text"],
          ["budget", "numeric"],
          ["adoptedAt", "timestamp(3)"],
          ["createdById", "text"],
        ],
        projects,
      );
    });

    // ---------- notifications ----------
    await step("站内通知", async () => {
      const inbox = ["filer", "reviewer", "reviewer2", "secretary", "officer", "center"].map((n) => user(n).id);
      const kinds = [
        ["review.todo", "待审核："],
        ["review.result", "申报已退回修改："],
        ["filing.filed", "联盟已予备案："],
        ["assessment.published", "年度考核结果已发布："],
        ["report.reminder", "年度报告即将截止："],
      ] as const;
      const rows = Array.from({ length: Math.round(30_000 * scale) }, (_, i) => {
        const a = r.pick(alliances);
        const [kind, title] = r.pick(kinds);
        const userId = i % 3 === 0 ? filerOf.get(a.lead.id)!.id : r.pick(inbox);
        const at = new Date(now.getTime() - r.int(0, 365 * 24) * 3_600_000);
        return [uuid(), userId, kind, `${title}${a.name}`, `${a.lead.name}`, `/alliances/${a.id}`, r.chance(0.8) ? iso(at) : null, iso(at)];
      });
      await bulkInsert(
        c,
        "Notification",
        [
          ["id", "text"],
          ["userId", "text"],
          ["kind", "text"],
          ["title", "text"],
          ["body", "text"],
          ["link", "text"],
          ["readAt", "timestamp(3)"],
          ["createdAt", "timestamp(3)"],
        ],
        rows,
        { batch: 5000 },
      );
    });

    // ---------- audit events: the workflow's history plus everyday traffic, in time order, chained by the trigger ----------
    const existing = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent"`)).rows[0]!.n);
    const wanted = Math.round(TARGETS.auditEvents * scale) - existing - events.length;
    const people = users.filter((u) => !u.roles.includes("ADMIN")).map((u) => ({ id: u.id, username: u.username, roles: u.roles, unit: "" }));
    const filers = [...filerOf.values()];
    for (let i = 0; i < wanted; i++) {
      const at = new Date(now.getTime() - r.int(0, 365 * 24 * 60) * 60_000);
      const x = r.next();
      const a = r.pick(alliances);
      const f = filerOf.get(a.lead.id)!;
      if (x < 0.35) {
        const who = r.chance(0.6) ? r.pick(filers) : r.pick(people);
        events.push({ at, actor: who, action: "auth.login", entityType: "User", entityId: who.id, summary: {} });
      } else if (x < 0.45) {
        const who = r.pick(filers);
        events.push({ at, actor: who, action: "auth.logout", entityType: "User", entityId: who.id, summary: {} });
      } else if (x < 0.46) {
        events.push({
          at,
          actor: null,
          action: "auth.login_failed",
          entityType: "User",
          entityId: null,
          summary: { username: r.pick(filers).username, reason: "WRONG_PASSWORD" },
        });
      } else if (x < 0.75) {
        events.push({
          at,
          actor: f,
          action: "alliance.draft_saved",
          entityType: "Alliance",
          entityId: a.id,
          summary: { changed: [r.pick(["innovationGoal", "members", "address", "technicalField"])], members: a.members.length, newOrganizations: [] },
        });
      } else if (x < 0.85 && a.docs.length) {
        const d = r.pick(a.docs);
        events.push({
          at,
          actor: f,
          action: "document.uploaded",
          entityType: "Document",
          entityId: d.id,
          summary: { allianceId: a.id, kind: d.kind, fileName: d.fileName, versionNo: 1, sha256: d.sha256 },
        });
      } else {
        events.push({ at, actor: f, action: "report.draft_saved", entityType: "AnnualReport", entityId: a.id, summary: { allianceId: a.id, year: 2026 } });
      }
    }
    events.sort((x, y) => x.at.getTime() - y.at.getTime());
    // The chain trigger finds the previous event with ORDER BY "seq" DESC NULLS LAST, which the unique index on
    // "seq" (ascending, nulls last) cannot serve: every insert sorts the whole table. An index in that order lets
    // the seeding finish in minutes; it is dropped again before anything is measured unless keepAuditIndex is
    // set (docs/BENCHMARK.md: the trigger fix this stands for).
    await c.query(`CREATE INDEX IF NOT EXISTS "${AUDIT_SEQ_INDEX}" ON "AuditEvent" ("seq" DESC NULLS LAST)`);
    await step(`审计事件 ${events.length} 条（触发器逐条生成哈希链）`, () =>
      bulkInsert(
        c,
        "AuditEvent",
        [
          ["at", "timestamp(3)"],
          ["actorId", "text"],
          ["actorName", "text"],
          ["actorRole", "text"],
          ["action", "text"],
          ["entityType", "text"],
          ["entityId", "text"],
          ["summary", "jsonb"],
          ["ip", "text"],
        ],
        events.map((e) => [
          iso(e.at),
          e.actor?.id ?? null,
          e.actor?.username ?? "公众",
          e.actor?.roles ?? null,
          e.action,
          e.entityType,
          e.entityId,
          JSON.stringify(e.summary),
          `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
        ]),
        { batch: 5000 },
      ),
    );
    if (!opts.keepAuditIndex) await c.query(`DROP INDEX "${AUDIT_SEQ_INDEX}"`);
    await step("ANALYZE", async () => {
      await c.query("ANALYZE");
    });

    const counts: Record<string, number> = {};
    for (const t of [
      "Organization",
      "User",
      "Alliance",
      "Membership",
      "ApplicationVersion",
      "ReviewOpinion",
      "Filing",
      "AnnualReport",
      "Assessment",
      "Notification",
      "AuditEvent",
      "Document",
      "CouncilTerm",
      "Activity",
    ]) {
      counts[t] = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]!.n);
    }
    const short = (
      [
        ["Alliance", TARGETS.alliances],
        ["Membership", TARGETS.memberships],
        ["ApplicationVersion", TARGETS.applicationVersions],
        ["Assessment", TARGETS.assessments],
        ["AuditEvent", TARGETS.auditEvents],
      ] as const
    ).filter(([t, n]) => counts[t]! < n * scale);
    if (short.length) throw new Error(`数据量未达到目标：${short.map(([t, n]) => `${t} ${counts[t]} < ${n * scale}`).join("，")}（申报版本 ${versionCount}）`);
    return { seconds: (Date.now() - started) / 1000, counts, pool: pool.map((a) => ({ id: a.id, version: a.version, fields: fieldsOf(a) })) };
  } finally {
    await c.end();
  }
}
