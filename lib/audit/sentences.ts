// Each audit event as a Chinese sentence for the auditor: what was done, to what, with old and new values
// for changes. Pure: the event and a book of object names in, text out (page and export use the same).
// The summary is read with its action's schema; an event written before that schema existed still shows
// its action's name and its content, masked. Free text from users is masked for personal data and cut short.
import type { z } from "zod";
import type { TAuditAction } from "./events";
import { SUMMARIES, type TChanges } from "./summaries";
import { actionLabel } from "./labels";
import { STATE_LABELS, ROLE_LABELS } from "../workflow/states";
import { GRADE_LABELS } from "../assessment/scheme";
import { commentPathLabel } from "../review/comment-paths";
import { redactPersonalData } from "../privacy/redact";
import { maskEmail } from "../privacy/mask";

/** Names of the objects events point at, looked up once per page (lib/audit/names.ts). */
export interface NameBook {
  alliances: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  divisions: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
  schemes: ReadonlyMap<string, string>;
  filings: ReadonlyMap<string, string>;
}

export const EMPTY_BOOK: NameBook = {
  alliances: new Map(),
  users: new Map(),
  divisions: new Map(),
  organizations: new Map(),
  schemes: new Map(),
  filings: new Map(),
};

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: unknown;
}

type Sentence<A extends TAuditAction> = (s: z.infer<(typeof SUMMARIES)[A]>, e: AuditRow, book: NameBook) => string;

const cut = (v: string, n = 60) => ([...v].length > n ? `${[...v].slice(0, n).join("")}…` : v);
/** User-typed text: personal data masked, cut to a readable length, quoted. */
const txt = (v: string | null | undefined, n = 60) => `“${cut(redactPersonalData((v ?? "").replace(/\s+/g, " ").trim()), n)}”`;
const alliance = (id: string, b: NameBook) => `“${b.alliances.get(id) ?? "（已不存在的联盟）"}”`;
const state = (s: string) => (Object.hasOwn(STATE_LABELS, s) ? STATE_LABELS[s as keyof typeof STATE_LABELS] : s);
const roles = (rs: unknown) =>
  Array.isArray(rs) ? rs.map((r) => (Object.hasOwn(ROLE_LABELS, String(r)) ? ROLE_LABELS[r as keyof typeof ROLE_LABELS] : String(r))).join("、") : "";
/** The server account that ran an administrator-account command (lib/cli/admin-account.ts). */
const operator = (v: string | undefined) => (v ? `；服务器账户 ${txt(v, 60)}` : "");
const bytes = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : iso);
const time = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : `${day(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d))} ${new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false }).format(d)}`;
};

const LOGIN_REASONS: Record<string, string> = {
  UNKNOWN_USER: "用户名不存在",
  WRONG_PASSWORD: "密码错误",
  LOCKED: "账户已锁定",
  DISABLED: "账户已停用",
  WRONG_TOTP: "动态口令错误",
  TOTP_REPLAY: "动态口令重复使用",
  RATE_LIMITED: "来源地址尝试过于频繁",
};
const KIND: Record<string, string> = { JOIN: "加入", EXIT: "退出" };
const DOCS: Record<string, string> = {
  CHARTER: "联盟章程",
  AGREEMENT: "合作协议",
  CONSTRUCTION_PLAN: "建设方案",
  INTENT_EVIDENCE: "组建意愿佐证材料",
  ANNUAL_EVIDENCE: "年度报告佐证材料",
  OTHER: "其他附件",
};
const STATUS: Record<string, string> = {
  DRAFT: "草稿",
  PUBLISHED: "已发布",
  FROZEN: "结果已发布",
  SUBMITTED: "已提交",
  ASSESSED: "已评分",
  PROPOSED: "待确认",
  CONFIRMED: "已确认",
  DISMISSED: "已驳回",
  PENDING: "待决定",
  APPROVED: "已同意",
  REJECTED: "未同意",
};
const FIELDS: Record<string, string> = {
  displayName: "姓名",
  roles: "角色",
  divisionId: "所属处室",
  organizationId: "所属单位",
  phone: "联系电话",
  email: "电子邮箱",
  active: "账户状态",
  "serviceDays.DIVISION_REVIEW": "处室审核办理时限（工作日）",
  "serviceDays.FORM_REVIEW": "组织形式审核办理时限（工作日）",
  "serviceDays.MEETING": "提交厅务会审议时限（工作日）",
  "serviceDays.FILING": "研究院备案办理时限（工作日）",
  noticeDays: "备案公示期（天）",
  auditRetentionDays: "审计记录保存期限（天）",
  year: "年度",
  title: "名称",
  reportDue: "报告截止日期",
  indicators: "考核指标",
  gradeBands: "等次分数线",
  status: "状态",
  score: "得分",
  grade: "等次",
};

