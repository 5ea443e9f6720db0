// R8 (附件1 一): member totals are computed from the member list, never typed.
import { groupMembers } from "./member-groups";

export interface MemberTotals {
  total: number;
  enterprises: number;
  universities: number;
  institutes: number;
  /** 社会组织 and other units: counted in the total, listed as 其他成员单位 (so the parts add up). */
  others: number;
}

export function memberTotals(members: { type: string }[]): MemberTotals {
  const g = groupMembers(members, (m) => m.type);
  const universities = g.academia.filter((m) => m.type === "UNIVERSITY").length;
  return { total: members.length, enterprises: g.enterprises.length, universities, institutes: g.academia.length - universities, others: g.others.length };
}
