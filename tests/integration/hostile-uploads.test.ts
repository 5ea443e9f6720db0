import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { openReport } from "@/lib/assessment/reports";
import { UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import { buildMemberTemplate, lyingArchiveMessage } from "@/lib/members/member-sheet";
import { POST as uploadDocument } from "@/app/api/alliances/[id]/documents/route";
import { POST as uploadEvidence } from "@/app/api/reports/[id]/evidence/route";
import { POST as uploadCharter } from "@/app/api/alliances/[id]/charter/route";
import { POST as importMembers } from "@/app/api/alliances/[id]/members/import/route";
import { POST as uploadIntentEvidence } from "@/app/api/intents/[id]/evidence/route";
import { LEAD_CONDITIONS } from "@/lib/validation/calls";
import { makeUser } from "../helpers/users";
import { code } from "../helpers/filing-fixture";
import { fixtures, hostileDocuments as hd, hostileSheets as hs, makeZip } from "../helpers/fixture-files";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { callRoute, filesUnder, SQL_TEXTS, TRAVERSAL_NAMES, uploadRequest, useHostileDatabase, publishedScheme } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// Every upload route (filing attachments, report evidence, charter amendments, member import) against
// forged files, path-traversal names, other users' ids, cross-origin posts and broken bodies. The upload
// folder sits inside a folder of its own, so "nothing written outside it" is a listing of that folder.

const SANDBOX = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-uploads-"));
const UPLOADS = path.join(SANDBOX, "uploads");
const { fp, ...t } = useHostileDatabase(UPLOADS);
afterAll(() => fs.rmSync(SANDBOX, { recursive: true, force: true }));

let f: FiledFixture, filerA: SessionUser, filerB: SessionUser;
let draftId: string, reportId: string, intentId: string, intentFiler: SessionUser;
let nextCondition = 0;
const KEY_PATH = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TEXT_AS_PDF = Buffer.from("这不是 PDF，只是一段改了扩展名的文字。\n");

type Target = { name: string; handler: typeof uploadDocument; url: () => string; id: () => string; owner: () => SessionUser; fields: Record<string, string> };
const TARGETS: Target[] = [
  {
    name: "filing attachment",
    handler: uploadDocument,
    url: () => `http://localhost:3000/api/alliances/${draftId}/documents`,
    id: () => draftId,
    owner: () => filerA,
    fields: { kind: "CHARTER" },
  },
  {
    name: "report evidence",
    handler: uploadEvidence,
    url: () => `http://localhost:3000/api/reports/${reportId}/evidence`,
    id: () => reportId,
    owner: () => f.filer,
    fields: {},
  },
  {
    name: "charter amendment",
    handler: uploadCharter,
    url: () => `http://localhost:3000/api/alliances/${f.allianceId}/charter`,
    id: () => f.allianceId,
    owner: () => f.filer,
    fields: { approvedOn: "2025-05-01", approvedBy: "2025年第一次成员大会", note: "" },
  },
  {
    // Issue #17 item 8: evidence for the lead-unit conditions 六（一）1-5, spread over the five (at most 5 each).
    name: "intent evidence",
    handler: uploadIntentEvidence,
    url: () => `http://localhost:3000/api/intents/${intentId}/evidence`,
    id: () => intentId,
    // A second filer of f's lead enterprise: uploads are rate-limited per user, and f.filer uploads elsewhere.
    owner: () => intentFiler,
    get fields() {
      return { condition: LEAD_CONDITIONS[nextCondition++ % LEAD_CONDITIONS.length]!.key };
    },
  },
];

async function post(
  target: Target,
  user: SessionUser | null,
  file: { name: string; bytes: Buffer } | null,
  opts: { origin?: string | null; fields?: Record<string, string> } = {},
) {
  const req = await uploadRequest(target.url(), { ...target.fields, ...opts.fields, ...(file ? { file } : {}) });
  return callRoute(user, target.handler, req, { id: target.id() }, { origin: opts.origin });
}

/** Runs `fn` and fails if any table changed or any file appeared anywhere in the sandbox. */
async function nothingStored(fn: () => Promise<void>) {
  const before = filesUnder(SANDBOX);
  await fp.unchanged(fn);
  expect(filesUnder(SANDBOX)).toEqual(before);
}

beforeAll(async () => {
  const p = t.prisma();
  f = await createFiledAlliance(p);
  const orgA = await p.organization.create({ data: { name: "吉林省草稿企业有限公司", type: "ENTERPRISE", creditCode: code(800) } });
  const orgB = await p.organization.create({ data: { name: "吉林省另一家企业有限公司", type: "ENTERPRISE", creditCode: code(801) } });
  filerA = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: orgA.id });
  filerB = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: orgB.id });
  draftId = (await p.alliance.create({ data: { name: "吉林省草稿联盟", industryCode: "NEW_ENERGY", leadOrgId: orgA.id, createdById: filerA.id } })).id;
  await publishedScheme(p, f.center.id);
  reportId = (await openReport(f.filer, f.allianceId, 2026)).report!.id;
  const call = await p.call.create({
    data: { industryCode: "NEW_ENERGY", title: "氢能联盟牵头单位遴选", deadline: new Date(Date.now() + 30 * 86_400_000), createdById: f.center.id },
  });
  intentFiler = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: f.leadOrgId });
  intentId = (await p.leadIntent.create({ data: { callId: call.id, organizationId: f.leadOrgId, evidence: {}, createdById: f.filer.id } })).id;
});

