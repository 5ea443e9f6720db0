// The benchmark's province, generated in memory before it is bulk-inserted (seed.ts): organisations with
// valid credit codes, alliances spread over the workflow states, industries and cities, their members,
// documents, submitted versions with opinions, filings, and the workflow's audit history.
import crypto from "node:crypto";
import type { AllianceState } from "@/lib/db/generated/enums";
import { makeCreditCode } from "@/prisma/seed-data";
import { INDUSTRIES } from "@/lib/rules/industries";
import { toDraftFields } from "@/lib/filing/to-form";
import { buildSnapshot } from "@/lib/filing/snapshot";
import { checkStoredFiling } from "@/lib/filing/check-filing";
import { findTransition } from "@/lib/workflow";
import type { TFilingDraftFields } from "@/lib/validation/filing";
import * as N from "./names";

export const DAY = 86_400_000;
export type OrgType = "ENTERPRISE" | "UNIVERSITY" | "RESEARCH_INSTITUTE" | "SOCIAL_ORG" | "OTHER";
export interface Org {
  id: string;
  creditCode: string;
  name: string;
  type: OrgType;
  city: string;
  address: string;
  industry: string;
}
export interface Member {
  id: string;
  org: Org;
  role: "CHAIR" | "VICE_CHAIR" | "COUNCIL" | "MEMBER";
  chain: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | null;
  output: string | null;
  profit: string | null;
  resources: string | null;
  nationalTop10: boolean;
  provincialTop10: boolean;
  disciplineStrengths: string | null;
  disciplineLeader: string | null;
  leftOn: Date | null;
}
export interface Doc {
  id: string;
  versionId: string;
  kind: "CHARTER" | "AGREEMENT" | "CONSTRUCTION_PLAN";
  title: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
  sha256: string;
}
export interface Alliance {
  id: string;
  name: string;
  kind: "ALLIANCE" | "CONSORTIUM";
  industry: string;
  subField: string;
  lead: Org;
  state: AllianceState;
  returnedFrom: AllianceState | null;
  createdAt: Date;
  stateSince: Date;
  agreement: Date;
  filedAt: Date | null;
  dissolvedAt: Date | null;
  city: string;
  technicalField: string;
  chairName: string;
  hostUnitName: string;
  address: string;
  postcode: string;
  contactName: string;
  phone: string;
  fax: string;
  innovationGoal: string;
  researchDirections: string;
  versions: number;
  version: number;
  createdById: string;
  members: Member[];
  docs: Doc[];
  pool: boolean;
}

/** Ten states over the workflow; the filed ones carry the operation phase (assessments, council, changes). */
export const STATE_MIX: [AllianceState, number][] = [
  ["DRAFT", 130],
  ["DIVISION_REVIEW", 280],
  ["FORM_REVIEW", 90],
  ["MEETING", 60],
  ["FILING", 40],
  ["RETURNED", 90],
  ["REJECTED", 60],
  ["FILED", 1100],
  ["REVOKED", 90],
  ["DISSOLVED", 60],
];
const INDUSTRY_WEIGHTS: Record<string, number> = {
  NEW_ENERGY: 18,
  NEW_EQUIPMENT: 16,
  NEW_MATERIALS: 14,
  NEW_AGRICULTURE: 16,
  PHARMA_HEALTH: 14,
  NEW_TOURISM: 10,
  NEW_ECOMMERCE: 12,
};
export const TITLES = { CHARTER: "联盟章程", AGREEMENT: "合作协议", CONSTRUCTION_PLAN: "建设方案" } as const;
const FILED = new Set<AllianceState>(["FILED", "REVOKED", "DISSOLVED"]);
export const isFiledState = (s: AllianceState) => FILED.has(s);

const uuid = () => crypto.randomUUID();
const hex64 = (r: N.Rng) => Array.from({ length: 8 }, () => r.int(0, 0xffffffff).toString(16).padStart(8, "0")).join("");

function pickIndustry(r: N.Rng): string {
  let x = r.next() * 100;
  for (const [code, w] of Object.entries(INDUSTRY_WEIGHTS)) {
    x -= w;
    if (x < 0) return code;
  }
  return "NEW_ENERGY";
}

