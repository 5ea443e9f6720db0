// 附件1: the filled 申报（备案）表. Member totals come from the member list (R8), never from input.
import type { Paragraph, Table } from "docx";
import { FORM_TEMPLATE as F } from "../../templates/annex1-form";
import { kindWording, names, totalsOf } from "./derive";
import { groupMembers } from "../rules/member-groups";
import { fill } from "./fill";
import { formatDateCN, formatDateOrBlank, formatWan } from "./format";
import { SIZE, annexMark, body, govDocument, heading1, heading2, line, title, toBuffer } from "./gbt9704";
import { box, cell, row, table } from "./table";
import type { AllianceDocData, MemberDocData, ReviewBoxData } from "./types";

// Section 一 grid: label | value | label | value | label | value; 4-cell rows span two columns per value.
// The first label column holds 7 characters of 4号 (联盟常设机构的); a date fits the first value
// span; phone and fax get room for "0431-85556677" in 小四 so a number never breaks at its hyphen;
// the member counts' labels span two columns (成员研究机构数量 on one line).
const W = [2150, 1485, 760, 1800, 760, 1890] as const;
const w = (i: number) => W[i] ?? 0;
const span = (from: number, n: number) => W.slice(from, from + n).reduce((a, b) => a + b, 0);

export async function buildFilingForm(data: AllianceDocData): Promise<Buffer> {
  // Labels are template text: they take the 联合体 wording for a consortium, values never do.
  const k = (s: string) => kindWording(s, data.kind);
  const name = data.name.trim();
  const children: (Paragraph | Table)[] = [
    annexMark(F.annex),
    title([name, F.titleSuffix]),
    heading1(k(F.sections.overview)),
    overviewTable(data, k),
    heading1(k(F.sections.goal)),
    box(paragraphsOf(data.innovationGoal), 3600),
    heading1(k(F.sections.standing)),
    ...standing(data),
    heading1(k(F.sections.division)),
    reviewBox(data.reviews?.division, k(F.stamps.division)),
    heading1(k(F.sections.form)),
    reviewBox(data.reviews?.form, k(F.stamps.form)),
  ];
  return toBuffer(govDocument({ title: fill(F.title, { allianceName: name }), children }));
}

function overviewTable(data: AllianceDocData, k: (s: string) => string): Table {
  const L = F.labels;
  const t = totalsOf(data);
  const count = (n: number) => fill(F.count, { n });
  const label = (text: string, i: number) => cell(k(text), w(i), { align: "center" });
  const full = (l: string, v: string) => row([label(l, 0), cell(v, span(1, 5), { span: 5 })], 560);
  const pair = (l1: string, v1: string, l2: string, v2: string) =>
    row([label(l1, 0), cell(v1, span(1, 2), { span: 2 }), label(l2, 3), cell(v2, span(4, 2), { span: 2 })], 560);
  const counts = (l1: string, v1: string, l2: string, v2: string) =>
    row([label(l1, 0), cell(v1, w(1)), cell(k(l2), span(2, 2), { span: 2, align: "center" }), cell(v2, span(4, 2), { span: 2 })], 560);
  return table(
    [...W],
    [
      full(L.name, data.name.trim()),
      // One row in the model table: 协议生效时间 | date | 技术领域 | field.
      pair(L.effectiveOn, formatDateOrBlank(data.agreementEffectiveOn), L.technicalField, data.technicalField),
      pair(L.chairName, data.chairName, L.chairUnit, data.chairUnit),
      full(L.hostUnit, data.hostUnitName),
      pair(L.address, data.address, L.postcode, data.postcode),
      row(
        [
          label(L.contact, 0),
          cell(data.contactName, w(1)),
          label(L.phone, 2),
          cell(data.phone, w(3), { size: SIZE.xiaosi }),
          label(L.fax, 4),
          cell(data.fax, w(5), { size: SIZE.xiaosi }),
        ],
        560,
      ),
      counts(L.total, count(t.total), L.enterprises, count(t.enterprises)),
      counts(L.universities, count(t.universities), L.institutes, count(t.institutes)),
    ],
  );
}