describe("intent evidence: the condition field", () => {
  it("refuses an unknown, prototype or SQL condition key and a decided intent, storing nothing", async () => {
    const pdf = { name: "证明.pdf", bytes: fixtures.pdf() };
    const target = TARGETS.find((x) => x.name === "intent evidence")!;
    await nothingStored(async () => {
      for (const condition of ["__proto__", "constructor", "toString", SQL_TEXTS[1], "", "legalEntity\u0000"]) {
        const res = await post(target, intentFiler, pdf, { fields: { condition } });
        expect(res.status, condition).toBe(422);
        expect(JSON.stringify(await res.json())).toMatch(/六（一）1-5/);
      }
    });
    await t.prisma().leadIntent.update({ where: { id: intentId }, data: { status: "QUALIFIED" } });
    try {
      await nothingStored(async () => {
        const res = await post(target, intentFiler, pdf, { fields: { condition: "rnd" } });
        expect(res.status).toBe(409);
        expect(JSON.stringify(await res.json())).toMatch(/已经审核/);
      });
    } finally {
      await t.prisma().leadIntent.update({ where: { id: intentId }, data: { status: "SUBMITTED" } });
    }
  });
});

describe.each(TARGETS)("$name upload", (target) => {
  it("refuses forged files with the specific Chinese reason, storing nothing and writing no file", async () => {
    const forged: [string, Buffer, string][] = [
      ["章程.pdf", TEXT_AS_PDF, UPLOAD_MESSAGES.NOT_ALLOWED],
      ["章程.docx", fixtures.docxWithVba(), UPLOAD_MESSAGES.MACRO],
      ["章程.docx", fixtures.docm(), UPLOAD_MESSAGES.MACRO],
      ["章程.pdf", fixtures.encryptedPdf(), UPLOAD_MESSAGES.ENCRYPTED_PDF],
      ["章程.doc", fixtures.legacyDoc(), UPLOAD_MESSAGES.LEGACY_DOC],
      ["章程.docx", fixtures.legacyDoc(), UPLOAD_MESSAGES.LEGACY_DOC],
      ["章程.docx", fixtures.zipBomb(), UPLOAD_MESSAGES.ZIP_BOMB],
      ["章程.docx", fixtures.lyingZip(), UPLOAD_MESSAGES.ZIP_BOMB],
      ["章程.pdf", fixtures.exe(), UPLOAD_MESSAGES.NOT_ALLOWED],
      ["章程.docx", fixtures.zipWithoutWord(), UPLOAD_MESSAGES.BROKEN_DOCX],
      ["章程.pdf", Buffer.alloc(0), UPLOAD_MESSAGES.EMPTY],
    ];
    await nothingStored(async () => {
      for (const [name, bytes, message] of forged) {
        const res = await post(target, target.owner(), { name, bytes });
        expect(res.status, name).toBe(422);
        expect(await res.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: [message] } });
      }
    });
  });

  it("refuses another enterprise's filer, the signed-out and other origins, writing no file", async () => {
    const pdf = { name: "章程.pdf", bytes: fixtures.pdf() };
    await nothingStored(async () => {
      expect((await post(target, filerB, pdf)).status).toBe(404);
      expect((await post(target, f.outsider, pdf)).status).toBe(404);
      expect((await post(target, null, pdf)).status).toBe(401);
      for (const origin of ["https://evil.example", null, "null"]) {
        const res = await post(target, target.owner(), pdf, { origin });
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ code: "BAD_ORIGIN" });
      }
    });
  });

  it("answers a broken multipart body, a missing file and a declared 2 GB body with 4xx and a Chinese message", async () => {
    await nothingStored(async () => {
      const broken = new Request(target.url(), {
        method: "POST",
        body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n',
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "52" },
      });
      const r1 = await callRoute(target.owner(), target.handler, broken, { id: target.id() });
      expect(r1.status).toBe(422);
      expect(JSON.stringify(await r1.json())).toMatch(/[\u4e00-\u9fff]/);
      const json = new Request(target.url(), { method: "POST", body: '{"file": ', headers: { "content-type": "application/json", "content-length": "9" } });
      expect((await callRoute(target.owner(), target.handler, json, { id: target.id() })).status).toBe(422);
      const r2 = await post(target, target.owner(), null);
      expect(r2.status).toBe(422);
      expect(JSON.stringify(await r2.json())).toMatch(/请选择/);
      const huge = new Request(target.url(), {
        method: "POST",
        body: "x",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(2 * 1024 ** 3) },
      });
      const r3 = await callRoute(target.owner(), target.handler, huge, { id: target.id() });
      expect(r3.status).toBe(422);
      expect(await r3.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: [UPLOAD_MESSAGES.TOO_LARGE] } });
    });
  });

  it("stores path-traversal names under server-generated keys inside the upload folder, with the shown name cleaned", async () => {
    for (const name of TRAVERSAL_NAMES) {
      const res = await post(target, target.owner(), { name, bytes: fixtures.pdf() });
      expect(res.status, name).toBe(200);
    }
    const rows = await t.prisma().documentVersion.findMany({ where: { uploadedById: target.owner().id }, orderBy: { createdAt: "asc" } });
    const shown = rows.slice(-TRAVERSAL_NAMES.length).map((r) => r.fileName);
    for (const n of shown) {
      expect(n).not.toMatch(/[\\/\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
      expect(n.endsWith(".pdf")).toBe(true);
      expect([...n].length).toBeLessThanOrEqual(84);
    }
    // Separators become "_", the NUL goes, and the extension is the one the content proved.
    expect(shown.slice(0, 3)).toEqual([".._..pdf", ".._.._x.pdf", "ab.pdf"]);
    // Every file on disk is <2 hex>/<uuid> under the upload folder, and each row names one of them.
    const onDisk = filesUnder(SANDBOX).map((p) => path.relative(UPLOADS, p).split(path.sep).join("/"));
    for (const p of onDisk) expect(p).toMatch(KEY_PATH);
    for (const r of rows) expect(onDisk).toContain(`${r.storageKey.slice(0, 2)}/${r.storageKey}`);
  });
});

