// The member-import template as Excel reads it: data validations that never overlap (Excel would
// offer to repair the file), a frozen header, and a landscape page fitted to one page wide.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildMemberTemplate } from "@/lib/members/member-sheet";
import { unzip } from "../helpers/docx-text";

/** Every cell a sqref ("C2:C501 E2") covers, as "col:row". */
function cellsOf(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(/\s+/)) {
    const [a, b = a] = part.split(":");
    const parse = (ref: string) => ({ col: ref.replace(/\d+/g, ""), row: Number(ref.replace(/[A-Z]+/g, "")) });
    const from = parse(a!);
    const to = parse(b!);
    for (let r = from.row; r <= to.row; r++) out.push(`${from.col}:${r}`);
  }
  return out;
}

describe("member-import template", () => {
  it("has one list validation per column, none overlapping", async () => {
    const sheet = unzip(await buildMemberTemplate())
      .get("xl/worksheets/sheet1.xml")!
      .toString("utf8");
    const sqrefs = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    expect(sqrefs.length).toBe(5);
    const seen = new Set<string>();
    for (const s of sqrefs) {
      for (const c of cellsOf(s)) {
        expect(seen.has(c), `${c} validated twice`).toBe(false);
        seen.add(c);
      }
    }
    expect(seen.size).toBe(5 * 500);
  });

  it("freezes the header row and prints landscape, one page wide, header on every page", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildMemberTemplate()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
  });
});
