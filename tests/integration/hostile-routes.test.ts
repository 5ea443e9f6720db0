import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { openReport } from "@/lib/assessment/reports";
import { uploadEvidence } from "@/lib/assessment/report-evidence";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { GET as openNotification } from "@/app/(portal)/notifications/[id]/route";
import { GET as certificate } from "@/app/api/alliances/[id]/certificate/route";
import { GET as generated } from "@/app/api/alliances/[id]/generated/[doc]/route";
import { GET as dashboardExport } from "@/app/api/dashboard/export/route";
import { GET as documentDownload } from "@/app/api/documents/[versionId]/route";
import { GET as meetingPacket } from "@/app/api/meetings/[id]/packet/route";
import { GET as memberTemplate } from "@/app/api/members/template/route";
import { GET as evidenceDownload } from "@/app/api/reports/[id]/evidence/[versionId]/route";
import { GET as intentEvidenceDownload } from "@/app/api/intents/[id]/evidence/[versionId]/route";
import { uploadIntentEvidence } from "@/lib/calls/intent-evidence";
import { makeUser } from "../helpers/users";
import { code } from "../helpers/filing-fixture";
import { fixtures } from "../helpers/fixture-files";
import type { FiledFixture } from "../helpers/filed-fixture";
import { callRoute, SQL_TEXTS, TRAVERSAL_NAMES, filedPair, useHostileDatabase, publishedScheme } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// The read-only routes (downloads, exports, the notice redirect): other users' ids, wrong roles, hostile
// path and query parameters; and the headers every download carries (RFC 6266 attachment, nosniff).

const { fp, ...t } = useHostileDatabase();

let f: FiledFixture, g: FiledFixture, filerA: SessionUser, reviewer: SessionUser, ruralReviewer: SessionUser, secretary: SessionUser;
let draftId: string, versionId: string, reportF: string, evidenceVersion: string, meetingId: string;
const HOSTILE_NAME = `章程"; filename=evil.exe\r\nX-Injected: 1 <script>.docx`;
const BASE = "http://localhost:3000";

const get = (
  user: SessionUser | null,
  handler: (req: Request, ctx: { params: Promise<never> }) => Promise<Response>,
  url: string,
  params: Record<string, string> = {},
) => callRoute(user, handler, new Request(`${BASE}${url}`), params);

function expectAttachment(res: Response, name: RegExp) {
  expect(res.status).toBe(200);
  const cd = res.headers.get("content-disposition") ?? "";
  expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!'()*._~-]+$/);
  expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1]!)).toMatch(name);
  expect(cd).not.toMatch(/[\r\n]/);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
}

/** The parameters of a Content-Disposition value, split on ";" outside quoted strings. */
function dispositionParams(value: string): [string, string][] {
  const parts = value.match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
  return parts.slice(1).map((p) => {
    const i = p.indexOf("=");
    return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
  });
}

beforeAll(async () => {
  const p = t.prisma();
  ({ f, g, reviewer, secretary } = await filedPair(p));
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  ruralReviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
  const orgA = await p.organization.create({ data: { name: "吉林省草稿企业有限公司", type: "ENTERPRISE", creditCode: code(800) } });
  filerA = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: orgA.id });
  draftId = (await p.alliance.create({ data: { name: "吉林省草稿联盟", industryCode: "NEW_ENERGY", leadOrgId: orgA.id, createdById: filerA.id } })).id;
  versionId = (await uploadAttachment(filerA, { allianceId: draftId, kind: "OTHER", fileName: HOSTILE_NAME, bytes: fixtures.docx() })).versionId;
  await publishedScheme(p, f.center.id);
  reportF = (await openReport(f.filer, f.allianceId, 2026)).report!.id;
  evidenceVersion = (await uploadEvidence(f.filer, { reportId: reportF, fileName: "佐证材料.pdf", bytes: fixtures.pdf() })).versionId;
  meetingId = (await p.meeting.create({ data: { sessionNo: "2026年第1次", title: "联盟备案审议", createdById: secretary.id } })).id;
});