describe("charter amendment fields", () => {
  const charter = TARGETS[2]!;
  it("keeps SQL-looking text in the approving meeting's name as typed, and refuses control characters", async () => {
    const ok = await post(
      charter,
      f.filer,
      { name: "章程.docx", bytes: fixtures.docx() },
      { fields: { approvedBy: SQL_TEXTS[0], note: "<script>alert(1)</script>" } },
    );
    expect(ok.status).toBe(200);
    const v = await t.prisma().documentVersion.findFirstOrThrow({ where: { uploadedById: f.filer.id, note: "<script>alert(1)</script>" } });
    expect(v.note).toBe("<script>alert(1)</script>");
    await nothingStored(async () => {
      const res = await post(charter, f.filer, { name: "章程.docx", bytes: fixtures.docx() }, { fields: { approvedBy: "2025年第一次\u0000成员大会" } });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ fieldErrors: { approvedBy: ["内容中含有不可见的控制字符（如 \\0），请删除后重新填写"] } });
      const future = await post(charter, f.filer, { name: "章程.docx", bytes: fixtures.docx() }, { fields: { approvedOn: "2999-01-01" } });
      expect(future.status).toBe(422);
    });
  });
});

describe("member import (.xlsx)", () => {
  const url = () => `http://localhost:3000/api/alliances/${draftId}/members/import`;
  const send = async (user: SessionUser | null, bytes: Buffer, opts: { origin?: string | null; id?: string } = {}) =>
    callRoute(user, importMembers, await uploadRequest(url(), { file: { name: "成员.xlsx", bytes } }), { id: opts.id ?? draftId }, { origin: opts.origin });

  it("reads the template for its owner only, and never stores anything", async () => {
    const template = await buildMemberTemplate();
    await nothingStored(async () => {
      expect((await send(filerA, template)).status).toBe(200);
      expect((await send(filerB, template)).status).toBe(404);
      expect((await send(filerA, template, { origin: "https://evil.example" })).status).toBe(403);
      expect((await send(filerA, template, { id: "../../etc/passwd" })).status).toBe(404);
    });
  });

  it("refuses what is not a workbook, and a zip whose entries inflate past what they declare, in Chinese", { timeout: 90_000 }, async () => {
    const entries = (big: Buffer, declared?: number) =>
      makeZip([
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/workbook.xml", data: big, declaredSize: declared },
      ]);
    await nothingStored(async () => {
      for (const bytes of [fixtures.pdf(), fixtures.docx(), fixtures.exe(), TEXT_AS_PDF]) {
        const res = await send(filerA, bytes);
        expect(res.status).toBe(422);
        expect(await res.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: ["请上传 Excel（.xlsx）文件，可先下载导入模板"] } });
      }
      // 20 MB of spaces (past the 16 MB budget) claiming 20 MB, and the same claiming 100 bytes: neither may reach the workbook reader.
      const honest = await send(filerA, entries(Buffer.alloc(20 * 1024 * 1024, 0x20)));
      expect(await honest.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: ["表格解压后过大，已拒绝"] } });
      const lying = await send(filerA, entries(Buffer.alloc(20 * 1024 * 1024, 0x20), 100));
      expect(lying.status).toBe(422);
      expect(await lying.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: [lyingArchiveMessage()] } });
    });
  });
});

