// The PDF converter's failure modes, with stand-ins for soffice (no LibreOffice needed): not
// installed, too slow (killed at the timeout), failing, too many waiting; and its cache.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PDF_FAILURE_MESSAGE, PdfConversionError, createPdfConverter } from "@/lib/documents/pdf/converter";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fake-soffice-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A stand-in soffice: answers --version, then runs `body` for a conversion (args as in soffice). */
function fake(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "LibreOffice 7.4"; exit 0; fi\n${body}\n`, { mode: 0o755 });
  return file;
}

// Writes a minimal PDF for each input next to it (the last argument is the file, --outdir before it).
const WRITES_PDF = fake("ok", 'for a; do last="$a"; done; printf "%%PDF-1.4 fake" > "${last%.docx}.pdf"; exit 0');

const reason = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: unknown) => (e instanceof PdfConversionError ? e.reason : String(e)),
  );

describe("PDF converter", () => {
  it("reports a missing LibreOffice as unavailable, with a Chinese message offering the .docx", async () => {
    const c = createPdfConverter({ sofficePath: path.join(dir, "no-such-soffice"), timeoutMs: 5_000 });
    expect(await c.available()).toBe(false);
    expect(await reason(c.convert(Buffer.from("docx")))).toBe("UNAVAILABLE");
    expect(PDF_FAILURE_MESSAGE.UNAVAILABLE).toMatch(/未安装.*\.docx/);
  });

  it("converts in a child process and caches by content key", async () => {
    const c = createPdfConverter({ sofficePath: WRITES_PDF, timeoutMs: 10_000 });
    const a = await c.convert(Buffer.from("one"), "k1");
    expect(a.subarray(0, 5).toString()).toBe("%PDF-");
    // Same key: answered from the cache even if the converter would now fail.
    const broken = createPdfConverter({ sofficePath: fake("fails", "exit 3"), timeoutMs: 10_000 });
    expect(await reason(broken.convert(Buffer.from("one"), "k1"))).toBe("FAILED");
    expect(await c.convert(Buffer.from("other bytes"), "k1")).toBe(a);
  });

  it("kills a conversion that overruns its timeout", async () => {
    const c = createPdfConverter({ sofficePath: fake("slow", "sleep 30"), timeoutMs: 300 });
    const t0 = Date.now();
    expect(await reason(c.convert(Buffer.from("x")))).toBe("TIMEOUT");
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it("refuses work beyond its queue instead of piling it up", async () => {
    const c = createPdfConverter({
      sofficePath: fake("busy", 'sleep 1; for a; do last="$a"; done; printf \'%%PDF-1.4\' > "${last%.docx}.pdf"'),
      timeoutMs: 10_000,
      concurrency: 1,
      maxQueued: 1,
    });
    const results = await Promise.all([1, 2, 3].map((n) => reason(c.convert(Buffer.from(String(n)), `q${n}`))));
    expect(results.filter((r) => r === "resolved")).toHaveLength(2);
    expect(results.filter((r) => r === "BUSY")).toHaveLength(1);
  });
});
