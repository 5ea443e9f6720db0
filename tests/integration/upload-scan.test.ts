// The clamd hook on every upload path, against tests/helpers/fake-clamd.ts: a stand-in speaking clamd's INSTREAM
// protocol over a real TCP socket (ClamAV is not installed here). Infected files and an unavailable scanner are
// both refused with nothing stored (fail closed).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { scanWithClamd, SCAN_MESSAGES } from "@/lib/uploads/scan";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import { localFileStore } from "@/lib/storage/local-store";
import { startFakeClamd, EICAR, type ClamdMode, type FakeClamd } from "../helpers/fake-clamd";
import { fixtures } from "../helpers/fixture-files";
import { outcomeOf } from "../helpers/errors";
import { useTestDatabase } from "../helpers/test-db";
import { createUploadPaths, type UploadPath } from "../helpers/upload-paths";

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
process.env.UPLOAD_DIR = uploadDir;
const t = useTestDatabase();
const TIMEOUT_MS = 400;

let clamd: FakeClamd;
let paths: UploadPath[];

const pdfWith = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const infectedPdf = () => pdfWith(EICAR);

async function storedFiles(): Promise<number> {
  let n = 0;
  for await (const _ of localFileStore(uploadDir).list()) n += 1;
  return n;
}
/** What an upload can leave behind: version rows, audit events, stored files. */
const footprint = async () => ({ versions: await t.prisma().documentVersion.count(), audit: await t.prisma().auditEvent.count(), files: await storedFiles() });

function useClamd(on: boolean) {
  if (on) Object.assign(process.env, { CLAMD_HOST: clamd.host, CLAMD_PORT: String(clamd.port), CLAMD_TIMEOUT_MS: String(TIMEOUT_MS) });
  else delete process.env.CLAMD_HOST;
  resetEnvCache();
}

beforeAll(async () => {
  clamd = await startFakeClamd();
  useClamd(true);
  paths = await createUploadPaths(t.prisma());
});
afterAll(async () => {
  useClamd(false);
  await clamd.close();
});

describe("the INSTREAM client", () => {
  const scan = (bytes: Buffer, port = clamd.port, timeoutMs = TIMEOUT_MS) => scanWithClamd(bytes, { host: clamd.host, port, timeoutMs });

  it("sends the whole file in length-prefixed chunks and reads clamd's verdict", async () => {
    clamd.mode = "scan";
    const big = Buffer.alloc(MAX_UPLOAD_BYTES, 0x41);
    // 20 MB takes longer than the short timeout the fault tests use; the default CLAMD_TIMEOUT_MS is 10 s.
    expect(await scan(big, clamd.port, 10_000)).toEqual({ status: "clean" });
    expect(clamd.scans.at(-1)).toEqual({ bytes: MAX_UPLOAD_BYTES, answer: "stream: OK" });
    // The test string straddling a 64 KiB chunk boundary is still found: no byte lost or reordered.
    const straddling = Buffer.concat([Buffer.alloc(65_536 - 20, 0x20), Buffer.from(EICAR), Buffer.alloc(1000, 0x20)]);
    expect(await scan(straddling)).toEqual({ status: "infected", signature: "Eicar-Signature" });
  });

  it.each<[ClamdMode, RegExp]>([
    ["hang", /no answer within/],
    ["close", /closed|reset|EPIPE/i],
    ["garbage", /unexpected answer/],
  ])("treats a clamd that does %s as unavailable", async (mode, reason) => {
    clamd.mode = mode;
    const started = Date.now();
    const verdict = await scan(fixtures.pdf());
    expect(verdict.status).toBe("unavailable");
    expect(verdict.status === "unavailable" && verdict.reason).toMatch(reason);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2000);
    clamd.mode = "scan";
  });

  it("treats nothing listening as unavailable", async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    expect((await scan(fixtures.pdf(), port)).status).toBe("unavailable");
  });
});

describe("every upload path is scanned and fails closed", () => {
  it("stores a clean file after clamd has seen it", async () => {
    clamd.mode = "scan";
    for (const p of paths) {
      const scans = clamd.scans.length;
      const before = await footprint();
      expect((await outcomeOf(p.upload(fixtures.pdf()))).code, p.name).toBe("OK");
      expect(clamd.scans.length, p.name).toBe(scans + 1);
      const after = await footprint();
      expect([after.versions - before.versions, after.files - before.files], p.name).toEqual([1, 1]);
    }
  });

  it("refuses an infected file with its signature and stores nothing", async () => {
    clamd.mode = "scan";
    for (const p of paths) {
      const before = await footprint();
      expect(await outcomeOf(p.upload(infectedPdf())), p.name).toEqual({ code: "INVALID_INPUT", messages: [SCAN_MESSAGES.infected("Eicar-Signature")] });
      expect(await footprint(), p.name).toEqual(before);
    }
    expect(SCAN_MESSAGES.infected("Eicar-Signature")).toBe("文件未通过病毒扫描：检测到 Eicar-Signature，文件未保存");
  });

  it.each<ClamdMode>(["hang", "close", "garbage"])("refuses every upload when clamd does %s, storing nothing", async (mode) => {
    clamd.mode = mode;
    for (const p of paths) {
      const before = await footprint();
      expect(await outcomeOf(p.upload(fixtures.pdf())), p.name).toEqual({ code: "INTERNAL", messages: ["病毒扫描服务暂不可用，文件未保存，请稍后重试"] });
      expect(await footprint(), p.name).toEqual(before);
    }
    clamd.mode = "scan";
  });

  it("refuses every upload when clamd is down", async () => {
    const down = await startFakeClamd();
    await down.close();
    Object.assign(process.env, { CLAMD_PORT: String(down.port) });
    resetEnvCache();
    try {
      for (const p of paths) {
        const before = await footprint();
        expect((await outcomeOf(p.upload(fixtures.pdf()))).messages, p.name).toEqual([SCAN_MESSAGES.unavailable]);
        expect(await footprint(), p.name).toEqual(before);
      }
    } finally {
      useClamd(true);
    }
  });

  it("keeps the content checks: legacy .doc (OLE2), encrypted PDFs and macros are refused before any scan", async () => {
    clamd.mode = "scan";
    const scans = clamd.scans.length;
    for (const p of paths) {
      const before = await footprint();
      expect(await outcomeOf(p.upload(fixtures.legacyDoc(), "章程.doc")), p.name).toEqual({ code: "INVALID_INPUT", messages: [UPLOAD_MESSAGES.LEGACY_DOC] });
      expect(await outcomeOf(p.upload(fixtures.encryptedPdf(), "章程.pdf")), p.name).toEqual({
        code: "INVALID_INPUT",
        messages: [UPLOAD_MESSAGES.ENCRYPTED_PDF],
      });
      expect(await outcomeOf(p.upload(fixtures.docm(), "章程.docx")), p.name).toEqual({ code: "INVALID_INPUT", messages: [UPLOAD_MESSAGES.MACRO] });
      expect(await footprint(), p.name).toEqual(before);
    }
    expect(clamd.scans.length).toBe(scans);
  });

  it("does not scan when CLAMD_HOST is unset (documented: no scanner configured)", async () => {
    useClamd(false);
    try {
      const scans = clamd.scans.length;
      expect((await outcomeOf(paths[0]!.upload(fixtures.pdf()))).code).toBe("OK");
      expect(clamd.scans.length).toBe(scans);
    } finally {
      useClamd(true);
    }
  });
});