// Issue 15's corpus: every file against every path, the upload folder and every table compared before and after.
const DOCUMENT_CORPUS: [string, () => Buffer, string][] = [
  ["章程.docx", hd.docxLyingBomb, UPLOAD_MESSAGES.ZIP_BOMB],
  ["章程.docx", hd.docxRemoteTemplate, UPLOAD_MESSAGES.EXTERNAL_LINK],
  ["章程.docx", hd.docxRemoteTemplateEscaped, UPLOAD_MESSAGES.EXTERNAL_LINK],
  ["章程.docx", hd.docxExternalImage, UPLOAD_MESSAGES.EXTERNAL_LINK],
  ["章程.docx", hd.docxVbaByContentType, UPLOAD_MESSAGES.MACRO],
  ["章程.docx", hd.docxVbaByDefault, UPLOAD_MESSAGES.MACRO],
  ["章程.docx", hd.docxVbaRelationship, UPLOAD_MESSAGES.MACRO],
  ["章程.docx", hd.docxActiveX, UPLOAD_MESSAGES.ACTIVE_CONTENT],
  ["章程.docx", hd.docxOleObject, UPLOAD_MESSAGES.ACTIVE_CONTENT],
  ["章程.docx", hd.docxDoctype, UPLOAD_MESSAGES.BROKEN_DOCX],
  ["章程.pdf", hd.pdfOpenActionJs, UPLOAD_MESSAGES.ACTIVE_PDF],
  ["章程.pdf", hd.pdfJsEscaped, UPLOAD_MESSAGES.ACTIVE_PDF],
  ["章程.pdf", hd.pdfEncryptEscaped, UPLOAD_MESSAGES.ENCRYPTED_PDF],
  ["章程.pdf", hd.pdfLaunch, UPLOAD_MESSAGES.ACTIVE_PDF],
  ["章程.pdf", hd.pdfEmbeddedFile, UPLOAD_MESSAGES.ACTIVE_PDF],
  ["章程.pdf", hd.pdfRichMedia, UPLOAD_MESSAGES.ACTIVE_PDF],
  ["章程.pdf", hd.pdfJsInObjectStream, UPLOAD_MESSAGES.ACTIVE_PDF],
  ["章程.pdf", hd.pdfHtml, UPLOAD_MESSAGES.BROKEN_PDF],
];
const SHEET_CORPUS = Object.entries(hs);

