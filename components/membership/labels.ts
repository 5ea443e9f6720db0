// Labels of the membership pages; the member fields' words (附件1 三) come from lib/i18n/labels.ts.
import { CHAIN_LABEL as CHAINS, MEMBER_ROLE_LABEL, ORG_TYPE_LABEL as ORG_TYPES } from "@/lib/i18n/labels";

// Indexed by stored strings (JSON member data), hence the wider key type.
export const ROLE_LABEL: Record<string, string> = MEMBER_ROLE_LABEL;
export const CHAIN_LABEL: Record<string, string> = CHAINS;
export const ORG_TYPE_LABEL: Record<string, string> = ORG_TYPES;
export const KIND_LABEL = { JOIN: "加入（附件2 第十七条）", EXIT: "退出（附件2 第十八条）" } as const;
export const CHANGE_STATUS_LABEL = { PENDING: "待理事会决定", APPROVED: "理事会已批准", REJECTED: "理事会未批准" } as const;
export const CHANGE_STATUS_BADGE = { PENDING: "amber", APPROVED: "green", REJECTED: "grey" } as const;