function value(field: string, v: unknown, b: NameBook): string {
  if (v === null || v === undefined || v === "") return "（空）";
  if (field === "roles") return roles(v) || "（无）";
  if (field === "divisionId") return b.divisions.get(String(v)) ?? "（已不存在的处室）";
  if (field === "organizationId") return b.organizations.get(String(v)) ?? "（已不存在的单位）";
  if (field === "active") return v ? "启用" : "停用";
  if (field === "grade" && Object.hasOwn(GRADE_LABELS, String(v))) return GRADE_LABELS[v as keyof typeof GRADE_LABELS];
  if (field === "status" && Object.hasOwn(STATUS, String(v))) return STATUS[String(v)]!;
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return `${v.length} 项`;
  if (typeof v === "object") return `${Object.keys(v).length} 项设置`;
  return cut(redactPersonalData(String(v)), 40);
}

const ORDER = Object.keys(FIELDS);
const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);

/** "角色由“A”改为“B”；联系电话由“（空）”改为“138****5678”", in the form's order (jsonb keeps its own key order). */
export function describeChanges(changes: TChanges, b: NameBook): string {
  return Object.entries(changes)
    .sort(([a], [c]) => rank(a) - rank(c))
    .map(([k, c]) => {
      const from = value(k, c.from, b);
      const to = value(k, c.to, b);
      const label = FIELDS[k] ?? k;
      return from === to ? `${label}已修改` : `${label}由“${from}”改为“${to}”`;
    })
    .join("；");
}

const memberChanges = (m: { added: string[]; removed: string[]; updated: unknown[] } | undefined) => {
  const parts = m
    ? [
        ["新增", m.added.length],
        ["移出", m.removed.length],
        ["修改", m.updated.length],
      ].filter(([, n]) => n)
    : [];
  return parts.length ? `（${parts.map(([w, n]) => `${w} ${n} 家`).join("、")}）` : "";
};
const ch = (c: TChanges, b: NameBook) => (Object.keys(c).length ? `：${describeChanges(c, b)}` : "");

