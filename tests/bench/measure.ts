// What is measured: each role's pages at each concurrency with the ceiling beside them, then the write
// paths through the real server actions, then document generation one request at a time.
import pg from "pg";
import type { TFilingDraftFields } from "@/lib/validation/filing";
import { checkPage, signIn } from "./session";
import { runLoad, percentile, type LoadSpec } from "./load";
import { actionError, actionHeaders, actionId, encodeArgs, resultVersion } from "./actions";
import { firstLoadJs, gzipSizeOf, scriptsOfHtml } from "./first-load";
import { pageViews } from "./page-view";
import type { RssSampler } from "./processes";
import type { DocTiming, ReadRow } from "./report";
import type { Sample } from "./run";

interface Ctx {
  base: string;
  ceilingBase: string;
  root: string;
  url: string;
  pool: { id: string; version: number; fields: TFilingDraftFields }[];
  sample: Sample;
  levels: number[];
  duration: number;
  ceilingDuration: number;
  writeAmount: number;
  docRuns: number;
  only?: string;
  serverRss: RssSampler;
  log: (msg: string) => void;
}

interface ReadPath {
  label: string;
  user: string | null;
  path: string;
  marker: string;
  ceiling?: string;
  /** "floor": a page that reads nothing from the database, so what Next.js, React and the layout cost alone. */
  kind?: "floor";
}

const SIGNED_IN = "当前用户";

