import type { TAuditAction } from "./events";

// The Chinese name of every audit action, and the groups the audit log's action filter offers. Typed
// as a Record over every action: a new action without a name fails the type check.
export const ACTION_LABELS: Record<TAuditAction, string> = {
  "auth.login": "登录成功",
  "auth.login_failed": "登录失败",
  "auth.locked": "账户锁定",
  "auth.logout": "退出登录",
  "user.created": "创建用户",
  "user.updated": "修改用户",
  "user.unlocked": "解除锁定",
  "user.password_reset": "重置密码",
  "user.password_changed": "修改密码",
  "user.locale_changed": "更改界面语言",
  "user.totp_enrolled": "启用双因素登录",
  "user.totp_reset": "重置双因素登录",
  "user.duty_account_created": "设立管理员账户（服务器命令）",
  "user.duty_password_reset": "重置管理员密码（服务器命令）",
  "user.duty_totp_reset": "重置管理员双因素登录（服务器命令）",
  "user.duty_unlocked": "解除管理员锁定（服务器命令）",
  "system.seeded": "加载演示数据",
  "alliance.created": "创建联盟",
  "alliance.refiled": "据未获通过的申报重新申报",
  "alliance.draft_saved": "保存申报草稿",
  "alliance.submitted": "提交申报",
  "alliance.transitioned": "审核决定",
  "alliance.field_commented": "添加审核批注",
  "alliance.field_comment_removed": "删除审核批注",
  "meeting.created": "创建厅务会议程",
  "meeting.agenda_changed": "调整厅务会议程",
  "meeting.closed": "厅务会结束",
  "objection.received": "收到公示异议",
  "objection.handled": "处理公示异议",
  "settings.updated": "修改系统设置",
  "calendar.day_set": "登记工作日历",
  "calendar.day_removed": "删除工作日历条目",
  "alliance.overdue_reminded": "发送超期提醒",
  "call.opened": "发布遴选通知",
  "call.closed": "结束遴选",
  "intent.submitted": "提交组建意愿",
  "intent.decided": "审核组建意愿",
  "intent.evidence_uploaded": "上传组建意愿证明材料",
  "document.uploaded": "上传附件",
  "scheme.created": "新建考核方案",
  "scheme.updated": "修改考核方案",
  "scheme.deleted": "删除考核方案草稿",
  "scheme.published": "发布考核方案",
  "scheme.results_published": "发布考核结果",
  "report.draft_saved": "保存年度报告草稿",
  "report.submitted": "提交年度报告",
  "report.returned": "退回年度报告修改",
  "report.return_reminders_sent": "发送更正截止提醒",
  "report.evidence_uploaded": "上传年度报告佐证材料",
  "report.evidence_removed": "删除年度报告佐证材料",
  "assessment.saved": "保存考核评分",
  "revocation.proposed": "提出取消备案建议",
  "revocation.confirmed": "确认取消备案",
  "revocation.dismissed": "驳回取消备案建议",
  "reminders.sent": "发送报告提醒",
  "membership.change_requested": "申请成员变更",
  "membership.change_decided": "登记成员变更决定",
  "membership.change_acknowledged": "知悉成员变更",
  "member.confirm_link_issued": "发出成员确认链接",
  "member.confirmed": "成员单位确认信息",
  "member.disputed": "成员单位提出异议",
  "council.term_recorded": "登记理事会换届",
  "council.term_reminded": "提醒理事会换届",
  "charter.amended": "修订章程",
  "charter.version_withdrawn": "撤回章程修正案",
  "dissolution.vote_recorded": "登记解散表决",
  "dissolution.confirmed": "确认联盟解散",
  "activity.logged": "登记联盟活动",
  "activity.removed": "删除联盟活动",
  "project.recommended": "推荐项目",
  "project.adopted": "项目获立项",
  "project.adoption_undone": "撤销项目立项记录",
  "project.removed": "删除推荐项目",
  "dashboard.exported": "导出统计表",
  "audit.exported": "导出审计日志",
};

/** The action filter's groups, in the order an auditor looks for things; every action is in exactly one. */
export const ACTION_GROUPS = [
  { key: "account", label: "登录与账户", prefixes: ["auth.", "user."] },
  { key: "filing", label: "遴选、申报与审核", prefixes: ["call.", "intent.", "alliance.", "document."] },
  { key: "filed", label: "厅务会、备案与公示", prefixes: ["meeting.", "objection."] },
  { key: "assessment", label: "年度考核与取消备案", prefixes: ["scheme.", "report.", "assessment.", "revocation.", "reminders."] },
  { key: "operation", label: "成员、理事会与活动", prefixes: ["membership.", "member.", "council.", "charter.", "dissolution.", "activity.", "project."] },
  { key: "system", label: "系统设置与导出", prefixes: ["system.", "settings.", "calendar.", "dashboard.", "audit."] },
] as const;

export type ActionGroupKey = (typeof ACTION_GROUPS)[number]["key"];

export function actionsOfGroup(key: ActionGroupKey, all: readonly TAuditAction[]): TAuditAction[] {
  const g = ACTION_GROUPS.find((x) => x.key === key)!;
  return all.filter((a) => g.prefixes.some((p) => a.startsWith(p)));
}

export function actionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action as TAuditAction] : action;
}
