import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attachmentResponse } from "@/lib/http/responses";

describe("attachment downloads (RFC 6266)", () => {
  it("sends the UTF-8 name and a legible ASCII fallback, as an attachment that is never sniffed", () => {
    const res = attachmentResponse(Buffer.from("a,b"), "年度考核进度_20261124.csv", "text/csv; charset=utf-8");
    const cd = res.headers.get("content-disposition")!;
    expect(cd).toBe(`attachment; filename="__20261124.csv"; filename*=UTF-8''${encodeURIComponent("年度考核进度_20261124.csv")}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-length")).toBe("3");
  });

  it("keeps quotes and backslashes out of the quoted fallback", () => {
    const cd = attachmentResponse(Buffer.from(""), 'a"b\\c.pdf', "application/pdf").headers.get("content-disposition")!;
    expect(cd.startsWith('attachment; filename="a_b_c.pdf";')).toBe(true);
  });

  it("percent-encodes ' ( ) * in filename* (not attr-chars in RFC 5987) and the name decodes back whole", () => {
    const name = "章程(2026修订) it's *final*.pdf";
    const cd = attachmentResponse(Buffer.from("%PDF-"), name, "application/pdf").headers.get("content-disposition")!;
    const ext = /filename\*=UTF-8''(.*)$/.exec(cd)![1]!;
    expect(ext).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(ext).toContain("%28");
    expect(ext).toContain("%27");
    expect(decodeURIComponent(ext)).toBe(name);
  });

  it("sends only known document types; anything else as opaque bytes", () => {
    for (const type of ["text/html", "image/svg+xml", "application/javascript", "text/csv"]) {
      expect(attachmentResponse(Buffer.from("<script>"), "x.html", type).headers.get("content-type")).toBe("application/octet-stream");
    }
    expect(attachmentResponse(Buffer.from("%PDF-"), "x.pdf", "application/pdf").headers.get("content-type")).toBe("application/pdf");
  });
});

describe("every download route goes through attachmentResponse", () => {
  const routes = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? routes(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));

  it("answers with attachmentResponse, docxResponse, generatedResponse or exportRoute (which use it), never a hand-built Response", () => {
    const downloads = routes(path.resolve("app/api"))
      .filter((f) => !f.includes("[...nextauth]"))
      .filter((f) => /export (const|async function) GET\b/.test(fs.readFileSync(f, "utf8")));
    expect(downloads.length).toBeGreaterThanOrEqual(7);
    for (const f of downloads) {
      const src = fs.readFileSync(f, "utf8");
      expect(/\b(attachmentResponse|docxResponse|generatedResponse|exportRoute)\(/.test(src), f).toBe(true);
      expect(src, f).not.toMatch(/new Response\(/);
    }
  });
});