export async function measure(c: Ctx) {
  const { base, sample, log } = c;
  const draft = c.pool[0]!.id;
  const reads: ReadPath[] = [
    { label: "home: filer", user: "filer", path: "/", marker: "本单位的创新联盟", ceiling: "home-filer" },
    { label: "home: reviewer", user: "reviewer", path: "/", marker: "我的待办", ceiling: "home-reviewer" },
    { label: "home: secretary", user: "secretary", path: "/", marker: "我的待办" },
    { label: "home: service center", user: "center", path: "/", marker: "运行管理", ceiling: "home-center" },
    { label: "home: officer", user: "officer", path: "/", marker: "我的待办" },
    { label: "home: audit admin", user: "auditor", path: "/", marker: "今日审计事件", ceiling: "home-auditor" },
    { label: "home: system admin", user: "sysadmin", path: "/", marker: "已停用的账户" },
    { label: "home: security admin", user: "secadmin", path: "/", marker: "近 24 小时登录失败次数" },
    { label: "review queue: reviewer", user: "reviewer", path: "/review", marker: "进入环节", ceiling: "review-reviewer" },
    { label: "review queue: secretary", user: "secretary", path: "/review?state=FORM_REVIEW", marker: SIGNED_IN },
    { label: "inbox: notifications", user: "reviewer", path: "/notifications", marker: "消息通知", ceiling: "notifications" },
    {
      label: "alliance list, filtered",
      user: "center",
      path: `/alliances?state=FILED&industry=NEW_ENERGY&q=${encodeURIComponent("氢能")}`,
      marker: SIGNED_IN,
      ceiling: "alliances-filtered",
    },
    { label: "alliance detail: reviewer", user: "reviewer", path: `/alliances/${sample.detailId}`, marker: "办理记录", ceiling: "alliance-detail" },
    { label: "alliance detail: filed", user: "center", path: `/alliances/${sample.filedId}`, marker: "备案信息" },
    { label: "filing form", user: "filer", path: `/alliances/${draft}/edit`, marker: SIGNED_IN, ceiling: "filing-form" },
    { label: "dashboard", user: "center", path: "/dashboard", marker: "统计分析", ceiling: "dashboard" },
    { label: "public notices", user: null, path: "/public/notices", marker: "备案公示", ceiling: "public-notices" },
    // No session, no query: the root layout, the proxy's CSP nonce, the catalogue and the sign-in form. No page
    // of this build can be faster, so it bounds what any read path's ratio to its bare-SQL ceiling can reach.
    { label: "floor: sign-in page (no SQL)", user: null, path: "/login", marker: "用户登录", kind: "floor" as const },
  ].filter((r) => !c.only || r.label.includes(c.only));

  // ---------- sign in each role once; check every page answers as that user ----------
  const cookies = new Map<string, string>();
  for (const user of ["filer", "reviewer", "secretary", "center", "officer", "auditor", "sysadmin", "secadmin"]) {
    cookies.set(user, await signIn(base, user));
  }
  log(`已登录：${[...cookies.keys()].join("、")}`);
  const cookieOf = (user: string | null) => (user ? cookies.get(user)! : "");
  for (const r of reads) {
    await checkPage(base, r.path, cookieOf(r.user), r.marker);
    for (let i = 0; i < 3; i++) await fetch(`${base}${r.path}`, { headers: { cookie: cookieOf(r.user) } }).then((x) => x.text());
  }

  // ---------- each page once in Chromium: what else a page view asks the server for ----------
  const views = await pageViews(base, reads, cookieOf);
  log(views ? `页面浏览：${views.map((v) => `${v.label} +${v.others.length}`).join("，")}` : "页面浏览：未找到 Chromium，未测");

  // ---------- first-load JS of the filing form, from the manifests and, as a cross-check, from its HTML ----------
  const fl = firstLoadJs(c.root, "/(portal)/alliances/[id]/edit/page");
  const html = await (await fetch(`${base}/alliances/${draft}/edit`, { headers: { cookie: cookieOf("filer") } })).text();
  const htmlFiles = scriptsOfHtml(html);
  const firstLoad = { ...fl, htmlFiles: htmlFiles.length, htmlGzipBytes: gzipSizeOf(c.root, htmlFiles) };

  // ---------- read paths, with their ceilings ----------
  const rows: ReadRow[] = [];
  const ceilingRps = new Map<string, number>();
  for (const r of reads) {
    for (const connections of c.levels) {
      let ceilingRow: number | undefined;
      if (r.ceiling) {
        const key = `${r.ceiling}@${connections}`;
        if (!ceilingRps.has(key)) {
          const x = await runLoad(c.ceilingBase, { label: `ceiling ${r.ceiling}`, path: `/${r.ceiling}` }, { connections, duration: c.ceilingDuration });
          if (x.errors) throw new Error(`上限服务 ${r.ceiling} 出错：${JSON.stringify(x.errorKinds)}`);
          ceilingRps.set(key, x.rps);
        }
        ceilingRow = ceilingRps.get(key);
      }
      const row = await runLoad(
        base,
        { label: r.label, path: r.path, headers: { cookie: cookieOf(r.user) } },
        { connections, duration: c.duration },
        c.serverRss,
      );
      rows.push({ ...row, kind: r.kind ?? "read", ceilingRps: ceilingRow });
      log(
        `${r.label} @${connections}: ${row.rps.toFixed(1)} req/s, p95 ${row.p95.toFixed(0)} ms, errors ${row.errors}${ceilingRow ? `, ceiling ${ceilingRow.toFixed(0)} req/s` : ""}`,
      );
    }
  }

  // ---------- write paths: the server actions the pages post ----------
  const notes: string[] = [];
  if (!c.only || "save draft submit decision".includes(c.only)) {
    rows.push(...(await writePaths(c, cookieOf("filer"), cookieOf("reviewer"), notes)));
  }

  // ---------- documents, one request at a time ----------
  const docs: DocTiming[] = [];
  const docPaths = [
    { label: "附件1 申报（备案）表 .docx", user: "filer", path: `/api/alliances/${draft}/generated/annex1` },
    { label: "附件2 章程 .docx", user: "filer", path: `/api/alliances/${draft}/generated/charter` },
    { label: "附件3 合作协议书 .docx", user: "filer", path: `/api/alliances/${draft}/generated/agreement` },
    { label: "备案证明 .docx", user: "officer", path: `/api/alliances/${sample.filedId}/certificate` },
  ];
  for (const d of docPaths) {
    await fetch(`${base}${d.path}`, { headers: { cookie: cookieOf(d.user) } }).then((x) => x.arrayBuffer());
    const times: number[] = [];
    let errors = 0;
    for (let i = 0; i < c.docRuns; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}${d.path}`, { headers: { cookie: cookieOf(d.user) } });
      const bytes = Buffer.from(await res.arrayBuffer());
      times.push(performance.now() - t0);
      // A .docx is a zip: PK\x03\x04.
      if (res.status !== 200 || bytes.subarray(0, 4).toString("binary") !== "PK\x03\x04") errors++;
    }
    times.sort((a, b) => a - b);
    docs.push({ label: d.label, runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, errors });
    log(`${d.label}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`);
  }
  notes.push(await auditLookupNote(c.url));
  return { rows, docs, firstLoad, views, notes };
}

/**
 * The complete drafts split between autosave (a draft per connection at the highest level, and ten spare) and
 * submission (the rest). The autosave's bare-SQL ceiling (ceiling.ts) types into the same autosave drafts.
 */
export function splitDraftPool<T>(pool: T[], levels: number[]): { savePool: T[]; submitPool: T[] } {
  const size = Math.max(...levels) + 10;
  return { savePool: pool.slice(0, size), submitPool: pool.slice(size) };
}

/** Autosave, submission and the division's decision, posted as the browser posts them. */
async function writePaths(c: Ctx, filerCookie: string, reviewerCookie: string, notes: string[]): Promise<ReadRow[]> {
  const rows: ReadRow[] = [];
  const saveId = actionId(c.root, "app/(portal)/alliances/actions.ts", "saveDraftAction");
  const submitId = actionId(c.root, "app/(portal)/alliances/actions.ts", "submitFilingAction");
  const decideId = actionId(c.root, "app/(portal)/alliances/[id]/actions.ts", "transitionAction");
  const { savePool, submitPool } = splitDraftPool(c.pool, c.levels);

  // Autosave: each request takes a draft nobody else is saving, types into its goal and sends the whole form
  // with the version it holds; the answer's new version goes back with the draft. Conflicts would be errors.
  const free: typeof savePool = [];
  let typed = 0;
  const save: LoadSpec = {
    label: "save draft (autosave)",
    path: "/",
    method: "POST",
    headers: actionHeaders(c.base, saveId, filerCookie),
    setupRequest: (req, ctx) => {
      const d = free.shift();
      if (!d) throw new Error("草稿池不足");
      ctx.draft = d;
      typed++;
      const fields = { ...d.fields, innovationGoal: `${d.fields.innovationGoal.slice(0, 400)}（修改${typed % 100}）` };
      return { ...req, path: `/alliances/${d.id}/edit`, body: encodeArgs({ allianceId: d.id, version: d.version, ...fields }) };
    },
    check: (_status, body, ctx) => {
      const d = ctx.draft as (typeof free)[number];
      const v = resultVersion(body);
      if (v !== null) d.version = v;
      free.push(d);
      return actionError(body);
    },
  };
  const db = new pg.Client({ connectionString: c.url });
  // The clean-up drops the database with FORCE after a failure: that must not crash the run before it says why.
  db.on("error", () => undefined);
  await db.connect();
  for (const connections of c.levels) {
    // A timed run ends with requests in flight: each run starts a second after the last one, and the portal's
    // from the versions the database holds.
    const settle = () => new Promise((r) => setTimeout(r, 1000));
    // The bare-SQL ceiling of the same writes on the same drafts first (tests/bench/ceiling.ts).
    await settle();
    const bare = await runLoad(c.ceilingBase, { label: "ceiling save-draft", path: "/save-draft" }, { connections, duration: c.ceilingDuration });
    if (bare.errors) throw new Error(`上限服务 save-draft 出错：${JSON.stringify(bare.errorKinds)}`);
    await settle();
    const versions = new Map(
      (await db.query<{ id: string; version: number }>(`SELECT id, version FROM "Alliance" WHERE id = ANY($1)`, [savePool.map((p) => p.id)])).rows.map((x) => [
        x.id,
        x.version,
      ]),
    );
    free.splice(0, free.length, ...savePool.map((p) => ({ ...p, version: versions.get(p.id)! })));
    const row = await runLoad(c.base, save, { connections, duration: c.duration }, c.serverRss);
    rows.push({ ...row, kind: "write", ceilingRps: bare.rps });
    c.log(`save draft @${connections}: ${row.rps.toFixed(1)} req/s, p95 ${row.p95.toFixed(0)} ms, errors ${row.errors}, ceiling ${bare.rps.toFixed(0)} req/s`);
  }

  // Submission: each request submits one complete draft (the server re-checks it and freezes version 1).
  const toSubmit = [...submitPool];
  const submit: LoadSpec = {
    label: "submit filing",
    path: "/",
    method: "POST",
    headers: actionHeaders(c.base, submitId, filerCookie),
    setupRequest: (req) => {
      const d = toSubmit.shift();
      if (!d) throw new Error("待提交草稿不足");
      return { ...req, path: `/alliances/${d.id}/submit`, body: encodeArgs({ allianceId: d.id, version: d.version }) };
    },
    check: (_s, body) => actionError(body),
  };
  for (const connections of c.levels) {
    const amount = Math.max(connections, Math.min(c.writeAmount, Math.floor(submitPool.length / c.levels.length)));
    const row = await runLoad(c.base, submit, { connections, amount }, c.serverRss);
    rows.push({ ...row, kind: "write" });
    c.log(`submit @${connections}: ${row.rps.toFixed(1)} req/s, p95 ${row.p95.toFixed(0)} ms, errors ${row.errors}`);
  }

  // The division's decision (处室审核通过) on filings waiting in the reviewer's queue, with an opinion.
  const waiting = (
    await db.query<{ id: string; version: number }>(
      `SELECT a.id, a.version FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" WHERE i."divisionId" = $1 AND a.state = 'DIVISION_REVIEW' AND a.id <> $2 ORDER BY a."stateSince"`,
      [c.sample.reviewerDivisionId, c.sample.detailId],
    )
  ).rows;
  await db.end();
  const decide: LoadSpec = {
    label: "review decision (division pass)",
    path: "/",
    method: "POST",
    headers: actionHeaders(c.base, decideId, reviewerCookie),
    setupRequest: (req) => {
      const a = waiting.shift();
      if (!a) throw new Error("待审核申报不足");
      return {
        ...req,
        path: `/alliances/${a.id}`,
        body: encodeArgs({
          allianceId: a.id,
          transition: "DIVISION_PASS",
          version: a.version,
          opinion: "材料齐全，联盟组建必要性充分，同意通过。",
          internal: false,
        }),
      };
    },
    check: (_s, body) => actionError(body),
  };
  const perLevel = Math.floor(waiting.length / c.levels.length);
  for (const connections of c.levels) {
    const amount = Math.max(connections, Math.min(c.writeAmount, perLevel));
    const row = await runLoad(c.base, decide, { connections, amount }, c.serverRss);
    rows.push({ ...row, kind: "write" });
    c.log(`decision @${connections}: ${row.rps.toFixed(1)} req/s, p95 ${row.p95.toFixed(0)} ms, errors ${row.errors}`);
  }
  notes.push(
    `Writes post the real server actions (saveDraftAction, submitFilingAction, transitionAction) with their build ids, Origin and session cookie; submissions and decisions use ${c.writeAmount} requests per concurrency (at least one per connection), each on a different filing.`,
  );
  return rows;
}

