// R8 (附件1 一): member totals are computed from the member list, never typed.
export interface MemberTotals {
  total: number;
  enterprises: number;
  universities: number;
  institutes: number;
  others: number;
}

export function memberTotals(members: { type: string }[]): MemberTotals {
  const count = (t: string) => members.filter((m) => m.type === t).length;
  const enterprises = count("ENTERPRISE");
  const universities = count("UNIVERSITY");
  const institutes = count("RESEARCH_INSTITUTE");
  return { total: members.length, enterprises, universities, institutes, others: members.length - enterprises - universities - institutes };
}