export const SENTENCES: { [A in TAuditAction]: Sentence<A> } = {
  "auth.login": (s) => (s.factors === 2 ? "登录成功（密码与动态口令）" : "登录成功"),
  "auth.login_failed": (s) => `以用户名 ${txt(s.username, 40)} 登录失败：${LOGIN_REASONS[s.reason] ?? s.reason}`,
  "auth.locked": (s) => `连续 ${s.failures} 次登录失败，账户锁定至 ${time(s.lockedUntil)}`,
  "auth.logout": () => "退出登录",
  "user.created": (s, _e, b) =>
    `创建用户 ${txt(s.username, 40)}，角色：${roles(s.roles)}${s.divisionId ? `，所属处室：${value("divisionId", s.divisionId, b)}` : ""}${s.organizationId ? `，所属单位：${value("organizationId", s.organizationId, b)}` : ""}`,
  "user.updated": (s, _e, b) => `修改用户信息${ch(s.changes, b)}`,
  "user.unlocked": (s) => (s.lockedUntil ? `解除账户锁定（原锁定至 ${time(s.lockedUntil)}）` : "解除账户锁定"),
  "user.password_reset": () => "重置密码（该用户的会话全部失效，下次登录须修改密码）",
  "user.password_changed": () => "修改本人密码",
  "user.locale_changed": (s) => `界面语言改为${s.locale === "en" ? "英文" : "中文"}`,
  "user.totp_enrolled": () => "启用双因素登录（动态口令）",
  "user.totp_reset": (s) => (s.wasEnabled ? "重置双因素登录：原动态口令作废，须重新绑定" : "重置双因素登录（此前尚未启用）"),
  "user.duty_account_created": (s) =>
    `部署负责人在服务器上设立${roles([s.role])}账户 ${txt(s.username, 40)}（一次性密码，首次登录须修改密码并绑定动态口令）${operator(s.operator)}`,
  "user.duty_password_reset": (s) =>
    `部署负责人在服务器上重置${roles([s.role])}账户 ${txt(s.username, 40)} 的密码（一次性密码；该账户的会话全部失效，下次登录须修改密码）${operator(s.operator)}`,
  "user.duty_totp_reset": (s) =>
    `部署负责人在服务器上重置${roles([s.role])}账户 ${txt(s.username, 40)} 的双因素登录：${s.wasEnabled ? "原动态口令作废，须重新绑定" : "此前尚未启用"}${operator(s.operator)}`,
  "user.duty_unlocked": (s) =>
    `部署负责人在服务器上解除${roles([s.role])}账户 ${txt(s.username, 40)} 的锁定${s.lockedUntil ? `（原锁定至 ${time(s.lockedUntil)}）` : ""}${s.failures ? `，清零连续失败 ${s.failures} 次` : ""}${s.addressRefusalsCleared ? `，解除按来源地址的登录限制 ${s.addressRefusalsCleared} 项` : ""}${operator(s.operator)}`,
  "system.seeded": (s) => `加载演示数据：用户 ${s.users} 个、单位 ${s.organizations} 家、联盟 ${s.alliances} 个`,
  "alliance.created": (s) => `创建联盟申报 ${txt(s.name)}`,
  "alliance.refiled": (s) => `以未获通过的申报（第 ${s.fromVersionNo} 版）为基础重新申报 ${txt(s.name)}，带入成员 ${s.members} 家、附件 ${s.documents} 份`,
  "alliance.draft_saved": (s) =>
    `保存申报草稿：修改了 ${s.changed.map((f) => commentPathLabel(f)).join("、") || "（无字段）"}；成员 ${s.members} 家${memberChanges(s.memberChanges)}${s.newOrganizations.length ? `，新登记单位 ${s.newOrganizations.length} 家` : ""}`,
  "alliance.submitted": (s) => `提交第 ${s.versionNo} 版申报，进入“${state(s.state)}”`,
  "alliance.transitioned": (s) =>
    `${s.label}：由“${state(s.from)}”转入“${state(s.to)}”（第 ${s.versionNo} 版）${s.number ? `，备案编号 ${s.number}` : ""}${s.sessionNo ? `，厅务会 ${s.sessionNo}` : ""}`,
  "alliance.field_commented": (s) =>
    `在“${commentPathLabel(s.fieldPath)}”添加${s.visibleToFiler ? "退回后申报单位可见的" : "内部"}批注（第 ${s.versionNo} 版）`,
  "alliance.field_comment_removed": (s) => `删除“${commentPathLabel(s.fieldPath)}”的批注 ${txt(s.text)}`,
  "meeting.created": (s) => `创建厅务会 ${s.sessionNo} 议程，列入 ${s.allianceIds.length} 个联盟`,
  "meeting.agenda_changed": (s) =>
    `调整厅务会${s.sessionNo ? ` ${s.sessionNo}` : ""}议程${s.added?.length ? `，增加 ${s.added.length} 个` : ""}${s.removed?.length ? `，移出 ${s.removed.length} 个` : ""}`,
  "meeting.closed": (s) => `厅务会 ${s.sessionNo} 全部议题已决定，会议结束`,
  "objection.received": (s) => `公示期内收到对 ${s.number} 的异议`,
  "objection.handled": () => "登记公示异议的处理意见",
  "calendar.day_set": (s) => `${s.from ? "修改" : "登记"}工作日历 ${day(s.date)} 为${s.kind === "WORKDAY" ? "调休上班日" : "节假日"}（${txt(s.name)}）`,
  "alliance.overdue_reminded": (s) => `提醒办理人：已超过办理时限 ${s.limitDays} 个工作日（最迟 ${day(s.dueOn)}），通知 ${s.count} 人`,
  "calendar.day_removed": (s) => `从工作日历删除 ${day(s.date)}（${txt(s.name)}）`,
  "settings.updated": (s, e, b) => `修改${e.entityId === "security" ? "安全策略" : "办理时限与公示期"}${ch(s.changes, b)}`,
  "call.opened": (s) => `发布牵头企业遴选通知 ${txt(s.title)}，截止 ${day(s.deadline)}`,
  "call.closed": (s) => `结束牵头企业遴选${s.title ? ` ${txt(s.title)}` : ""}`,
  "intent.submitted": (s) => `${txt(s.organization)}提交组建意愿`,
  "intent.evidence_uploaded": (s) => `${txt(s.organization)}为组建意愿（${s.clause}）上传证明材料 ${txt(s.fileName)}`,
  "intent.decided": (s) => `${s.decision === "QUALIFIED" ? "确认" : "未确认"} ${txt(s.organization)} 为牵头企业${s.reason ? `，理由：${txt(s.reason)}` : ""}`,
  "document.uploaded": (s, _e, b) => `为${alliance(s.allianceId, b)}上传${DOCS[s.kind] ?? s.kind}第 ${s.versionNo} 版 ${txt(s.fileName)}（${bytes(s.bytes)}）`,
  "scheme.created": (s) => `新建${s.year}年度考核方案 ${txt(s.title)}，指标 ${s.indicators.length} 项，报告截止 ${day(s.reportDue)}`,
  "scheme.updated": (s, _e, b) => `修改考核方案${ch(s.changes, b)}`,
  "scheme.deleted": (s) => `删除${s.year}年度考核方案草稿 ${txt(s.title)}（报告截止 ${day(s.reportDue)}），理由：${txt(s.reason)}`,
  "scheme.published": (s) => `发布${s.year}年度考核方案，报告截止 ${day(s.reportDue)}，通知 ${s.notified} 个联盟`,
  "scheme.results_published": (s) =>
    `发布${s.year}年度考核结果：${s.results} 个联盟，其中未提交报告 ${s.missingReports} 个，提出取消备案建议 ${s.revocationsProposed} 个${
      s.basis === "EARLY_CLOSE"
        ? `；报告截止前提前结束，理由：${txt(s.earlyCloseReason ?? "")}`
        : s.basis === "ALL_HANDED_IN"
          ? "；纳入考核的联盟均已提交，截止前发布"
          : ""
    }`,
  "report.draft_saved": (s, _e, b) => `保存${alliance(s.allianceId, b)}${s.year}年度报告草稿${s.changed.length ? `，修改了 ${s.changed.length} 项` : ""}`,
  "report.submitted": (s, _e, b) =>
    `${s.versionNo && s.versionNo > 1 ? "更正后重新提交" : "提交"}${alliance(s.allianceId, b)}${s.year}年度报告${s.versionNo ? `（第 ${s.versionNo} 版）` : ""}`,
  "report.returned": (s, _e, b) =>
    `退回${alliance(s.allianceId, b)}${s.year}年度报告（第 ${s.versionNo} 版）修改${s.comments ? `，逐项意见 ${s.comments} 条` : ""}，更正后提交截止 ${day(s.correctionDue)}`,
  "report.return_reminders_sent": (s) => `发送${s.year}年度报告更正截止提醒（提前 ${s.threshold} 天，截止 ${day(s.correctionDue)}）`,
  "report.evidence_uploaded": (s, _e, b) => `为${alliance(s.allianceId, b)}${s.year}年度报告上传佐证材料 ${txt(s.fileName)}（${bytes(s.bytes)}）`,
  "report.evidence_removed": (s, _e, b) => `删除${alliance(s.allianceId, b)}${s.year}年度报告的佐证材料 ${txt(s.title)}`,
  "assessment.saved": (s, _e, b) => `保存${alliance(s.allianceId, b)}${s.year}年度考核评分${ch(s.changes, b)}`,
  "revocation.proposed": (s, _e, b) => `因 ${s.years.join("、")} 年度考核连续不合格，对${alliance(s.allianceId, b)}提出取消备案建议`,
  "revocation.confirmed": (s, _e, b) => `确认取消${alliance(s.allianceId, b)}的备案，意见：${txt(s.note)}`,
  "revocation.dismissed": (s, _e, b) => `驳回对${alliance(s.allianceId, b)}的取消备案建议，理由：${txt(s.note)}`,
  "reminders.sent": (s) => `发送${s.year}年度报告截止提醒（${typeof s.threshold === "number" ? `提前 ${s.threshold} 天` : s.threshold}），共 ${s.count} 个联盟`,
  "membership.change_requested": (s, _e, b) => `申请${txt(s.name)}${KIND[s.kind] ?? s.kind}${alliance(s.allianceId, b)}`,
  "membership.change_decided": (s, _e, b) =>
    `登记理事会决定：${s.approved ? "同意" : "不同意"}${txt(s.name)}${KIND[s.kind] ?? s.kind}${alliance(s.allianceId, b)}${s.councilApprovedOn ? `（${day(s.councilApprovedOn)}）` : ""}${s.flagged ? "；变更后不符合组建条件，已提示服务中心" : ""}`,
  "membership.change_acknowledged": (s, _e, b) => `服务中心知悉${alliance(s.allianceId, b)}的成员${KIND[s.kind] ?? s.kind}（${STATUS[s.status] ?? s.status}）`,
  "member.confirm_link_issued": (s, _e, b) =>
    `向${txt(s.organization)}${s.emailedTo ? `${s.resend ? "重新" : ""}发送邮件（${maskEmail(s.emailedTo)}）发出` : "发出"}${alliance(s.allianceId, b)}成员信息确认链接，有效期至 ${time(s.expiresAt)}`,
  "member.confirmed": (s, _e, b) => `成员单位确认了在${alliance(s.allianceId, b)}中的登记信息`,
  "member.disputed": (s, _e, b) => `成员单位对在${alliance(s.allianceId, b)}中的登记信息提出异议${s.note ? `：${txt(s.note)}` : ""}`,
  "council.term_recorded": (s, _e, b) => `登记${alliance(s.allianceId, b)}第 ${s.termNo} 届理事会（${day(s.startsOn)} 至 ${day(s.endsOn)}，${s.seats} 个席位）`,
  "council.term_reminded": (s, _e, b) =>
    `提醒${alliance(s.allianceId, b)}换届：第 ${s.termNo} 届理事会任期${s.daysLeft >= 0 ? `将于 ${day(s.endsOn)} 届满（还有 ${s.daysLeft} 天）` : `已于 ${day(s.endsOn)} 届满 ${-s.daysLeft} 天`}，通知牵头单位经办人 ${s.notified} 人`,
  "charter.version_withdrawn": (s, _e, b) =>
    `撤回${alliance(s.allianceId, b)}章程第 ${s.versionNo} 版 ${txt(s.fileName)}（${day(s.approvedOn)} ${txt(s.approvedBy, 30)}通过），理由：${txt(s.reason)}`,
  "charter.amended": (s, _e, b) => `修订${alliance(s.allianceId, b)}章程为第 ${s.versionNo} 版（${day(s.approvedOn)} ${txt(s.approvedBy, 30)}通过）`,
  "dissolution.vote_recorded": (s, _e, b) =>
    `登记${alliance(s.allianceId, b)}解散表决：理事 ${s.councilSize} 名，赞成 ${s.votesFor} 票，${s.passed ? "通过" : "未通过"}（${day(s.votedOn)}）`,
  "dissolution.confirmed": (s, _e, b) => `确认${alliance(s.allianceId, b)}解散`,
  "activity.logged": (s, _e, b) => `登记${alliance(s.allianceId, b)}活动 ${txt(s.title)}（${day(s.heldOn)}）`,
  "activity.removed": (s, _e, b) => `删除${alliance(s.allianceId, b)}活动 ${txt(s.title)}（${day(s.heldOn)}）`,
  "project.recommended": (s, _e, b) => `${alliance(s.allianceId, b)}推荐${s.year}年度项目 ${txt(s.title)}，预算 ${s.budget} 万元`,
  "project.adopted": (s, _e, b) => `${alliance(s.allianceId, b)}推荐的项目 ${txt(s.title)} 获立项`,
  "project.adoption_undone": (s, _e, b) =>
    `撤销${alliance(s.allianceId, b)}推荐的项目 ${txt(s.title)} 的立项记录（原记为 ${time(s.adoptedAt)} 立项），理由：${txt(s.reason)}`,
  "project.removed": (s, _e, b) => `删除${alliance(s.allianceId, b)}推荐的项目 ${txt(s.title)}`,
  "dashboard.exported": (s) => `导出统计表“${s.table}”（.${s.format}，${s.rows} 行）`,
  "audit.exported": (s) => `导出审计日志（.${s.format}，${s.rows} 条；条件：${s.filters || "全部"}）`,
};

/** The event as one sentence; an event its schema cannot read still says what it was, masked. */
export function describeEvent(e: AuditRow, book: NameBook = EMPTY_BOOK): string {
  if (!Object.hasOwn(SENTENCES, e.action)) return `${actionLabel(e.action)}：${legacy(e.summary)}`;
  const action = e.action as TAuditAction;
  const parsed = SUMMARIES[action].safeParse(e.summary);
  if (!parsed.success) return `${actionLabel(action)}（早期记录）：${legacy(e.summary)}`;
  return (SENTENCES[action] as Sentence<TAuditAction>)(parsed.data as never, e, book);
}

function legacy(summary: unknown): string {
  const text = JSON.stringify(summary ?? {});
  return text === "{}" ? "无详细内容" : cut(redactPersonalData(text), 120);
}
