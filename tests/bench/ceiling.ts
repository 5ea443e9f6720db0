// The ceiling: a bare Node http handler that runs the same main queries as each read path straight through
// `pg` (a pool of the portal's size) and answers them as JSON. No session, rendering or framework: what the
// database and Node alone can serve, so each page's throughput can be given as a share of it.
// Runs as its own process (like the portal): node --import tsx tests/bench/ceiling.ts, config in BENCH_CEILING.
import http from "node:http";
import pg from "pg";

export interface CeilingConfig {
  url: string;
  port: number;
  filerOrgId: string;
  reviewerDivisionId: string;
  reviewerId: string;
  detailId: string;
  draftId: string;
  filerId: string;
  /** The drafts the portal's autosave works on (its save pool): the write ceiling types into the same ones. */
  saveDraftIds: string[];
}

type Q = (pool: pg.Pool, c: CeilingConfig) => Promise<unknown>;

const LIST = `SELECT a.id, a.name, a.state, a."updatedAt", i.name AS industry, o.name AS lead, f.number,
  (SELECT count(*) FROM "Membership" m WHERE m."allianceId" = a.id AND m."leftOn" IS NULL) AS members
  FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" JOIN "Organization" o ON o.id = a."leadOrgId" LEFT JOIN "Filing" f ON f."allianceId" = a.id`;
const q = (pool: pg.Pool, sql: string, params: unknown[] = []) => pool.query(sql, params).then((r) => r.rows);

