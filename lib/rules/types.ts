// Shared shapes for the policy rules. Pure types: this module runs in the browser, on the server and in review.

export type RuleId = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9" | "R10" | "R11" | "R12" | "R13";

/** na = not applicable yet; used only where a rule cannot be evaluated at all (e.g. council ratio with no members). */
export type RuleStatus = "pass" | "fail" | "warn" | "na";

export type RuleSeverity = "hard" | "soft";

export interface RuleResult {
  id: RuleId;
  status: RuleStatus;
  /** hard fails block submission; soft results only advise. */
  severity: RuleSeverity;
  /** Clause exactly as written in the policy, with full-width parentheses, e.g. "六（二）1". */
  clause: string;
  /** Short title, in the language of the request that evaluated the rule (stored copies: as they were stored). */
  title: string;
  /** Specific explanation with the actual numbers, in the same language. */
  message: string;
  /** The form field or section concerned, e.g. "members", "innovationGoal", "name", "attachments". */
  field?: string;
}

export type MemberType = "ENTERPRISE" | "UNIVERSITY" | "RESEARCH_INSTITUTE" | "SOCIAL_ORG" | "OTHER";
export type MemberRole = "CHAIR" | "VICE_CHAIR" | "COUNCIL" | "MEMBER";
export type ChainPosition = "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";

export interface FilingMemberInput {
  creditCode: string;
  name: string;
  type: MemberType;
  role: MemberRole;
  chainPosition?: ChainPosition | null;
  isLead?: boolean;
}

export interface FilingInput {
  name: string;
  kind?: "ALLIANCE" | "CONSORTIUM";
  industryCode: string | null;
  subField?: string | null;
  leadCreditCode: string | null;
  innovationGoal: string;
  members: FilingMemberInput[];
  attachments: { CHARTER?: boolean; AGREEMENT?: boolean; CONSTRUCTION_PLAN?: boolean };
  /** A reviewer accepted a pilot code failing checksum. */
  creditCodeOverride?: boolean;
}
