import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutralize, toCsv, toXlsx, type ExportTable } from "@/lib/export/table-export";

interface Row {
  name: string;
  industry: string;
  members: number;
  filedOn: Date | null;
  national: boolean;
}

const table: ExportTable<Row> = {
  title: "已备案创新联盟",
  filters: "产业：新能源",
  columns: [
    { header: "联盟名称", value: (r) => r.name },
    { header: "产业", value: (r) => r.industry },
    { header: "成员数", value: (r) => r.members },
    { header: "备案日期", value: (r) => r.filedOn },
    { header: "国内十强", value: (r) => r.national },
  ],
  rows: [
    { name: "吉林省氢能产业科技创新联盟", industry: "新能源", members: 14, filedOn: new Date("2026-08-31T00:00:00Z"), national: true },
    { name: '=HYPERLINK("http://evil","点我"),含逗号', industry: "新能源", members: 10, filedOn: null, national: false },
  ],
};

describe("table export", () => {
  it("writes CSV with a BOM, CRLF, quoted commas and neutralized formulas", () => {
    const buf = toCsv(table);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.subarray(3).toString("utf8");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("联盟名称,产业,成员数,备案日期,国内十强");
    // A date-like text is written ="…" (quoted for CSV), so Excel keeps it as the text shown.
    expect(lines[1]).toBe('吉林省氢能产业科技创新联盟,新能源,14,"=""2026-08-31""",是');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil"",""点我""),含逗号",新能源,10,,否`);
    expect(lines).toHaveLength(4);
  });

  it("writes an .xlsx that opens and reads back with title, filters, header, numbers as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("已备案创新联盟");
    expect(ws.getCell("A1").value).toBe("已备案创新联盟");
    expect(ws.getCell("A2").value).toBe("筛选条件：产业：新能源");
    expect(ws.getRow(3).values).toEqual([undefined, "联盟名称", "产业", "成员数", "备案日期", "国内十强"]);
    expect(ws.getCell("C4").value).toBe(14);
    expect(ws.getCell("D4").value).toBe("2026-08-31");
    expect(ws.getCell("A5").value).toBe(`'=HYPERLINK("http://evil","点我"),含逗号`);
    expect(ws.rowCount).toBe(5);
  });

  it("leaves ordinary text alone and neutralizes every formula lead character", () => {
    expect(neutralize("吉林省联盟")).toBe("吉林省联盟");
    for (const lead of ["=", "+", "-", "@", "\t", "\r"]) expect(neutralize(`${lead}1`)).toBe(`'${lead}1`);
  });

  it("keeps a month column as text in Excel (2026-01, 2026年1月) but never wraps what a user typed", () => {
    const months: ExportTable<{ m: string }> = {
      title: "办理量",
      columns: [{ header: "月份", value: (r) => r.m }],
      rows: [{ m: "2026-01" }, { m: "2026年3月" }, { m: "2026年3月的说明" }, { m: '2026-01",=1+1' }],
    };
    const lines = toCsv(months).subarray(3).toString("utf8").split("\r\n");
    expect(lines.slice(1, 5)).toEqual(['"=""2026-01"""', '"=""2026年3月"""', "2026年3月的说明", '"2026-01"",=1+1"']);
  });
});