describe("downloads of other users' files (IDOR)", () => {
  it("a filing attachment: only the lead enterprise's filer while it is a draft", async () => {
    await fp.unchanged(async () => {
      expectAttachment(await get(filerA, documentDownload, `/api/documents/${versionId}`, { versionId }), /\.docx$/);
      for (const who of [f.filer, g.filer, reviewer, secretary, f.center])
        expect((await get(who, documentDownload, `/api/documents/${versionId}`, { versionId })).status).toBe(404);
      expect((await get(null, documentDownload, `/api/documents/${versionId}`, { versionId })).status).toBe(401);
    });
  });

  it("report evidence: not through another report's id, not for another enterprise", async () => {
    const reportG = (await openReport(g.filer, g.allianceId, 2026)).report!.id;
    await fp.unchanged(async () => {
      expectAttachment(
        await get(f.filer, evidenceDownload, `/api/reports/${reportF}/evidence/${evidenceVersion}`, { id: reportF, versionId: evidenceVersion }),
        /^佐证材料\.pdf$/,
      );
      expect((await get(g.filer, evidenceDownload, "", { id: reportF, versionId: evidenceVersion })).status).toBe(404);
      expect((await get(g.filer, evidenceDownload, "", { id: reportG, versionId: evidenceVersion })).status).toBe(404);
      expect((await get(f.filer, evidenceDownload, "", { id: reportG, versionId: evidenceVersion })).status).toBe(404);
      expect((await get(ruralReviewer, evidenceDownload, "", { id: reportF, versionId: evidenceVersion })).status).toBe(404);
    });
  });

  it("the filing certificate: the alliance's own filer and staff in scope only", async () => {
    await fp.unchanged(async () => {
      expectAttachment(await get(f.filer, certificate, `/api/alliances/${f.allianceId}/certificate`, { id: f.allianceId }), /备案证明\.docx$/);
      for (const who of [g.filer, f.outsider, ruralReviewer]) expect((await get(who, certificate, "", { id: f.allianceId })).status).toBe(404);
      // A draft has no certificate, even for its own filer.
      expect((await get(filerA, certificate, "", { id: draftId })).status).toBe(404);
    });
  });

  it("generated 附件: unknown, prototype and traversal kinds and ids are not found", async () => {
    await fp.unchanged(async () => {
      expectAttachment(await get(filerA, generated, "", { id: draftId, doc: "annex1" }), /\.docx$/);
      for (const doc of ["__proto__", "constructor", "toString", "hasOwnProperty", TRAVERSAL_NAMES[0], "annex1\u0000", SQL_TEXTS[1]]) {
        expect((await get(filerA, generated, "", { id: draftId, doc })).status, doc).toBe(404);
      }
      expect((await get(g.filer, generated, "", { id: draftId, doc: "annex1" })).status).toBe(404);
      for (const id of [TRAVERSAL_NAMES[0], SQL_TEXTS[1], `${draftId}' OR '1'='1`])
        expect((await get(filerA, generated, "", { id, doc: "annex1" })).status).toBe(404);
    });
  });

  it("the meeting packet: the department secretary only", async () => {
    await fp.unchanged(async () => {
      expectAttachment(await get(secretary, meetingPacket, "", { id: meetingId }), /\.docx$/);
      for (const who of [f.filer, reviewer, f.center]) expect((await get(who, meetingPacket, "", { id: meetingId })).status).toBe(403);
      expect((await get(secretary, meetingPacket, "", { id: "../../etc/passwd" })).status).toBe(404);
    });
  });

  it("the member template: signed-in users only", async () => {
    const res = await callRoute(null, memberTemplate as never, new Request(`${BASE}/api/members/template`), {});
    expect(res.status).toBe(401);
    expectAttachment(await callRoute(filerA, memberTemplate as never, new Request(`${BASE}/api/members/template`), {}), /\.xlsx$/);
  });
});

describe("intent evidence downloads (issue #17 item 8)", () => {
  it("the enterprise's own file and staff in scope; not another enterprise, not another division, not through another intent", async () => {
    const p = t.prisma();
    const call = await p.call.create({
      data: { industryCode: "NEW_ENERGY", title: "牵头单位遴选", deadline: new Date(Date.now() + 86_400_000), createdById: secretary.id },
    });
    const mine = await p.leadIntent.create({ data: { callId: call.id, organizationId: f.leadOrgId, evidence: {}, createdById: f.filer.id } });
    const theirs = await p.leadIntent.create({ data: { callId: call.id, organizationId: g.leadOrgId, evidence: {}, createdById: g.filer.id } });
    const v = (await uploadIntentEvidence(f.filer, { intentId: mine.id, condition: "rnd", fileName: HOSTILE_NAME, bytes: fixtures.pdf() })).versionId;
    await fp.unchanged(async () => {
      for (const who of [f.filer, reviewer, secretary]) expectAttachment(await get(who, intentEvidenceDownload, "", { id: mine.id, versionId: v }), /\.pdf$/);
      for (const who of [g.filer, f.outsider, ruralReviewer, f.center, filerA])
        expect((await get(who, intentEvidenceDownload, "", { id: mine.id, versionId: v })).status).toBe(404);
      // Another intent's id with this file, a report evidence version through this route, hostile ids.
      expect((await get(g.filer, intentEvidenceDownload, "", { id: theirs.id, versionId: v })).status).toBe(404);
      expect((await get(f.filer, intentEvidenceDownload, "", { id: mine.id, versionId: evidenceVersion })).status).toBe(404);
      for (const id of [TRAVERSAL_NAMES[0], SQL_TEXTS[1], `${mine.id}' OR '1'='1`])
        expect((await get(f.filer, intentEvidenceDownload, "", { id, versionId: v })).status).toBe(404);
      expect((await get(null, intentEvidenceDownload, "", { id: mine.id, versionId: v })).status).toBe(401);
      // Nor through the alliance attachment route.
      expect((await get(f.filer, documentDownload, "", { versionId: v })).status).toBe(404);
    });
  });
});

