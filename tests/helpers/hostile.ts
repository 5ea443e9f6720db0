// The hostile-input suite (issue #6, "Abuse and hardening"): its inventory, request stand-in, database
// fingerprint and hostile values. Each test file of the suite mocks two things only, the request
// headers and the session lookup, with:
//
//   vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
//   vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));
//
// so the real server actions and route handlers run (Origin check, role check, zod, data layer)
// against a real database. The signed cookie itself is covered by the browser tests.
//
// INVENTORY: every server action and route handler, who may call it, and the suite file that attacks it.
// tests/integration/hostile-inventory.test.ts reads app/ at test time and fails when an action or a route
// appears that is not listed here, or when a listed suite file never names what it is said to cover.
//
// | file                                             | export(s)                                                        | roles                 | suite        |
// |--------------------------------------------------|------------------------------------------------------------------|-----------------------|--------------|
// | app/(portal)/account/password/actions.ts          | changeOwnPasswordAction                                          | everyone signed in    | admin        |
// | app/(portal)/account/two-factor/actions.ts        | confirmTotpAction                                                | everyone signed in    | admin        |
// | app/(portal)/admin/settings/actions.ts            | updateSettingsAction                                             | SYSTEM_ADMIN          | admin        |
// | app/(portal)/admin/calendar/actions.ts            | setCalendarDayAction, removeCalendarDayAction                    | SYSTEM_ADMIN          | admin        |
// | app/(portal)/admin/users/actions.ts               | createUser/updateUser/unlockUser/resetPassword/resetTotpAction   | SYSTEM_ADMIN          | admin        |
// | app/(portal)/alliances/[id]/actions.ts            | transitionAction, addCommentAction, removeCommentAction          | reviewers             | filing       |
// | app/(portal)/alliances/[id]/refile-actions.ts     | refileAction                                                     | ENTERPRISE_FILER      | filing       |
// | app/(portal)/alliances/[id]/activities/actions.ts | logActivity/removeActivity/recommendProject/removeProject        | ENTERPRISE_FILER      | operation    |
// |                                                  | markProjectAdoptedAction, undoProjectAdoptionAction              | SERVICE_CENTER        | operation    |
// | app/(portal)/alliances/[id]/confirmations/...     | issueConfirmLinksAction, emailConfirmLinksAction                 | ENTERPRISE_FILER      | public       |
// | app/(portal)/alliances/[id]/council/actions.ts    | recordCouncilTerm/recordDissolutionVote, confirmDissolution      | FILER / SERVICE_CENTER| operation    |
// |                                                  | sendTermReminderAction, withdrawCharterVersionAction             | SERVICE_CENTER        | operation    |
// | app/(portal)/alliances/[id]/members/actions.ts    | requestJoin/requestExit/decideChange, acknowledgeChange          | FILER / SERVICE_CENTER| operation    |
// | app/(portal)/alliances/actions.ts                 | saveDraftAction, lookupOrgAction, submitFilingAction             | ENTERPRISE_FILER      | filing       |
// | app/(portal)/assessment/actions.ts                | create/update/publishScheme, extendSchemeDueAction,              | SERVICE_CENTER        | assessment   |
// |                                                  | deleteSchemeAction, sendReportRemindersAction                    |                       |              |
// | app/(portal)/assessment/reports/actions.ts        | saveAssessmentAction, publishResultsAction, returnReportAction   | SERVICE_CENTER        | assessment   |
// | app/(portal)/assessment/revocations/actions.ts    | confirmRevocationAction, dismissRevocationAction                 | SERVICE_CENTER        | assessment   |
// | app/(portal)/calls/actions.ts                     | openCall, submitIntent, decideIntent, startFilingAction          | per action            | filing       |
// | app/(portal)/meetings/actions.ts                  | createMeetingAction, recordDecisionAction                        | DEPARTMENT_SECRETARY  | filing       |
// | app/(portal)/notifications/actions.ts             | markAllReadAction                                                | business roles        | admin        |
// | app/(portal)/security/actions.ts                  | updateSecuritySettingsAction                                     | SECURITY_ADMIN        | admin        |
// | app/(portal)/objections/actions.ts                | handleObjectionAction                                            | INSTITUTE_OFFICER     | public       |
// | app/(portal)/reports/actions.ts                   | saveReportDraft, submitReport, removeEvidenceAction              | ENTERPRISE_FILER      | assessment   |
// | app/public/actions.ts                             | objectionAction                                                  | public (no session)   | public       |
// | app/public/confirm/[token]/actions.ts             | confirmMemberAction, disputeMemberAction                         | public (token)        | public       |
// | routes: see ROUTES below (uploads → uploads suite, downloads and redirects → routes suite)                                                       |
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/roles";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { useTestDatabase } from "./test-db";
import { PEER_HEADER } from "@/lib/http/client-address";
import { makeUser } from "./users";
import { createFiledAlliance } from "./filed-fixture";

