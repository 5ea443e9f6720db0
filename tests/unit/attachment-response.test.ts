import { describe, expect, it } from "vitest";
import { attachmentResponse } from "@/lib/http/responses";

describe("attachment downloads (RFC 6266)", () => {
  it("sends the UTF-8 name and a legible ASCII fallback, as an attachment that is never sniffed", () => {
    const res = attachmentResponse(Buffer.from("a,b"), "年度考核进度_20261124.csv", "text/csv");
    const cd = res.headers.get("content-disposition")!;
    expect(cd).toBe(`attachment; filename="__20261124.csv"; filename*=UTF-8''${encodeURIComponent("年度考核进度_20261124.csv")}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps quotes and backslashes out of the quoted fallback", () => {
    const cd = attachmentResponse(Buffer.from(""), 'a"b\\c.pdf', "application/pdf").headers.get("content-disposition")!;
    expect(cd.startsWith('attachment; filename="a_b_c.pdf";')).toBe(true);
  });
});