export function makeOrgs(r: N.Rng, count: number, seqBase: number): Org[] {
  const out: Org[] = [];
  for (let i = 0; i < count; i++) {
    const x = r.next();
    const type: OrgType = x < 0.7 ? "ENTERPRISE" : x < 0.82 ? "UNIVERSITY" : x < 0.94 ? "RESEARCH_INSTITUTE" : x < 0.98 ? "SOCIAL_ORG" : "OTHER";
    const city = N.pickCity(r);
    const [district, districtName] = r.pick(city.districts);
    const industry = pickIndustry(r);
    const name =
      type === "ENTERPRISE"
        ? N.enterpriseName(r, city.name, industry)
        : type === "UNIVERSITY"
          ? N.universityName(r, city.name)
          : type === "RESEARCH_INSTITUTE"
            ? N.instituteName(r, city.name)
            : type === "SOCIAL_ORG"
              ? N.socialOrgName(r, industry)
              : `${N.shortCity(city.name)}${r.pick(["科技服务中心", "技术转移中心", "产业发展促进中心"])}`;
    out.push({
      id: uuid(),
      creditCode: makeCreditCode(type, district, seqBase + i),
      name,
      type,
      city: city.name,
      address: N.address(r, city.name, districtName),
      industry,
    });
  }
  return out;
}

/** 12-28 members: the lead as 理事长单位, about a third on the council, 60 %+ enterprises with up- and downstream ones. */
export function makeMembers(r: N.Rng, lead: Org, enterprises: Org[], others: Org[], filed: boolean): Member[] {
  const n = r.int(12, 28);
  const nEnterprise = Math.ceil(n * (0.62 + r.next() * 0.2));
  const chosen = new Set<string>([lead.id]);
  const pickFrom = (pool: Org[]) => {
    for (;;) {
      const o = r.pick(pool);
      if (!chosen.has(o.id)) {
        chosen.add(o.id);
        return o;
      }
    }
  };
  const orgs = [
    lead,
    ...Array.from({ length: nEnterprise - 1 }, () => pickFrom(enterprises)),
    ...Array.from({ length: n - nEnterprise }, () => pickFrom(others)),
  ];
  const council = Math.round(n * 0.3);
  const chains = ["MIDSTREAM", "UPSTREAM", "DOWNSTREAM"] as const;
  return orgs.map((org, i) => {
    const enterprise = org.type === "ENTERPRISE";
    const output = enterprise ? r.int(800, 250_000) + r.int(0, 99) / 100 : null;
    return {
      id: uuid(),
      org,
      role: i === 0 ? "CHAIR" : i <= 2 ? "VICE_CHAIR" : i < council ? "COUNCIL" : "MEMBER",
      chain: enterprise ? chains[i % 3]! : null,
      output: output === null ? null : output.toFixed(2),
      profit: output === null ? null : (output * (0.03 + r.next() * 0.08)).toFixed(2),
      resources: r.pick(N.RESOURCES) || null,
      nationalTop10: enterprise && r.chance(0.03),
      provincialTop10: enterprise && r.chance(0.12),
      disciplineStrengths: enterprise ? null : r.pick(N.DISCIPLINES),
      disciplineLeader: enterprise ? null : N.personName(r),
      leftOn: filed && i > council && r.chance(0.03) ? new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28))) : null,
    };
  });
}

function makeDocs(r: N.Rng, name: string): Doc[] {
  return (["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN"] as const).map((kind) => {
    const pdf = kind === "CONSTRUCTION_PLAN";
    return {
      id: uuid(),
      versionId: uuid(),
      kind,
      title: TITLES[kind],
      fileName: `${name}${TITLES[kind]}.${pdf ? "pdf" : "docx"}`,
      mimeType: pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      byteSize: r.int(40_000, 3_000_000),
      sha256: hex64(r),
    };
  });
}

/** Submitted versions per state; the filed ones went back and forth more. Tuned so the set holds 10,000+ versions. */
function versionsFor(r: N.Rng, state: AllianceState): number {
  if (state === "DRAFT") return 0;
  if (state === "DIVISION_REVIEW") return r.chance(0.7) ? 1 : r.int(2, 3);
  if (isFiledState(state)) return r.int(3, 11);
  return r.int(1, 4);
}

