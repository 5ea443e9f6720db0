// Values derived from AllianceDocData that several documents share.
import { memberTotals, type MemberTotals } from "../rules/member-totals";
import type { AllianceDocData, AllianceKindWord, MemberDocData, MemberRole } from "./types";

const NAME_SHAPE = /^吉林省(.+)产业科技创新(联盟|联合体)$/;

/**
 * The XX of 吉林省XX产业科技创新联盟. The real name wins when it has the template's shape, so the
 * charter's 第一条 and the title never disagree; otherwise industryShort, then the industry.
 */
export function industryWord(data: Pick<AllianceDocData, "name" | "industryShort" | "industryName">): string {
  const fromName = NAME_SHAPE.exec(data.name.trim())?.[1];
  return fromName ?? (data.industryShort?.trim() || data.industryName.trim());
}

/** 联盟 or 联合体 (四(二): "创新联盟建设（或创新联合体）"). */
export function kindNoun(kind: AllianceKindWord): string {
  return kind === "CONSORTIUM" ? "联合体" : "联盟";
}

/**
 * Applies the 联合体 wording to TEMPLATE text only (never to filled-in values such as member names,
 * which may legitimately contain 联盟). Every 联盟 in the annexes is the organisation's short name.
 */
export function kindWording(templateText: string, kind: AllianceKindWord): string {
  return kind === "CONSORTIUM" ? templateText.replaceAll("联盟", "联合体") : templateText;
}

export function totalsOf(data: AllianceDocData): MemberTotals {
  return memberTotals(data.members);
}

export function byRole(data: AllianceDocData, role: MemberRole): MemberDocData[] {
  return data.members.filter((m) => m.role === role);
}

export function isAcademic(m: MemberDocData): boolean {
  return m.type === "UNIVERSITY" || m.type === "RESEARCH_INSTITUTE";
}

/** Unit names joined with the enumeration comma 、. */
export function names(members: readonly MemberDocData[]): string {
  return members.map((m) => m.name.trim()).join("、");
}

/** The chair unit: the CHAIR member (R6: the founding unit), else the unit typed in 简况. */
export function chairUnitName(data: AllianceDocData): string {
  return byRole(data, "CHAIR")[0]?.name.trim() || data.chairUnit.trim();
}