function paragraphsOf(text: string): Paragraph[] {
  const parts = text.split(/\r?\n/).filter((s) => s.trim());
  return parts.length ? parts.map((p) => body(p.trim())) : [body("")];
}

/** 单位情况: "2022年产值X万元，利税Y万元；" followed by the unit's S&T resources and platforms. */
export function enterpriseStatus(m: MemberDocData): string {
  const figures = [
    m.outputValue2022 != null ? fill(F.enterprises.outputValue, { value: formatWan(m.outputValue2022) }) : "",
    m.profitTax2022 != null ? fill(F.enterprises.profitTax, { value: formatWan(m.profitTax2022) }) : "",
  ].filter(Boolean);
  return (figures.length ? `${figures.join("，")}；` : "") + (m.resources?.trim() ?? "");
}

function standing(data: AllianceDocData): (Paragraph | Table)[] {
  const small = { size: SIZE.xiaosi };
  const head = (text: string, width: number) => cell(text, width, { ...small, header: true, align: "center" });
  const yesNo = (b: boolean | undefined) => (b ? F.yes : F.no);

  const EW = [2000, 3845, 1500, 1500];
  // The same grouping as the editor, 核对并提交 and the filing page (lib/rules/member-groups): no list can drop a member.
  const groups = groupMembers(data.members, (m) => m.type);
  const enterprises = groups.enterprises;
  const eRows = enterprises.map((m) =>
    row([
      cell(m.name.trim(), EW[0] ?? 0, small),
      cell(enterpriseStatus(m), EW[1] ?? 0, small),
      cell(yesNo(m.nationalTop10), EW[2] ?? 0, { ...small, align: "center" }),
      cell(yesNo(m.provincialTop10), EW[3] ?? 0, { ...small, align: "center" }),
    ]),
  );

  const AW = [2600, 4245, 2000];
  const academic = groups.academia;
  const aRows = academic.map((m) =>
    row([
      cell(m.name.trim(), AW[0] ?? 0, small),
      cell(m.disciplineStrengths?.trim() ?? "", AW[1] ?? 0, small),
      cell(m.disciplineLeader?.trim() ?? "", AW[2] ?? 0, { ...small, align: "center" }),
    ]),
  );
  const emptyRow = (widths: number[]) =>
    row(
      widths.map((x) => cell("", x)),
      480,
    );

  const others = groups.others;
  return [
    heading2(F.enterprises.heading),
    table(EW, [
      row(
        F.enterprises.columns.map((c, i) => head(c, EW[i] ?? 0)),
        undefined,
        { header: true },
      ),
      ...(eRows.length ? eRows : [emptyRow(EW)]),
    ]),
    line(F.unitNote, { align: "right", size: SIZE.si }),
    heading2(F.academic.heading),
    table(AW, [
      row(
        F.academic.columns.map((c, i) => head(c, AW[i] ?? 0)),
        undefined,
        { header: true },
      ),
      ...(aRows.length ? aRows : [emptyRow(AW)]),
    ]),
    ...(others.length ? [body(fill(F.otherMembers, { names: names(others) }))] : []),
  ];
}

/** 四 / 五: the opinion (or blank space for the reviewer), then stamp and date lines. */
function reviewBox(review: ReviewBoxData | undefined, stamp: string): Table {
  const at = { indentLeft: 4200 };
  const opinion = review?.opinion.trim() ? paragraphsOf(review.opinion) : [body(""), body(""), body(""), body("")];
  const unit = review?.unit?.trim();
  return box(
    [
      ...opinion,
      body(""),
      ...(unit ? [line(unit, at)] : []),
      line(stamp, at),
      line(review?.date ? formatDateCN(review.date) : "年   月   日", { indentLeft: 5400 }),
    ],
    3600,
  );
}