export function makeAlliance(
  r: N.Rng,
  state: AllianceState,
  lead: Org,
  createdById: string,
  enterprises: Org[],
  others: Org[],
  now: Date,
  pool = false,
): Alliance {
  const industry = pool ? "NEW_ENERGY" : lead.industry in INDUSTRY_WEIGHTS ? lead.industry : pickIndustry(r);
  const ind = INDUSTRIES.find((x) => x.code === industry)!;
  const subField = r.pick(ind.subFields);
  const kind = r.chance(0.85) ? "ALLIANCE" : "CONSORTIUM";
  const name = `吉林省${r.pick(N.REGIONS)}${subField}${r.pick(N.FOCUS)}产业科技创新${kind === "ALLIANCE" ? "联盟" : "联合体"}`;
  const filed = isFiledState(state);
  // Filed ones: filing years 2018-2025, weighted to the earlier years so they have assessment history.
  const filedYear = filed ? (r.chance(0.85) ? r.int(2018, 2023) : r.int(2024, 2025)) : null;
  const filedAt = filedYear ? new Date(Date.UTC(filedYear, r.int(0, 10), r.int(1, 28), 2)) : null;
  const agreement = filedAt ? new Date(filedAt.getTime() - r.int(60, 200) * DAY) : new Date(now.getTime() - r.int(30, 400) * DAY);
  agreement.setUTCHours(0, 0, 0, 0);
  const createdAt = new Date(agreement.getTime() - r.int(10, 60) * DAY);
  const inReview = ["DIVISION_REVIEW", "FORM_REVIEW", "MEETING", "FILING", "RETURNED"].includes(state);
  const stateSince = filedAt
    ? filedAt
    : inReview
      ? new Date(now.getTime() - r.int(0, 45) * DAY - r.int(0, 86_000) * 1000)
      : new Date(now.getTime() - r.int(1, 300) * DAY);
  const dissolvedAt = state === "DISSOLVED" ? new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28))) : null;
  const versions = versionsFor(r, state);
  const contact = N.personName(r);
  return {
    id: uuid(),
    name,
    kind,
    industry,
    subField,
    lead,
    state,
    returnedFrom: state === "RETURNED" ? (r.chance(0.7) ? "DIVISION_REVIEW" : "FORM_REVIEW") : null,
    createdAt,
    stateSince: dissolvedAt ?? (state === "REVOKED" ? new Date(Date.UTC(2026, r.int(0, 9), r.int(1, 28))) : stateSince),
    agreement,
    filedAt,
    dissolvedAt,
    city: lead.city,
    technicalField: `${subField}${r.pick(["关键技术研发与产业化", "装备与系统集成", "材料制备与应用", "技术创新与成果转化"])}`,
    chairName: N.personName(r),
    hostUnitName: lead.name,
    address: lead.address,
    postcode: N.postcode(lead.city),
    contactName: contact,
    phone: r.chance(0.5) ? N.mobile(r) : N.landline(r),
    fax: N.landline(r),
    innovationGoal: N.innovationGoal(r, subField),
    researchDirections: `${subField}基础研究、关键共性技术攻关、应用示范`,
    versions,
    version: versions * 2 + (state === "DRAFT" ? 0 : 1),
    createdById,
    members: makeMembers(r, lead, enterprises, others, filed),
    docs: state === "DRAFT" && !pool ? [] : makeDocs(r, name),
    pool,
  };
}

/** The filing's form values, exactly as the portal reads a stored filing (toDraftFields). */
export function fieldsOf(a: Alliance): TFilingDraftFields {
  return toDraftFields({
    ...a,
    agreementEffectiveOn: a.agreement,
    memberships: a.members
      .filter((m) => !m.leftOn)
      .map((m) => ({
        role: m.role,
        chainPosition: m.chain,
        outputValue2022: m.output,
        profitTax2022: m.profit,
        resources: m.resources,
        nationalTop10: m.nationalTop10,
        provincialTop10: m.provincialTop10,
        disciplineStrengths: m.disciplineStrengths,
        disciplineLeader: m.disciplineLeader,
        organization: { creditCode: m.org.creditCode, name: m.org.name, type: m.org.type },
      })),
  });
}

/** The frozen snapshot and rule report of a submission, built by the portal's own functions. */
export function snapshotOf(a: Alliance, industryName: string) {
  const fields = fieldsOf(a);
  const documents = a.docs.map((d) => ({
    kind: d.kind,
    title: d.title,
    versions: [{ versionNo: 1, fileName: d.fileName, sha256: d.sha256, byteSize: d.byteSize }],
  }));
  const { results } = checkStoredFiling(
    { kind: a.kind, industryCode: a.industry, leadOrg: { creditCode: a.lead.creditCode, creditCodeOverrideBy: null }, documents },
    fields,
  );
  const snapshot = buildSnapshot(
    { kind: a.kind, industry: { code: a.industry, name: industryName }, leadOrg: { name: a.lead.name, creditCode: a.lead.creditCode } },
    fields,
    documents,
  );
  return { snapshot, results };
}

export interface Staff {
  id: string;
  username: string;
  roles: string;
  unit: string;
}
export interface Event {
  at: Date;
  actor: Staff | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: Record<string, unknown>;
}
export interface Opinion {
  id: string;
  allianceId: string;
  versionId: string;
  stage: "DIVISION" | "FORM";
  decision: "PASS" | "RETURN" | "REJECT";
  opinion: string;
  unit: string;
  reviewerId: string;
  at: Date;
}
export interface Version {
  id: string;
  allianceId: string;
  versionNo: number;
  submittedAt: Date;
}

/**
 * The review history behind a state: each earlier version was returned (by the division or the form
 * review), the last one went as far as the state says. Opinions and audit events match one another.
 */