export type Suite = "admin" | "filing" | "operation" | "assessment" | "public" | "uploads" | "routes" | "audit";
/** `formPost`: a plain form post (FormData in, nothing out, e.g. the language control); it answers no
 * result to assert on, so its suite file attacks it by what it stores, not the shared gate tests. */
type ActionEntry = { roles: readonly Role[] | "public"; suite: Suite; formPost?: true };

const BUSINESS: readonly Role[] = ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER"];
const FILER: readonly Role[] = ["ENTERPRISE_FILER"];
const CENTER: readonly Role[] = ["SERVICE_CENTER"];
const ADMIN: readonly Role[] = ["SYSTEM_ADMIN"];

/** Every exported server action by file, with the roles the suite expects to be let through. */
export const ACTIONS: Record<string, Record<string, ActionEntry>> = {
  "app/(portal)/account/password/actions.ts": { changeOwnPasswordAction: { roles: ROLES, suite: "admin" } },
  "app/(portal)/account/two-factor/actions.ts": { confirmTotpAction: { roles: ROLES, suite: "admin" } },
  "app/(portal)/admin/settings/actions.ts": { updateSettingsAction: { roles: ADMIN, suite: "admin" } },
  "app/(portal)/admin/calendar/actions.ts": {
    setCalendarDayAction: { roles: ADMIN, suite: "admin" },
    removeCalendarDayAction: { roles: ADMIN, suite: "admin" },
  },
  "app/(portal)/admin/users/actions.ts": {
    createUserAction: { roles: ADMIN, suite: "admin" },
    updateUserAction: { roles: ADMIN, suite: "admin" },
    unlockUserAction: { roles: ADMIN, suite: "admin" },
    resetPasswordAction: { roles: ADMIN, suite: "admin" },
    resetTotpAction: { roles: ADMIN, suite: "admin" },
  },
  "app/(portal)/alliances/[id]/refile-actions.ts": { refileAction: { roles: FILER, suite: "filing" } },
  "app/(portal)/alliances/[id]/actions.ts": {
    transitionAction: { roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER"], suite: "filing" },
    addCommentAction: { roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"], suite: "filing" },
    removeCommentAction: { roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"], suite: "filing" },
  },
  "app/(portal)/alliances/[id]/activities/actions.ts": {
    logActivityAction: { roles: FILER, suite: "operation" },
    removeActivityAction: { roles: FILER, suite: "operation" },
    recommendProjectAction: { roles: FILER, suite: "operation" },
    removeProjectAction: { roles: FILER, suite: "operation" },
    markProjectAdoptedAction: { roles: CENTER, suite: "operation" },
    undoProjectAdoptionAction: { roles: CENTER, suite: "operation" },
  },
  "app/(portal)/alliances/[id]/confirmations/actions.ts": {
    issueConfirmLinksAction: { roles: FILER, suite: "public" },
    emailConfirmLinksAction: { roles: FILER, suite: "public" },
  },
  "app/(portal)/alliances/[id]/council/actions.ts": {
    recordCouncilTermAction: { roles: FILER, suite: "operation" },
    recordDissolutionVoteAction: { roles: FILER, suite: "operation" },
    confirmDissolutionAction: { roles: CENTER, suite: "operation" },
    sendTermReminderAction: { roles: CENTER, suite: "operation" },
    withdrawCharterVersionAction: { roles: CENTER, suite: "operation" },
  },
  "app/(portal)/alliances/[id]/members/actions.ts": {
    requestJoinAction: { roles: FILER, suite: "operation" },
    requestExitAction: { roles: FILER, suite: "operation" },
    decideChangeAction: { roles: FILER, suite: "operation" },
    acknowledgeChangeAction: { roles: CENTER, suite: "operation" },
  },
  "app/(portal)/alliances/actions.ts": {
    saveDraftAction: { roles: FILER, suite: "filing" },
    lookupOrgAction: { roles: FILER, suite: "filing" },
    submitFilingAction: { roles: FILER, suite: "filing" },
  },
  "app/(portal)/assessment/actions.ts": {
    createSchemeAction: { roles: CENTER, suite: "assessment" },
    updateSchemeAction: { roles: CENTER, suite: "assessment" },
    publishSchemeAction: { roles: CENTER, suite: "assessment" },
    extendSchemeDueAction: { roles: CENTER, suite: "assessment" },
    deleteSchemeAction: { roles: CENTER, suite: "assessment" },
    sendReportRemindersAction: { roles: CENTER, suite: "assessment" },
  },
  "app/(portal)/assessment/reports/actions.ts": {
    saveAssessmentAction: { roles: CENTER, suite: "assessment" },
    publishResultsAction: { roles: CENTER, suite: "assessment" },
    returnReportAction: { roles: CENTER, suite: "assessment" },
  },
  "app/(portal)/assessment/revocations/actions.ts": {
    confirmRevocationAction: { roles: CENTER, suite: "assessment" },
    dismissRevocationAction: { roles: CENTER, suite: "assessment" },
  },
  "app/(portal)/calls/actions.ts": {
    openCallAction: { roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"], suite: "filing" },
    submitIntentAction: { roles: FILER, suite: "filing" },
    decideIntentAction: { roles: ["DIVISION_REVIEWER"], suite: "filing" },
    startFilingAction: { roles: FILER, suite: "filing" },
  },
  "app/(portal)/meetings/actions.ts": {
    createMeetingAction: { roles: ["DEPARTMENT_SECRETARY"], suite: "filing" },
    recordDecisionAction: { roles: ["DEPARTMENT_SECRETARY"], suite: "filing" },
  },
  "app/(portal)/notifications/actions.ts": { markAllReadAction: { roles: BUSINESS, suite: "admin" } },
  "app/(portal)/security/actions.ts": { updateSecuritySettingsAction: { roles: ["SECURITY_ADMIN"], suite: "admin" } },
  "app/(portal)/objections/actions.ts": { handleObjectionAction: { roles: ["INSTITUTE_OFFICER"], suite: "public" } },
  "app/(portal)/reports/actions.ts": {
    saveReportDraftAction: { roles: FILER, suite: "assessment" },
    submitReportAction: { roles: FILER, suite: "assessment" },
    removeEvidenceAction: { roles: FILER, suite: "assessment" },
  },
  "app/public/actions.ts": { objectionAction: { roles: "public", suite: "public" } },
  "app/public/confirm/[token]/actions.ts": {
    confirmMemberAction: { roles: "public", suite: "public" },
    disputeMemberAction: { roles: "public", suite: "public" },
  },
  "lib/i18n/choose-locale.ts": { chooseLocaleAction: { roles: "public", suite: "public", formPost: true } },
};

/** Every route handler file with its HTTP methods and the suite that attacks it. */
export const ROUTES: Record<string, { methods: string[]; suite: Suite }> = {
  "app/(portal)/notifications/[id]/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/alliances/[id]/certificate/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/alliances/[id]/charter/route.ts": { methods: ["POST"], suite: "uploads" },
  "app/api/alliances/[id]/documents/route.ts": { methods: ["POST"], suite: "uploads" },
  "app/api/alliances/[id]/generated/[doc]/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/alliances/[id]/members/import/route.ts": { methods: ["POST"], suite: "uploads" },
  "app/api/auth/[...nextauth]/route.ts": { methods: ["GET", "POST"], suite: "admin" },
  "app/api/audit/export/route.ts": { methods: ["GET"], suite: "audit" },
  "app/api/dashboard/export/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/documents/[versionId]/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/intents/[id]/evidence/route.ts": { methods: ["POST"], suite: "uploads" },
  "app/api/intents/[id]/evidence/[versionId]/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/meetings/[id]/packet/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/members/template/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/reports/[id]/evidence/[versionId]/route.ts": { methods: ["GET"], suite: "routes" },
  "app/api/reports/[id]/evidence/route.ts": { methods: ["POST"], suite: "uploads" },
};

/** The public pages that take input from anyone (no session): checked in the public suite and the browser. */
export const PUBLIC_PAGES = [
  "app/public/notices/page.tsx",
  "app/public/notices/[id]/page.tsx",
  "app/public/verify/page.tsx",
  "app/public/confirm/[token]/page.tsx",
];

export const ROOT = path.resolve(__dirname, "../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** What the source tree holds today: exported actions of every "use server" file, methods of every route. */
export function scanSources(): { actions: Record<string, string[]>; routes: Record<string, string[]>; publicPages: string[] } {
  const generated = path.join(ROOT, "lib", "db", "generated") + path.sep;
  const files = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "lib"))].filter((f) => !f.startsWith(generated));
  const actions: Record<string, string[]> = {};
  const routes: Record<string, string[]> = {};
  for (const file of files) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const text = fs.readFileSync(file, "utf8");
    if (/^\s*["']use server["'];?/m.test(text)) {
      actions[rel] = [...text.matchAll(/^export\s+(?:const|async\s+function|function)\s+(\w+)/gm)].map((m) => m[1]!).sort();
    }
    if (/\/route\.ts$/.test(rel)) {
      const direct = [...text.matchAll(/^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm)].map((m) => m[1]!);
      const renamed = [...text.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((m) => m[1]!);
      routes[rel] = [...direct, ...renamed].sort();
    }
  }
  const publicPages = files
    .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
    .filter((f) => f.startsWith("app/public/") && f.endsWith("page.tsx"))
    .sort();
  return { actions, routes, publicPages };
}

// --- the request stand-in: headers and the signed-in user of the next call ---------------------------

export interface HostileRequest {
  headers: Headers;
  user: SessionUser | null;
}

declare global {
  var __hostileRequest: HostileRequest | undefined;
}

export const HOST = "localhost:3000";
let ipCounter = 0;

/**
 * The next calls come from this user (null: signed out), same-origin unless `origin` says otherwise
 * (null: no Origin header). Each call gets its own client address, so the public forms' rate limits
 * (lib/security/rate-limit.ts, tested on their own) do not mask the answers this suite checks.
 */
export function actAs(user: SessionUser | null, opts: { origin?: string | null; headers?: Record<string, string> } = {}): void {
  ipCounter += 1;
  // The address arrives as the launcher's peer hook writes it (lib/cli/peer-address.cjs; no proxy is trusted by
  // default, so X-Forwarded-For is ignored): the hook's process mark is set as the launcher's server would have it.
  (globalThis as Record<symbol, unknown>)[Symbol.for("portal.peerAddressHeader")] = true;
  const h = new Headers({ host: HOST, [PEER_HEADER]: `198.51.${(ipCounter >> 8) & 255}.${ipCounter & 255}`, ...opts.headers });
  const origin = opts.origin === undefined ? `http://${HOST}` : opts.origin;
  if (origin !== null) h.set("origin", origin);
  globalThis.__hostileRequest = { headers: h, user };
}

/** Calls an action as `user`, with a fresh address. */
export async function call<T>(
  user: SessionUser | null,
  action: (raw: never) => Promise<T>,
  input: unknown,
  opts: Parameters<typeof actAs>[1] = {},
): Promise<T> {
  actAs(user, opts);
  return action(input as never);
}

/** Calls a route handler as `user`; the request's own headers (content-length, origin) are what next/headers gives. */
export async function callRoute(
  user: SessionUser | null,
  handler: (req: Request, ctx: { params: Promise<never> }) => Promise<Response>,
  req: Request,
  params: Record<string, string>,
  opts: { origin?: string | null } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  req.headers.forEach((v, k) => (headers[k] = v));
  actAs(user, { origin: opts.origin, headers });
  return handler(req, { params: Promise.resolve(params as never) });
}

/** A multipart upload as a browser sends it; the body is serialised so content-length is real. */
export async function uploadRequest(url: string, fields: Record<string, string | { name: string; bytes: Buffer; type?: string }>): Promise<Request> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === "string") form.set(k, v);
    else form.set(k, new File([new Uint8Array(v.bytes)], v.name, { type: v.type ?? "application/octet-stream" }));
  }
  const probe = new Request(url, { method: "POST", body: form });
  const body = Buffer.from(await probe.arrayBuffer());
  return new Request(url, { method: "POST", body, headers: { "content-type": probe.headers.get("content-type")!, "content-length": String(body.length) } });
}

