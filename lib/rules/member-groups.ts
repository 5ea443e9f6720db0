// 附件1 三 lists members in two official tables (企业情况, 科教单位情况); units that fit neither (社会组织,
// 其他) follow as 其他成员单位. One grouping for the editor, 核对并提交, the reviewers' page and the .docx,
// so no list can drop a member the totals count. Pure: runs in the browser too.

export type MemberGroupKey = "enterprises" | "academia" | "others";
export const MEMBER_GROUP_ORDER: readonly MemberGroupKey[] = ["enterprises", "academia", "others"];

export function memberGroupOf(type: string): MemberGroupKey {
  if (type === "ENTERPRISE") return "enterprises";
  if (type === "UNIVERSITY" || type === "RESEARCH_INSTITUTE") return "academia";
  return "others";
}

/** Members split into the three lists, order kept; every member lands in exactly one. */
export function groupMembers<T>(members: readonly T[], typeOf: (m: T) => string): Record<MemberGroupKey, T[]> {
  const groups: Record<MemberGroupKey, T[]> = { enterprises: [], academia: [], others: [] };
  for (const m of members) groups[memberGroupOf(typeOf(m))].push(m);
  return groups;
}