export function historyOf(r: N.Rng, a: Alliance, staff: { filer: Staff; reviewer: Staff; secretary: Staff; officer: Staff; center: Staff }) {
  const versions: Version[] = [];
  const opinions: Opinion[] = [];
  const events: Event[] = [
    { at: a.createdAt, actor: staff.filer, action: "alliance.created", entityType: "Alliance", entityId: a.id, summary: { name: a.name } },
  ];
  if (a.versions === 0) return { versions, opinions, events };
  const end = a.filedAt ?? a.stateSince;
  const steps = a.versions * 2 + 4;
  const span = Math.max(DAY, end.getTime() - a.agreement.getTime());
  let step = 0;
  const at = () => new Date(a.agreement.getTime() + (span * ++step) / steps);
  const transition = (
    name: string,
    from: AllianceState,
    to: AllianceState,
    by: Staff,
    versionNo: number,
    opinionId?: string,
    extra: Record<string, unknown> = {},
  ) =>
    events.push({
      at: at(),
      actor: by,
      action: "alliance.transitioned",
      entityType: "Alliance",
      entityId: a.id,
      summary: { transition: name, label: findTransition(name as never)!.label, from, to, versionNo, ...(opinionId ? { opinionId } : {}), ...extra },
    });
  const opinion = (v: Version, stage: "DIVISION" | "FORM", decision: Opinion["decision"], by: Staff) => {
    const o = {
      id: uuid(),
      allianceId: a.id,
      versionId: v.id,
      stage,
      decision,
      opinion: r.pick(N.OPINIONS[decision]),
      unit: by.unit,
      reviewerId: by.id,
      at: at(),
    };
    opinions.push(o);
    return o.id;
  };
  for (let no = 1; no <= a.versions; no++) {
    const v = { id: uuid(), allianceId: a.id, versionNo: no, submittedAt: at() };
    versions.push(v);
    const resubmit = no > 1;
    events.push({
      at: v.submittedAt,
      actor: staff.filer,
      action: "alliance.submitted",
      entityType: "Alliance",
      entityId: a.id,
      summary: { versionNo: no, state: "DIVISION_REVIEW", transition: resubmit ? "RESUBMIT" : "SUBMIT" },
    });
    const last = no === a.versions;
    if (!last || a.state === "RETURNED") {
      const byForm = a.state === "RETURNED" && last ? a.returnedFrom === "FORM_REVIEW" : no % 3 === 0;
      if (byForm) transition("DIVISION_PASS", "DIVISION_REVIEW", "FORM_REVIEW", staff.reviewer, no, opinion(v, "DIVISION", "PASS", staff.reviewer));
      transition(
        byForm ? "FORM_RETURN" : "DIVISION_RETURN",
        byForm ? "FORM_REVIEW" : "DIVISION_REVIEW",
        "RETURNED",
        byForm ? staff.secretary : staff.reviewer,
        no,
        opinion(v, byForm ? "FORM" : "DIVISION", "RETURN", byForm ? staff.secretary : staff.reviewer),
      );
      continue;
    }
    if (a.state === "DIVISION_REVIEW") continue;
    if (a.state === "REJECTED") {
      transition("DIVISION_REJECT", "DIVISION_REVIEW", "REJECTED", staff.reviewer, no, opinion(v, "DIVISION", "REJECT", staff.reviewer));
      continue;
    }
    transition("DIVISION_PASS", "DIVISION_REVIEW", "FORM_REVIEW", staff.reviewer, no, opinion(v, "DIVISION", "PASS", staff.reviewer));
    if (a.state === "FORM_REVIEW") continue;
    transition("FORM_PASS", "FORM_REVIEW", "MEETING", staff.secretary, no, opinion(v, "FORM", "PASS", staff.secretary));
    if (a.state === "MEETING") continue;
    transition("MEETING_APPROVE", "MEETING", "FILING", staff.secretary, no);
    if (a.state === "FILING") continue;
    events.push({
      at: a.filedAt!,
      actor: staff.officer,
      action: "alliance.transitioned",
      entityType: "Alliance",
      entityId: a.id,
      summary: { transition: "FILE", label: "予以备案", from: "FILING", to: "FILED", versionNo: no },
    });
    if (a.state === "REVOKED")
      events.push({
        at: a.stateSince,
        actor: staff.center,
        action: "alliance.transitioned",
        entityType: "Alliance",
        entityId: a.id,
        summary: { transition: "REVOKE", label: "取消备案", from: "FILED", to: "REVOKED", versionNo: no },
      });
    if (a.state === "DISSOLVED")
      events.push({
        at: a.stateSince,
        actor: staff.center,
        action: "alliance.transitioned",
        entityType: "Alliance",
        entityId: a.id,
        summary: { transition: "DISSOLVE", label: "解散", from: "FILED", to: "DISSOLVED", versionNo: no },
      });
  }
  return { versions, opinions, events };
}