// --- "nothing stored": a fingerprint of every table ----------------------------------------------------

/**
 * A digest of every row of every table (count and md5 of the rows' text), so a refused call can be shown
 * to have changed nothing at all: no row, no audit event, no notification. RateLimitBucket is left out:
 * counting hostile attempts is the rate limiter's job.
 */
export function useFingerprint(url: () => string) {
  let client: pg.Client | undefined;
  let sql = "";
  async function take(): Promise<Map<string, string>> {
    if (!client) {
      client = new pg.Client({ connectionString: url() });
      await client.connect();
      const { rows } = await client.query<{ t: string }>(
        `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'RateLimitBucket') ORDER BY 1`,
      );
      sql = rows
        .map((r) => `SELECT '${r.t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${r.t}" x`)
        .join(" UNION ALL ");
    }
    const { rows } = await client.query<{ t: string; n: number; h: string }>(sql);
    return new Map(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
  }
  return {
    take,
    /** Runs `fn` and fails if any table changed; gives back what `fn` returned. */
    async unchanged<T>(fn: () => Promise<T>): Promise<T> {
      const before = await take();
      const out = await fn();
      const after = await take();
      const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
      expect(changed, "tables changed by a refused request").toEqual([]);
      return out;
    },
    close: async () => {
      await client?.end();
      client = undefined;
    },
  };
}

/** This file's own database (tests/helpers/test-db.ts) and upload folder, and the fingerprint of that database. */
export function useHostileDatabase(uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"))) {
  process.env.UPLOAD_DIR = uploadDir;
  const t = useTestDatabase();
  const fp = useFingerprint(t.url);
  afterAll(() => fp.close());
  return { ...t, fp };
}

/** The 2026 scheme with the reference indicators, published and due far ahead, so reports can be opened and written. */
export async function publishedScheme(prisma: PrismaClient, createdById: string): Promise<string> {
  const def = { indicators: DEFAULT_SCHEME.indicators as unknown as Prisma.InputJsonValue, gradeBands: DEFAULT_SCHEME.gradeBands };
  const row = await prisma.assessmentScheme.create({
    data: {
      year: 2026,
      title: "2026年度考核方案",
      reportDue: new Date("2099-03-31T15:59:59Z"),
      status: "PUBLISHED",
      publishedAt: new Date(),
      createdById,
      ...def,
    },
  });
  return row.id;
}

/** Two filed alliances f and g (each with its filer, an outsider and a center user), and staff who may see both. */
export async function filedPair(prisma: PrismaClient) {
  const f = await createFiledAlliance(prisma);
  const g = await createFiledAlliance(prisma);
  const div = await prisma.division.findUniqueOrThrow({ where: { code: "HT" } });
  const reviewer = await makeUser(prisma, ["DIVISION_REVIEWER"], { divisionId: div.id });
  return { f, g, reviewer, secretary: await makeUser(prisma, ["DEPARTMENT_SECRETARY"]), officer: await makeUser(prisma, ["INSTITUTE_OFFICER"]) };
}

// --- what the answers must look like ----------------------------------------------------------------

const CJK = /[\u4e00-\u9fff]/;

type Refusal = { ok: false; code: string; fieldErrors?: Record<string, string[]> };

/** An action's answer is a refusal with this code; for INVALID_INPUT, with Chinese messages. */
export function expectRefused(result: unknown, codes: string | string[]): Refusal {
  const want = Array.isArray(codes) ? codes : [codes];
  expect(result, "expected a refusal").toMatchObject({ ok: false });
  const r = result as Refusal;
  expect(want, `refused with ${r.code}`).toContain(r.code);
  if (r.code === "INVALID_INPUT") {
    const messages = Object.values(r.fieldErrors ?? {}).flat();
    expect(messages.length, "a refusal of input names what is wrong").toBeGreaterThan(0);
    for (const m of messages) expect(m, "messages are Chinese").toMatch(CJK);
  }
  return r;
}

/** The messages of a refusal, flattened (for checking the specific wording). */
export const messagesOf = (r: { fieldErrors?: Record<string, string[]> }): string[] => Object.values(r.fieldErrors ?? {}).flat();

// --- hostile values ------------------------------------------------------------------------------------

export const SQL_TEXTS = [`'; DROP TABLE "User"; --`, "1 OR 1=1", `' OR '1'='1' --`, '1); DELETE FROM "AuditEvent"; --'] as const;
export const SCRIPT_TEXTS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", `"><svg onload=alert(1)>`] as const;
/** One string carrying both kinds, long enough for fields with a minimum length. */
export const HOSTILE_TEXT = `${SQL_TEXTS[0]} ${SQL_TEXTS[1]} ${SCRIPT_TEXTS[0]} ${SCRIPT_TEXTS[1]} ${SCRIPT_TEXTS[2]}`;

export const TRAVERSAL_NAMES = [
  "../../etc/passwd",
  "..\\..\\x.docx",
  "a\u0000b.docx",
  `${"长".repeat(3000)}.pdf`,
  "/etc/cron.d/x.pdf",
  "CON.docx",
  "\u202Egnp.exe.pdf",
] as const;

/** A prototype-pollution payload as JSON.parse would hand it over (own "__proto__" and "constructor" keys). */
export function withPrototypeKeys(payload: object): object {
  const rest = JSON.stringify(payload).slice(1);
  return JSON.parse(
    `{"__proto__":{"polluted":"yes","role":"SYSTEM_ADMIN"},"constructor":{"prototype":{"polluted":"yes"}}${rest === "}" ? "" : ","}${rest}`,
  ) as object;
}

export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).role).toBeUndefined();
}

/** Every file under a folder (to show nothing was written outside the upload folder, or at all). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

// --- malformed payloads, derived from one valid sample --------------------------------------------------

export interface Variant {
  path: string;
  label: string;
  payload: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const LONG = "长".repeat(100_001);

function setAt(root: unknown, at: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[at.at(-1)!] = value;
  return copy;
}

function leafVariants(v: unknown): [string, unknown][] {
  if (typeof v === "string") {
    if (UUID.test(v))
      return [
        ["not a uuid", "not-a-uuid"],
        ["path in an id", "../../etc/passwd"],
        ["SQL in an id", "1 OR 1=1"],
        ["number for an id", 1],
      ];
    if (DAY.test(v))
      return [
        ["a day that does not exist", "2026-02-30"],
        ["a month that does not exist", "2026-13-01"],
        ["a date not a day", "2026-07-01T00:00:00Z"],
        ["a number for a date", 20260701],
      ];
    return [
      ["100,001 characters", LONG],
      ["a NUL byte (PostgreSQL text cannot hold it)", `${v}\u0000`],
      ["a number for text", 12345],
      ["an object for text", { toString: "x" }],
      ["an array for text", ["x"]],
    ];
  }
  if (typeof v === "number")
    return [
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
      ["-Infinity", Number.NEGATIVE_INFINITY],
      ["1e300", 1e300],
      ["text for a number", "十二"],
      ["an object for a number", {}],
    ];
  if (typeof v === "boolean")
    return [
      ["text for a flag", "true"],
      ["a number for a flag", 1],
      ["an object for a flag", {}],
    ];
  return [];
}

/**
 * Hostile versions of a valid payload, one change each: every leaf replaced by wrong types, over-long text,
 * impossible numbers, invalid ids and dates; every array blown up to 10,000 items; every record given
 * 10,000 keys. Each must be refused by validation before anything runs.
 */
export function hostileVariants(sample: unknown, at: (string | number)[] = []): Variant[] {
  const out: Variant[] = [];
  const here = at.join(".");
  const add = (label: string, value: unknown) => out.push({ path: here, label, payload: setAt(sample, at, value) });
  const node = at.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], sample);
  if (Array.isArray(node)) {
    if (at.length) add("text for a list", "x");
    if (node.length) {
      add(
        "10,000 items",
        Array.from({ length: 10_000 }, () => structuredClone(node[0])),
      );
      out.push(...hostileVariants(sample, [...at, 0]));
    }
  } else if (node && typeof node === "object") {
    if (at.length) add("text for an object", "x");
    for (const k of Object.keys(node)) out.push(...hostileVariants(sample, [...at, k]));
  } else {
    for (const [label, value] of leafVariants(node)) add(label, value);
  }
  return out;
}

/** A record (map of code → number) grown to 10,000 keys, for z.record fields. */
export function hugeRecord(value: unknown): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`K${i}`, value]));
}
