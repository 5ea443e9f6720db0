// What changed between the version a reviewer returned and the resubmission (七（二）), so the
// reviewer checks only the changes. Pure and free of server-only imports: the page renders it on
// the server and the meeting packet prints the summary lines.
import type { DocumentKind } from "../db/generated/enums";
import type { ApplicationSnapshot, SnapshotDocument } from "../filing/snapshot";
import type { TMemberInput } from "../validation/filing";
import { text } from "../i18n/text";
import { CHAIN_LABEL, MEMBER_ROLE_LABEL, ORG_TYPE_LABEL } from "../i18n/labels";

/** How an empty value shows, in the current language (compare a shown value against it, never store it). */
export const emptyValue = (): string => text("review.diff.empty");
export const noChanges = (): string => text("review.diff.noChanges");
export type DocumentStatus = "added" | "removed" | "replaced";
export const documentStatusLabel = (status: DocumentStatus): string => text(`review.diff.documentStatus.${status}`);

export interface ValueChange {
  key: string;
  label: string;
  before: string;
  after: string;
}
export interface MemberLine {
  creditCode: string;
  name: string;
  typeLabel: string;
  roleLabel: string;
}
export interface MemberChange {
  creditCode: string;
  name: string;
  changes: ValueChange[];
}
export interface DocumentRef {
  fileName: string;
  sha256: string;
  versionNo: number;
}
export interface DocumentChange {
  kind: DocumentKind;
  label: string;
  status: DocumentStatus;
  before?: DocumentRef;
  after?: DocumentRef;
}
export interface SnapshotDiff {
  fields: ValueChange[];
  members: { added: MemberLine[]; removed: MemberLine[]; changed: MemberChange[] };
  documents: DocumentChange[];
}

type Member = TMemberInput;
// Labels are read when the diff is built, in the language of the moment (the packet builds it in Chinese).
type Field<T> = readonly [key: string, label: () => string, format: (v: T) => string];

const kindLabel = (kind: ApplicationSnapshot["kind"]): string =>
  kind === "ALLIANCE" ? text("calls.kindAlliance") : kind === "CONSORTIUM" ? text("calls.kindConsortium") : kind;
const ORG_TYPE_LABELS: Record<Member["type"], string> = ORG_TYPE_LABEL;
const ROLE_LABELS: Record<Member["role"], string> = MEMBER_ROLE_LABEL;
const CHAIN_LABELS: Record<NonNullable<Member["chainPosition"]>, string> = CHAIN_LABEL;

// Values are compared as displayed, so whitespace-only edits and 1 vs 1.00 do not count as changes.
const str = (v: string | null | undefined) => v?.trim() || emptyValue();
const num = (v: number | null | undefined) => (v === null || v === undefined ? emptyValue() : String(v));
const yesNo = (v: boolean) => (v ? text("alliances.detail.yes") : text("alliances.detail.no"));

const PLAIN_FIELDS = [
  "subField",
  "agreementEffectiveOn",
  "technicalField",
  "chairName",
  "hostUnitName",
  "address",
  "postcode",
  "contactName",
  "phone",
  "fax",
] as const;

// 附件1 一、二 in the order of the form.
const FIELDS: Field<ApplicationSnapshot>[] = [
  ["name", () => text("filing.name"), (s) => str(s.name)],
  ["kind", () => text("filing.kind"), (s) => kindLabel(s.kind)],
  ["industry", () => text("filing.industry"), (s) => str(s.industry.name)],
  ...PLAIN_FIELDS.map((k): Field<ApplicationSnapshot> => [k, () => text(`filing.${k}`), (s) => str(s[k])]),
  ["innovationGoal", () => text("filing.goal"), (s) => str(s.innovationGoal)],
];

// Enums by the labels the form shows; an unknown value from an old snapshot shows as stored.
const MEMBER_FIELDS: Field<Member>[] = [
  ["name", () => text("filing.orgName"), (m) => str(m.name)],
  ["type", () => text("filing.orgType"), (m) => ORG_TYPE_LABELS[m.type] ?? m.type],
  ["role", () => text("filing.role"), (m) => ROLE_LABELS[m.role] ?? m.role],
  ["chainPosition", () => text("filing.chain"), (m) => (m.chainPosition ? (CHAIN_LABELS[m.chainPosition] ?? m.chainPosition) : emptyValue())],
  ["outputValue2022", () => text("filing.output"), (m) => num(m.outputValue2022)],
  ["profitTax2022", () => text("filing.profitTax"), (m) => num(m.profitTax2022)],
  ["resources", () => text("filing.resources"), (m) => str(m.resources)],
  ["nationalTop10", () => text("filing.nationalTop10"), (m) => yesNo(m.nationalTop10)],
  ["provincialTop10", () => text("filing.provincialTop10"), (m) => yesNo(m.provincialTop10)],
  ["disciplineStrengths", () => text("filing.discipline"), (m) => str(m.disciplineStrengths)],
  ["disciplineLeader", () => text("filing.leader"), (m) => str(m.disciplineLeader)],
];

function changesOf<T>(fields: readonly Field<T>[], before: T, after: T): ValueChange[] {
  return fields.flatMap(([key, label, format]) => {
    const [b, a] = [format(before), format(after)];
    return b === a ? [] : [{ key, label: label(), before: b, after: a }];
  });
}

