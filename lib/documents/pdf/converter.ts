// .docx → PDF through LibreOffice headless. Conversions run in child processes (never in the
// request's event loop), at most `concurrency` at a time with at most `maxQueued` waiting (the
// machine's cores are shared with the web server), each under a hard timeout that kills the whole
// process group (soffice forks soffice.bin), and results are cached by a content key.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type PdfFailure = "UNAVAILABLE" | "BUSY" | "TIMEOUT" | "FAILED";

/** Why a PDF could not be made, in Chinese for the person who asked; the .docx is always offered instead. */
export const PDF_FAILURE_MESSAGE: Record<PdfFailure, string> = {
  UNAVAILABLE: "本服务器未安装 PDF 转换组件（LibreOffice），暂只能下载 .docx 文件。",
  BUSY: "PDF 转换任务较多，请稍后再试；也可先下载 .docx 文件。",
  TIMEOUT: "PDF 转换超时，请稍后再试；也可先下载 .docx 文件。",
  FAILED: "PDF 转换失败，请稍后再试；也可先下载 .docx 文件，内容不受影响。",
};

export class PdfConversionError extends Error {
  constructor(
    public readonly reason: PdfFailure,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "PdfConversionError";
  }
}

export interface ConverterOptions {
  sofficePath: string;
  timeoutMs: number;
  concurrency?: number;
  maxQueued?: number;
  /** Cached PDFs kept in memory (least recently used dropped first). */
  cacheEntries?: number;
}

export interface PdfConverter {
  /** Whether soffice answers `--version` (asked once, then remembered). */
  available(): Promise<boolean>;
  /** One document; `key` names its content (defaults to the sha256 of the bytes). */
  convert(docx: Buffer, key?: string): Promise<Buffer>;
  /** Several documents in one LibreOffice start (tests, batch jobs): name → PDF. */
  convertMany(files: SourceFile[]): Promise<Map<string, Buffer>>;
}

/** A document to convert; .xlsx needs LibreOffice Calc beside Writer. */
export interface SourceFile {
  name: string;
  bytes: Buffer;
  ext?: "docx" | "xlsx";
}

export function sha256(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function createPdfConverter(opts: ConverterOptions): PdfConverter {
  const concurrency = opts.concurrency ?? 1;
  const maxQueued = opts.maxQueued ?? 8;
  const cacheEntries = opts.cacheEntries ?? 32;
  const cache = new Map<string, Buffer>();
  const waiting: (() => void)[] = [];
  let running = 0;
  let availability: Promise<boolean> | undefined;

  async function slot<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxQueued) throw new PdfConversionError("BUSY");
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  }

  function remember(key: string, pdf: Buffer) {
    cache.delete(key);
    cache.set(key, pdf);
    while (cache.size > cacheEntries) cache.delete(cache.keys().next().value as string);
  }

  async function runSoffice(names: string[], dir: string, timeoutMs: number): Promise<void> {
    // A private profile per conversion: two LibreOffice processes never share (and lock) one.
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    const args = [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...names.map((n) => path.join(dir, n)),
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(opts.sofficePath, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
      const timer = setTimeout(() => {
        killGroup(child.pid);
        reject(new PdfConversionError("TIMEOUT"));
      }, timeoutMs);
      child.on("error", (err) => {
        clearTimeout(timer);
        reject(new PdfConversionError((err as NodeJS.ErrnoException).code === "ENOENT" ? "UNAVAILABLE" : "FAILED", err.message));
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new PdfConversionError("FAILED", `soffice exited ${code}: ${stderr}`));
      });
    });
  }

  async function convertFiles(files: SourceFile[], timeoutMs: number): Promise<Map<string, Buffer>> {
    const dir = await mkdtemp(path.join(tmpdir(), "portal-pdf-"));
    const fileName = (f: SourceFile) => `${f.name}.${f.ext ?? "docx"}`;
    try {
      for (const f of files) await writeFile(path.join(dir, fileName(f)), f.bytes);
      await runSoffice(files.map(fileName), dir, timeoutMs);
      const out = new Map<string, Buffer>();
      for (const f of files) {
        const pdf = await readFile(path.join(dir, `${f.name}.pdf`)).catch(() => null);
        if (!pdf || pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new PdfConversionError("FAILED", `no PDF for ${f.name}`);
        out.set(f.name, pdf);
      }
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    available() {
      availability ??= new Promise<boolean>((resolve) => {
        const child = spawn(opts.sofficePath, ["--version"], { stdio: "ignore", detached: true });
        const timer = setTimeout(() => {
          killGroup(child.pid);
          resolve(false);
        }, 15_000);
        child.on("error", () => {
          clearTimeout(timer);
          resolve(false);
        });
        child.on("exit", (code) => {
          clearTimeout(timer);
          resolve(code === 0);
        });
      });
      return availability;
    },

    async convert(docx, key = sha256(docx)) {
      const hit = cache.get(key);
      if (hit) {
        remember(key, hit);
        return hit;
      }
      if (!(await this.available())) throw new PdfConversionError("UNAVAILABLE");
      const pdf = await slot(async () => (await convertFiles([{ name: "document", bytes: docx }], opts.timeoutMs)).get("document")!);
      remember(key, pdf);
      return pdf;
    },

    async convertMany(files) {
      if (!(await this.available())) throw new PdfConversionError("UNAVAILABLE");
      return slot(() => convertFiles(files, opts.timeoutMs * Math.max(1, files.length)));
    },
  };
}

function killGroup(pid: number | undefined) {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}