// The autosave's ceiling: what saveDraft does to the database when the filer typed into the goal, as bare SQL. The
// read it decides from (the draft with its members and their organisations, one statement as relationJoins sends
// it), then one transaction: the versioned update, the delete of members no longer listed (none here) and the
// audit event (the chain trigger numbers and hashes it under its advisory lock, as for the portal). Each request
// takes a draft no other request holds, like the portal's load.
let freeDrafts: string[] | null = null;
let typed = 0;
async function saveDraftCeiling(pool: pg.Pool, c: CeilingConfig): Promise<unknown> {
  freeDrafts ??= [...c.saveDraftIds];
  const id = freeDrafts.shift();
  if (!id) throw new Error("no free draft");
  try {
    const [before] = await q(
      pool,
      `SELECT a.*, coalesce((SELECT json_agg(json_build_object('m', to_jsonb(m), 'o', to_jsonb(o)) ORDER BY m."sortOrder", m."createdAt")
         FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE m."allianceId" = a.id AND m."leftOn" IS NULL), '[]') AS members
       FROM "Alliance" a WHERE a.id = $1 AND a."leadOrgId" = $2`,
      [id, c.filerOrgId],
    );
    const draft = before as { version: number; innovationGoal: string | null; members: { o: { creditCode: string } }[] };
    const codes = draft.members.map((x) => x.o.creditCode);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const goal = `${(draft.innovationGoal ?? "").slice(0, 400)}（上限${++typed % 100}）`;
      const updated = await client.query(
        `UPDATE "Alliance" SET "innovationGoal" = $1, version = version + 1, "updatedAt" = now() WHERE id = $2 AND version = $3 AND state IN ('DRAFT', 'RETURNED')`,
        [goal, id, draft.version],
      );
      if (updated.rowCount !== 1) throw new Error("conflict");
      await client.query(
        `DELETE FROM "Membership" m USING "Organization" o WHERE m."allianceId" = $1 AND o.id = m."organizationId" AND NOT (o."creditCode" = ANY($2::text[]))`,
        [id, codes],
      );
      const summary = { changed: ["innovationGoal"], members: codes.length, newOrganizations: [], memberChanges: { added: [], removed: [], updated: [] } };
      await client.query(
        `INSERT INTO "AuditEvent" ("actorId", "actorName", "actorRole", "action", "entityType", "entityId", "summary", "ip")
         VALUES ($1, 'bench', 'ENTERPRISE_FILER', 'alliance.draft_saved', 'Alliance', $2, $3, '127.0.0.1')`,
        [c.filerId, id, JSON.stringify(summary)],
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
    return { version: draft.version + 1 };
  } finally {
    freeDrafts.push(id);
  }
}

export const CEILING: Record<string, Q> = {
  "save-draft": saveDraftCeiling,
  "home-filer": (p, c) =>
    Promise.all([
      q(p, `${LIST} WHERE a."leadOrgId" = $1 ORDER BY a."updatedAt" DESC LIMIT 20`, [c.filerOrgId]),
      q(p, `SELECT state, count(*) FROM "Alliance" WHERE "leadOrgId" = $1 GROUP BY state`, [c.filerOrgId]),
    ]),
  "home-reviewer": (p, c) =>
    Promise.all([
      q(
        p,
        `SELECT count(*) AS total, count(*) FILTER (WHERE a."stateSince" < now() - interval '15 days') AS overdue FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" WHERE i."divisionId" = $1 AND a.state = 'DIVISION_REVIEW'`,
        [c.reviewerDivisionId],
      ),
      q(
        p,
        `SELECT a.state, count(*) FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" WHERE i."divisionId" = $1 AND a.state <> 'DRAFT' GROUP BY a.state`,
        [c.reviewerDivisionId],
      ),
    ]),
  "home-center": (p) =>
    Promise.all([
      q(p, `SELECT state, count(*) FROM "Alliance" WHERE state <> 'DRAFT' GROUP BY state`),
      q(p, `SELECT "industryCode", count(*) FROM "Alliance" WHERE state = 'FILED' GROUP BY "industryCode"`),
      q(p, `SELECT count(*) FROM "AnnualReport" r JOIN "AssessmentScheme" s ON s.id = r."schemeId" WHERE r.status = 'SUBMITTED' AND s.status = 'PUBLISHED'`),
    ]),
  "home-auditor": (p) =>
    Promise.all([q(p, `SELECT count(*) FROM "AuditEvent" WHERE at >= date_trunc('day', now())`), q(p, `SELECT max(seq) FROM "AuditEvent"`)]),
  "review-reviewer": (p, c) =>
    q(
      p,
      `SELECT a.id, a.name, a.state, a."stateSince", a."currentVersionNo", i.name AS industry, d.name AS division, o.name AS lead
      FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" LEFT JOIN "Division" d ON d.id = i."divisionId" JOIN "Organization" o ON o.id = a."leadOrgId"
      WHERE i."divisionId" = $1 AND a.state = 'DIVISION_REVIEW' ORDER BY a."stateSince" LIMIT 200`,
      [c.reviewerDivisionId],
    ),
  notifications: (p, c) =>
    Promise.all([
      q(p, `SELECT * FROM "Notification" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 30`, [c.reviewerId]),
      q(p, `SELECT count(*) FROM "Notification" WHERE "userId" = $1`, [c.reviewerId]),
    ]),
  "alliances-filtered": (p) =>
    Promise.all([
      q(p, `${LIST} WHERE a.state = 'FILED' AND a."industryCode" = 'NEW_ENERGY' AND a.name ILIKE '%氢能%' ORDER BY a."updatedAt" DESC LIMIT 20`),
      q(p, `SELECT count(*) FROM "Alliance" WHERE state = 'FILED' AND "industryCode" = 'NEW_ENERGY' AND name ILIKE '%氢能%'`),
    ]),
  "alliance-detail": (p, c) =>
    Promise.all([
      q(
        p,
        `SELECT a.*, i.name AS industry, o.name AS lead, o."creditCode", f.number FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" JOIN "Organization" o ON o.id = a."leadOrgId" LEFT JOIN "Filing" f ON f."allianceId" = a.id WHERE a.id = $1`,
        [c.detailId],
      ),
      q(
        p,
        `SELECT m.*, o.name, o."creditCode", o.type FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE m."allianceId" = $1 AND m."leftOn" IS NULL ORDER BY m."sortOrder"`,
        [c.detailId],
      ),
      q(p, `SELECT "versionNo", "submittedAt", "ruleReport" FROM "ApplicationVersion" WHERE "allianceId" = $1 ORDER BY "versionNo" DESC LIMIT 1`, [c.detailId]),
      q(
        p,
        `SELECT e.*, op.opinion FROM "AuditEvent" e LEFT JOIN "ReviewOpinion" op ON op.id = e.summary->>'opinionId' WHERE e."entityType" = 'Alliance' AND e."entityId" = $1 ORDER BY e.id`,
        [c.detailId],
      ),
    ]),
  "filing-form": (p, c) =>
    Promise.all([
      q(
        p,
        `SELECT a.*, i.name AS industry, o."creditCode" FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" JOIN "Organization" o ON o.id = a."leadOrgId" WHERE a.id = $1 AND a."leadOrgId" = $2`,
        [c.draftId, c.filerOrgId],
      ),
      q(
        p,
        `SELECT m.*, o.name, o."creditCode", o.type FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE m."allianceId" = $1 AND m."leftOn" IS NULL ORDER BY m."sortOrder"`,
        [c.draftId],
      ),
      q(p, `SELECT d.kind, v."fileName", v."versionNo" FROM "Document" d JOIN "DocumentVersion" v ON v."documentId" = d.id WHERE d."allianceId" = $1`, [
        c.draftId,
      ]),
    ]),
  dashboard: (p) =>
    Promise.all([
      q(p, `SELECT "industryCode", state, count(*) FROM "Alliance" WHERE state <> 'DRAFT' GROUP BY 1, 2`),
      q(p, `SELECT city, state, count(*) FROM "Alliance" WHERE state <> 'DRAFT' GROUP BY 1, 2`),
      q(p, `SELECT f.year, count(*) FROM "Filing" f JOIN "Alliance" a ON a.id = f."allianceId" GROUP BY 1`),
      q(p, `SELECT year, grade, count(*), avg(score) FROM "Assessment" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2`),
      q(
        p,
        `SELECT to_char(at + interval '8 hours', 'YYYY-MM') AS month, summary->>'to' AS to_state, count(*) FROM "AuditEvent" WHERE action IN ('alliance.transitioned', 'alliance.submitted') AND at > now() - interval '12 months' GROUP BY 1, 2`,
      ),
    ]),
  "public-notices": (p) =>
    q(
      p,
      `SELECT f.id, f.number, f."filedAt", f."noticeStartsOn", f."noticeEndsOn", f."revokedAt", a.name, a.state, i.name AS industry, o.name AS lead
      FROM "Filing" f JOIN "Alliance" a ON a.id = f."allianceId" JOIN "Industry" i ON i.code = a."industryCode" JOIN "Organization" o ON o.id = a."leadOrgId" ORDER BY f.year DESC, f.seq DESC LIMIT 500`,
    ),
};

function main() {
  const c = JSON.parse(process.env.BENCH_CEILING ?? "{}") as CeilingConfig;
  const pool = new pg.Pool({ connectionString: c.url, max: 10 });
  const server = http.createServer((req, res) => {
    const name = (req.url ?? "").replace(/^\/+/, "").split("?")[0]!;
    const query = CEILING[name];
    if (!query) {
      res.writeHead(404).end();
      return;
    }
    query(pool, c).then(
      (rows) => {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(rows));
      },
      (err: unknown) => {
        res.writeHead(500).end(String(err));
      },
    );
  });
  server.listen(c.port, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${c.port}` })}\n`));
  process.on("SIGTERM", () => {
    server.close();
    pool.end().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

if (process.env.BENCH_CEILING) main();