// Credit codes are stored normalised, but old rows and imports may differ in letter case.
const codeKey = (code: string) => code.trim().toUpperCase();

function byCode(members: readonly Member[]): Map<string, Member> {
  const map = new Map<string, Member>();
  // Submission rejects duplicate codes; if an old draft has one, the first row stands for the unit.
  for (const m of members) if (!map.has(codeKey(m.creditCode))) map.set(codeKey(m.creditCode), m);
  return map;
}

const memberLine = (m: Member): MemberLine => ({
  creditCode: m.creditCode,
  name: m.name,
  typeLabel: ORG_TYPE_LABELS[m.type] ?? m.type,
  roleLabel: ROLE_LABELS[m.role] ?? m.role,
});

function diffMembers(before: readonly Member[], after: readonly Member[]): SnapshotDiff["members"] {
  const [old, next] = [byCode(before), byCode(after)];
  const changed: MemberChange[] = [];
  for (const [code, m] of next) {
    const prev = old.get(code);
    const changes = prev ? changesOf(MEMBER_FIELDS, prev, m) : [];
    if (changes.length > 0) changed.push({ creditCode: m.creditCode, name: m.name, changes });
  }
  return {
    added: [...next].filter(([code]) => !old.has(code)).map(([, m]) => memberLine(m)),
    removed: [...old].filter(([code]) => !next.has(code)).map(([, m]) => memberLine(m)),
    changed,
  };
}

const ref = (d: SnapshotDocument): DocumentRef => ({ fileName: d.fileName, sha256: d.sha256, versionNo: d.versionNo });

// Charter, agreement and plan are one document each; "other" material may be several files, so
// identical files are paired first, and only a single leftover on both sides counts as a replacement.
function diffKind(kind: DocumentKind, before: SnapshotDocument[], after: SnapshotDocument[]): DocumentChange[] {
  const gone = before.filter((b) => !after.some((a) => a.sha256 === b.sha256));
  const come = after.filter((a) => !before.some((b) => b.sha256 === a.sha256));
  const [b0, a0] = [gone[0], come[0]];
  if (gone.length === 1 && come.length === 1 && b0 && a0) return [{ kind, label: a0.title, status: "replaced", before: ref(b0), after: ref(a0) }];
  return [
    ...gone.map((d): DocumentChange => ({ kind, label: d.title, status: "removed", before: ref(d) })),
    ...come.map((d): DocumentChange => ({ kind, label: d.title, status: "added", after: ref(d) })),
  ];
}

function diffDocuments(before: readonly SnapshotDocument[], after: readonly SnapshotDocument[]): DocumentChange[] {
  const kinds = [...new Set([...before, ...after].map((d) => d.kind))];
  return kinds.flatMap((k) =>
    diffKind(
      k,
      before.filter((d) => d.kind === k),
      after.filter((d) => d.kind === k),
    ),
  );
}

export function diffSnapshots(before: ApplicationSnapshot, after: ApplicationSnapshot): SnapshotDiff {
  return {
    fields: changesOf(FIELDS, before, after),
    members: diffMembers(before.members, after.members),
    documents: diffDocuments(before.documents, after.documents),
  };
}

export function isEmpty(diff: SnapshotDiff): boolean {
  const { added, removed, changed } = diff.members;
  return diff.fields.length + added.length + removed.length + changed.length + diff.documents.length === 0;
}

// Beyond this a printed "old → new" stops being readable; the packet then says only that it changed.
const SHORT_MAX = 40;
const charCount = (v: string) => (v === emptyValue() ? 0 : [...v].length);
const oneLine = (v: string) => v.replace(/\s+/g, " ");

function changeLine(prefix: string, c: ValueChange): string {
  if (charCount(c.before) > SHORT_MAX || charCount(c.after) > SHORT_MAX) {
    return text("review.diff.longChange", { prefix, label: c.label, before: String(charCount(c.before)), after: String(charCount(c.after)) });
  }
  return text("review.diff.change", { prefix, label: c.label, before: oneLine(c.before), after: oneLine(c.after) });
}

function documentLine(d: DocumentChange): string {
  const what = documentStatusLabel(d.status);
  if (d.before && d.after) {
    // Same file name re-uploaded: the version numbers are what tells the two apart.
    const detail =
      d.before.fileName === d.after.fileName
        ? text("review.diff.versions", { fileName: d.after.fileName, before: d.before.versionNo, after: d.after.versionNo })
        : `${d.before.fileName} → ${d.after.fileName}`;
    return text("review.diff.documentLine", { label: d.label, what, detail });
  }
  return text("review.diff.documentLine", { label: d.label, what, detail: (d.after ?? d.before)?.fileName ?? "" });
}

/** Short lines for the printed meeting packet (in Chinese there: the packet is built in Chinese). */
export function diffSummaryLines(diff: SnapshotDiff): string[] {
  if (isEmpty(diff)) return [noChanges()];
  const { added, removed, changed } = diff.members;
  return [
    ...diff.fields.map((c) => changeLine("", c)),
    ...added.map((m) => text("review.diff.memberAdded", { name: m.name, code: m.creditCode })),
    ...removed.map((m) => text("review.diff.memberRemoved", { name: m.name, code: m.creditCode })),
    ...changed.flatMap((m) => m.changes.map((c) => changeLine(text("review.diff.memberPrefix", { name: m.name }), c))),
    ...diff.documents.map(documentLine),
  ];
}
