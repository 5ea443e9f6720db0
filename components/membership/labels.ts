// Chinese labels of the member fields shown on the membership pages (the same words as 附件1 三).
export const ROLE_LABEL: Record<string, string> = { CHAIR: "理事长单位", VICE_CHAIR: "副理事长单位", COUNCIL: "理事单位", MEMBER: "成员单位" };
export const CHAIN_LABEL: Record<string, string> = { UPSTREAM: "上游", MIDSTREAM: "中游", DOWNSTREAM: "下游" };
export const ORG_TYPE_LABEL: Record<string, string> = { ENTERPRISE: "企业", UNIVERSITY: "高校", RESEARCH_INSTITUTE: "科研院所", SOCIAL_ORG: "社会组织", OTHER: "其他" };
export const KIND_LABEL = { JOIN: "加入（附件2 第十七条）", EXIT: "退出（附件2 第十八条）" } as const;
export const CHANGE_STATUS_LABEL = { PENDING: "待理事会决定", APPROVED: "理事会已批准", REJECTED: "理事会未批准" } as const;
export const CHANGE_STATUS_BADGE = { PENDING: "amber", APPROVED: "green", REJECTED: "grey" } as const;