/**
 * Every audit insert runs the chain trigger, which finds the previous event under an advisory lock. The note
 * times the look-up the installed trigger uses (read from the database), beside the unindexed form the first
 * version of the trigger used (migration 20261124151815_audit_chain_index replaced it).
 */
async function auditLookupNote(url: string): Promise<string> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const time = async (sql: string) => {
      const plan = (
        await db.query<{ "QUERY PLAN": [{ "Execution Time": number; Plan: { "Node Type": string; Plans?: { "Node Type": string }[] } }] }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        )
      ).rows[0]!["QUERY PLAN"][0];
      return { ms: plan["Execution Time"], node: plan.Plan.Plans?.[0]?.["Node Type"] ?? plan.Plan["Node Type"] };
    };
    const def = (await db.query<{ def: string }>(`SELECT pg_get_functiondef('audit_event_chain'::regproc) AS def`)).rows[0]!.def;
    const indexedForm = def.includes(`WHERE "seq" IS NOT NULL`);
    const indexed = await time(`SELECT "seq", "hash" FROM "AuditEvent" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1`);
    const old = await time(`SELECT "seq", "hash" FROM "AuditEvent" ORDER BY "seq" DESC NULLS LAST LIMIT 1`);
    const n = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent"`)).rows[0]!.n;
    return `Audit chain trigger over ${n} events: the installed trigger ${indexedForm ? "uses" : "does NOT use"} the indexed look-up (WHERE "seq" IS NOT NULL ORDER BY "seq" DESC), ${indexed.ms.toFixed(2)} ms (${indexed.node}); the first version's ORDER BY "seq" DESC NULLS LAST would take ${old.ms.toFixed(1)} ms (${old.node}) inside the lock every audited write takes.`;
  } finally {
    await db.end();
  }
}
