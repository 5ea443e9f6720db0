// Where a reviewer's comment can sit: a 附件1 field, a member row (by credit code), an attachment,
// or the filing as a whole. Shared by the server (validation) and the pages (placing the notes).
export const COMMENTABLE_FIELDS = {
  general: "申报整体",
  name: "联盟名称",
  agreementEffectiveOn: "联盟协议生效时间",
  technicalField: "技术领域",
  chairName: "联盟理事长",
  hostUnitName: "常设机构依托单位",
  address: "通讯地址及邮编",
  contactName: "联系人及电话",
  innovationGoal: "技术创新目标",
  members: "成员单位（整体）",
  "document:CHARTER": "联盟章程",
  "document:AGREEMENT": "合作协议",
  "document:CONSTRUCTION_PLAN": "建设方案",
} as const;

export type CommentableField = keyof typeof COMMENTABLE_FIELDS;

export function memberPath(creditCode: string): string {
  return MEMBER + creditCode;
}

const MEMBER = "member:";

/** The Chinese name of where a comment sits, for lists of comments. */
export function commentPathLabel(path: string): string {
  if (Object.hasOwn(COMMENTABLE_FIELDS, path)) return COMMENTABLE_FIELDS[path as CommentableField];
  return path.startsWith(MEMBER) ? `成员单位 ${path.slice(MEMBER.length)}` : path;
}

export function isCommentPath(path: string, memberCodes: ReadonlySet<string>): boolean {
  if (Object.hasOwn(COMMENTABLE_FIELDS, path)) return true;
  return path.startsWith(MEMBER) && memberCodes.has(path.slice(MEMBER.length));
}