// The corpus is larger than one user's upload allowance (60 per 10 minutes): each test starts a fresh window.
const freshUploadWindow = () => t.prisma().rateLimitBucket.deleteMany({ where: { key: { startsWith: "upload:" } } });

describe.each(TARGETS)("$name upload against the issue 15 corpus", (target) => {
  beforeEach(freshUploadWindow);
  it("refuses each hostile document with its Chinese reason and each hostile workbook as not a document, storing nothing", async () => {
    await nothingStored(async () => {
      for (const [name, make, message] of DOCUMENT_CORPUS) {
        const res = await post(target, target.owner(), { name, bytes: make() });
        expect(res.status, make.name).toBe(422);
        expect(await res.json(), make.name).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { file: [message] } });
      }
      for (const [name, make] of SHEET_CORPUS) {
        const res = await post(target, target.owner(), { name: "章程.docx", bytes: make() });
        expect(res.status, name).toBe(422);
        expect((await res.json()).code, name).toBe("INVALID_INPUT");
      }
    });
  });

  it("stores a .docx whose only outside link is a plain web hyperlink", async () => {
    expect((await post(target, target.owner(), { name: "章程.docx", bytes: hd.docxHyperlink() })).status).toBe(200);
  });
});

describe("member import against the issue 15 corpus", () => {
  beforeEach(freshUploadWindow);
  const url = () => `http://localhost:3000/api/alliances/${draftId}/members/import`;
  const send = async (bytes: Buffer) => callRoute(filerA, importMembers, await uploadRequest(url(), { file: { name: "成员.xlsx", bytes } }), { id: draftId });
  const refusal = async (bytes: Buffer) => {
    const res = await send(bytes);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; fieldErrors: { file: string[] } };
    expect(body.code).toBe("INVALID_INPUT");
    return body.fieldErrors.file[0];
  };

  it("refuses hostile workbooks before or while reading them, each in Chinese, storing nothing", async () => {
    await nothingStored(async () => {
      expect(await refusal(hs.formulaFlood())).toMatch(/工作表内容过大/);
      expect(await refusal(hs.hugeDimension())).toBe("工作表声明了 1048576 行；一次最多导入 500 行，请删去多余的行后再导入");
      expect(await refusal(hs.macroEnabled())).toMatch(/不接受含宏的表格文件/);
      expect(await refusal(hs.externalLink())).toMatch(/外部文件或地址/);
      expect(await refusal(hs.lyingBomb())).toBe(lyingArchiveMessage());
      for (const [, make] of DOCUMENT_CORPUS) expect(await refusal(make()), make.name).toBe("请上传 Excel（.xlsx）文件，可先下载导入模板");
    });
  });

  it("refuses formula cells and formula-looking text, naming the row and the column", async () => {
    await nothingStored(async () => {
      const hyperlink = await send(hs.hyperlinkFormula());
      expect(hyperlink.status).toBe(200);
      const h = (await hyperlink.json()) as { data: { rows: unknown[]; errors: { row: number; messages: string[] }[] } };
      expect(h.data.rows).toEqual([]);
      expect(h.data.errors).toEqual([{ row: 2, messages: ["第 2 行 B 列（「单位名称」）是公式，请改为直接填写内容（复制后“选择性粘贴 → 数值”）"] }]);
      const cmd = (await (await send(hs.literalCmd())).json()) as typeof h;
      expect(cmd.data.rows).toEqual([]);
      expect(cmd.data.errors).toEqual([{ row: 2, messages: ["第 2 行 B 列（「单位名称」）以“=”开头，会被表格软件当作公式，请删去开头的符号"] }]);
    });
  });
});
