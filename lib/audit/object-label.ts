// What an audit event concerns, named for a person: "联盟：吉林省氢能产业科技创新联盟", "用户：filer（张*明）",
// never "Alliance 68e80d69". Pure; the names come from the page's NameBook (lib/audit/names.ts).
import type { AuditRow, NameBook } from "./sentences";
import { redactPersonalData } from "../privacy/redact";

const NOUNS: Record<string, string> = {
  Alliance: "联盟",
  User: "用户",
  System: "系统",
  Meeting: "厅务会",
  Filing: "备案",
  Setting: "系统设置",
  Call: "遴选通知",
  LeadIntent: "组建意愿",
  Document: "附件",
  AssessmentScheme: "考核方案",
  AnnualReport: "年度报告",
  Assessment: "考核评分",
  Revocation: "取消备案",
  MembershipChange: "成员变更",
  Membership: "成员单位",
  CouncilTerm: "理事会",
  DissolutionVote: "解散表决",
  Activity: "联盟活动",
  RecommendedProject: "推荐项目",
  Dashboard: "统计表",
  AuditLog: "审计日志",
};
const SETTINGS: Record<string, string> = { workflow: "办理时限与公示期", security: "安全策略" };
const GONE = "（已不存在）";

export function objectLabel(e: AuditRow, book: NameBook): string {
  const s = (e.summary && typeof e.summary === "object" ? e.summary : {}) as Record<string, unknown>;
  const noun = NOUNS[e.entityType] ?? e.entityType;
  const id = e.entityId ?? "";
  const allianceName = typeof s.allianceId === "string" ? (book.alliances.get(s.allianceId) ?? GONE) : undefined;
  const year = typeof s.year === "number" ? `${s.year}年度` : "";
  switch (e.entityType) {
    case "Alliance":
      return `联盟：${book.alliances.get(id) ?? GONE}`;
    case "User":
      return id
        ? `用户：${book.users.get(id) ?? GONE}`
        : `用户：${typeof s.username === "string" ? `${redactPersonalData(s.username).slice(0, 40)}（无此账户）` : GONE}`;
    case "System":
    case "AuditLog":
      return noun;
    case "Filing":
      return `备案：${book.filings.get(id) ?? GONE}`;
    case "Setting":
      return SETTINGS[id] ?? noun;
    case "Meeting":
      return typeof s.sessionNo === "string" ? `厅务会：${s.sessionNo}` : noun;
    case "AssessmentScheme":
      return book.schemes.get(id) ?? (year ? `${year}考核方案` : `考核方案：${GONE}`);
    case "Call":
      return typeof s.title === "string" ? `遴选通知：${s.title}` : noun;
    case "LeadIntent":
      return typeof s.organization === "string" ? `组建意愿：${s.organization}` : noun;
    case "Dashboard":
      return `统计表：${id}`;
    default:
      return allianceName ? `${noun}：${allianceName}${year && (e.entityType === "AnnualReport" || e.entityType === "Assessment") ? ` ${year}` : ""}` : noun;
  }
}
