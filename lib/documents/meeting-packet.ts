// 厅务会审议材料: one decision packet for a meeting's agenda. Per filing: summary, policy-check
// results, reviewers' opinions, changes since any return, and a decision box to fill by hand.
import { Paragraph, type Table } from "docx";
import { MEETING_PACKET_TEMPLATE as M } from "../../templates/meeting-packet";
import { fill } from "./fill";
import { formatDateCN } from "./format";
import { EXACT_28PT, FONT, INDENT_2, SIZE, TEXT_WIDTH, body, centred, govDocument, heading1, heading2, line, run, title, toBuffer } from "./gbt9704";
import { cell, row, table } from "./table";
import type { MeetingPacketData, MeetingPacketItem } from "./types";

// Column widths in twips; each set sums to the 版心 width (TEXT_WIDTH = 8845).
const AGENDA_W = [800, 3245, 1200, 2600, 1000] as const;
const RULES_W = [800, 2400, 1900, 1000, 2745] as const;
const DECISION_W = TEXT_WIDTH;

type Rule = MeetingPacketItem["rules"][number];
type Opinion = MeetingPacketItem["opinions"][number];

export async function buildMeetingPacket(data: MeetingPacketData): Promise<Buffer> {
  const sessionNo = data.sessionNo.trim();
  const children: (Paragraph | Table)[] = [
    title(M.title),
    centred(fill(M.subtitle, { sessionNo, heldOn: data.heldOn ? formatDateCN(data.heldOn) : M.undecidedDate }), FONT.h2),
    line(""),
    body(fill(M.topic, { title: data.title.trim() })),
    body(fill(M.prepared, { preparedBy: data.preparedBy.trim(), preparedAt: formatDateCN(data.preparedAt) })),
    heading1(M.agenda.heading),
    ...agenda(data.items),
    // 一、 is the agenda; the filings follow as 二、, 三、, ….
    ...data.items.flatMap((item, i) => itemSection(item, i + 2)),
  ];
  return toBuffer(govDocument({ title: fill(M.docTitle, { sessionNo }), children }));
}

function agenda(items: MeetingPacketItem[]): (Paragraph | Table)[] {
  if (items.length === 0) return [body(M.agenda.empty)];
  const small = { size: SIZE.xiaosi };
  const w = (i: number) => AGENDA_W[i] ?? 0;
  const head = row(
    M.agenda.columns.map((c, i) => cell(c, w(i), { ...small, header: true, align: "center" })),
    480,
    { header: true },
  );
  const rows = items.map((it, i) =>
    row(
      [
        cell(String(i + 1), w(0), { ...small, align: "center" }),
        cell(it.allianceName.trim(), w(1), small),
        cell(it.industryName.trim(), w(2), { ...small, align: "center" }),
        cell(it.leadUnit.trim(), w(3), small),
        cell(fill(M.agenda.version, { versionNo: it.versionNo }), w(4), { ...small, align: "center" }),
      ],
      480,
    ),
  );
  return [body(fill(M.agenda.intro, { count: items.length })), table([...AGENDA_W], [head, ...rows])];
}

function itemSection(item: MeetingPacketItem, no: number): (Paragraph | Table)[] {
  return [
    itemHeading(fill(M.itemHeading, { no: chineseNumber(no), allianceName: item.allianceName.trim() })),
    heading2(M.sections.basic),
    ...basicFacts(item),
    heading2(M.sections.rules),
    ...rules(item.rules),
    heading2(M.sections.opinions),
    ...(item.opinions.length ? item.opinions.map((o, i) => body(opinionLine(o, i + 1))) : [body(M.opinions.empty)]),
    heading2(M.sections.changes),
    ...changes(item.changesSinceReturn),
    line("", { keepNext: true }),
    decisionBox(),
  ];
}

/** heading1 (黑体 3号) that starts a new page: each filing is read and decided on its own pages. */
function itemHeading(text: string): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    keepNext: true,
    spacing: EXACT_28PT,
    indent: INDENT_2,
    children: [run(text, { font: FONT.h1 })],
  });
}

function basicFacts(item: MeetingPacketItem): Paragraph[] {
  const B = M.basic;
  const goal = item.innovationGoal
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [
    body(fill(B.industry, { industryName: item.industryName.trim(), subField: item.subField.trim() })),
    body(fill(B.leadUnit, { leadUnit: item.leadUnit.trim() })),
    body(
      fill(B.version, {
        versionNo: item.versionNo,
        submittedAt: item.submittedAt ? formatDateCN(item.submittedAt) : B.notSubmitted,
      }),
    ),
    body(fill(B.members, { ...item.memberTotals })),
    body(fill(B.goal, { goal: goal[0] ?? "" })),
    ...goal.slice(1).map((p) => body(p)),
  ];
}

function rules(list: Rule[]): (Paragraph | Table)[] {
  if (list.length === 0) return [body(M.rules.empty)];
  const count = (s: Rule["status"]) => list.filter((r) => r.status === s).length;
  const summary = fill(M.rules.summary, {
    count: list.length,
    pass: count("pass"),
    warn: count("warn"),
    fail: count("fail"),
    na: count("na"),
  });
  const small = { size: SIZE.xiaosi };
  const w = (i: number) => RULES_W[i] ?? 0;
  const head = row(
    M.rules.columns.map((c, i) => cell(c, w(i), { ...small, header: true, align: "center" })),
    480,
    { header: true },
  );
  const rows = list.map((r) =>
    row([
      cell(r.id.trim(), w(0), { ...small, align: "center" }),
      cell(r.title.trim(), w(1), small),
      cell(r.clause.trim(), w(2), small),
      // 不符合 in 黑体 so a failed requirement stands out on paper.
      cell(M.rules.status[r.status], w(3), { ...small, align: "center", header: r.status === "fail" }),
      cell(r.message.trim(), w(4), small),
    ]),
  );
  return [body(summary), table([...RULES_W], [head, ...rows])];
}

function opinionLine(o: Opinion, n: number): string {
  const signature = [o.unit.trim(), o.reviewer.trim(), formatDateCN(o.date)].filter(Boolean).join("，");
  return fill(M.opinions.line, {
    n,
    stage: o.stage.trim(),
    decision: o.decision.trim(),
    // A paragraph per opinion: line breaks inside it become spaces.
    opinion: o.opinion.trim().replace(/\s*\r?\n\s*/g, " "),
    signature,
  });
}

function changes(lines: string[] | null): Paragraph[] {
  if (lines === null) return [body(M.changes.firstSubmission)];
  const items = lines.map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) return [body(M.changes.noChange)];
  return items.map((l, i) => body(fill(M.changes.bullet, { n: i + 1, line: l })));
}

/** The decision record, completed by hand at the meeting: its rows stay together on one page. */
function decisionBox(): Table {
  const D = M.decision;
  const together = { keepNext: true };
  return table(
    [DECISION_W],
    [
      row([cell(D.heading, DECISION_W, { header: true, align: "center" })], 560, together),
      row([cell(D.conclusion, DECISION_W)], 560, together),
      row([cell(D.remarks, DECISION_W)], 1800, together),
      row([cell(D.recorder, DECISION_W)], 560),
    ],
  );
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 35 → 三十五, 100+ falls back to Arabic digits. */
function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tenPart = tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens] ?? ""}十`;
  return tenPart + (ones ? (DIGITS[ones] ?? "") : "");
}