describe("a hostile uploaded name reaches the download header safely", () => {
  it("quotes, CR/LF and markup in the name cannot add a header or a second filename", async () => {
    const res = await get(filerA, documentDownload, "", { versionId });
    expectAttachment(res, /\.docx$/);
    // Parsed as RFC 6266 does (parameters split outside quoted strings): one filename, one filename*.
    const params = dispositionParams(res.headers.get("content-disposition")!);
    expect(params.map(([k]) => k)).toEqual(["filename", "filename*"]);
    const stored = await t.prisma().documentVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(decodeURIComponent(params[1]![1].replace(/^UTF-8''/, ""))).toBe(stored.fileName);
    expect(stored.fileName).not.toMatch(/[\r\n"<>]/);
    expect(res.headers.get("x-injected")).toBeNull();
  });
});

describe("dashboard export", () => {
  it("refuses filers and administrators", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    await fp.unchanged(async () => {
      for (const who of [f.filer, admin]) expect((await get(who, dashboardExport, "/api/dashboard/export?table=industry&format=csv")).status).toBe(403);
    });
  });

  it("answers hostile query strings with 422 and a Chinese message at the parameter, never a 500, auditing nothing", async () => {
    const cases: [string, string][] = [
      ["table=__proto__&format=csv", "table"],
      ["table=constructor&format=xlsx", "table"],
      ["table=industry&format=exe", "format"],
      ["table=industry&format=csv&year=NaN", "year"],
      ["table=industry&format=csv&year=1e4", "year"],
      [`table=industry&format=csv&industry=${encodeURIComponent(SQL_TEXTS[1])}`, "industry"],
      [`table=industry&format=csv&city=${encodeURIComponent("<script>alert(1)</script>")}`, "city"],
      ["table=industry&format=csv&state=FILED&state=DRAFT", "state"],
      ["table=industry&table=city&format=csv", "table"],
    ];
    await fp.unchanged(async () => {
      for (const [query, field] of cases) {
        const res = await get(f.center, dashboardExport, `/api/dashboard/export?${query}`);
        expect(res.status, query).toBe(422);
        const body = (await res.json()) as { fieldErrors: Record<string, string[]> };
        expect(body.fieldErrors[field]?.[0], query).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });

  it("a well-formed export is an attachment with RFC 6266 names", async () => {
    expectAttachment(await get(f.center, dashboardExport, "/api/dashboard/export?table=industry&format=csv"), /\.csv$/);
  });
});

describe("opening a notification", () => {
  it("another user's notification is neither read nor followed", async () => {
    const n = await t.prisma().notification.create({ data: { userId: f.filer.id, kind: "x", title: "仅给经办人", link: `/alliances/${f.allianceId}` } });
    await fp.unchanged(async () => {
      const res = await get(g.filer, openNotification, `/notifications/${n.id}`, { id: n.id });
      expect(res.status).toBe(303);
      // Relative: the browser stays on whatever address it used, never one the server made up (issue 14).
      expect(res.headers.get("location")).toBe("/notifications");
      for (const id of [SQL_TEXTS[1], TRAVERSAL_NAMES[0]])
        expect((await get(f.filer, openNotification, "", { id })).headers.get("location")).toBe("/notifications");
    });
  });

  it("never leaves the portal, whatever a stored link says", async () => {
    for (const link of [
      "//evil.example/x",
      "/\\evil.example/x",
      "/\t/evil.example",
      "/\\/evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/%5Cevil.example",
    ]) {
      const n = await t.prisma().notification.create({ data: { userId: f.filer.id, kind: "x", title: "链接", link } });
      const res = await get(f.filer, openNotification, "", { id: n.id });
      const location = res.headers.get("location")!;
      expect(location, link).toMatch(/^\/(?![\\/])/);
      expect(new URL(location, "http://portal.example").host, link).toBe("portal.example");
    }
  });
});
