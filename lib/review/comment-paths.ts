import { text } from "../i18n/text";
// Where a reviewer's comment can sit: a 附件1 field, a member row (by credit code), an attachment,
// or the filing as a whole. Shared by the server (validation) and the pages (placing the notes).
const FIELD_KEYS = [
  "general",
  "name",
  "agreementEffectiveOn",
  "technicalField",
  "chairName",
  "hostUnitName",
  "address",
  "contactName",
  "innovationGoal",
  "members",
  "document:CHARTER",
  "document:AGREEMENT",
  "document:CONSTRUCTION_PLAN",
] as const;
export type CommentableField = (typeof FIELD_KEYS)[number];

// Each place's name is read from the catalogue when it is used (a getter per key), in the current language.
export const COMMENTABLE_FIELDS = {} as Record<CommentableField, string>;
for (const key of FIELD_KEYS)
  Object.defineProperty(COMMENTABLE_FIELDS, key, { enumerable: true, get: () => text(`review.commentPlaces.${key.replace(":", "_") as CommentPlaceKey}`) });
type CommentPlaceKey = { [K in CommentableField]: K extends `document:${infer D}` ? `document_${D}` : K }[CommentableField];

export function memberPath(creditCode: string): string {
  return MEMBER + creditCode;
}

const MEMBER = "member:";

/** The name (in the current language) of where a comment sits, for lists of comments. */
export function commentPathLabel(path: string): string {
  if (Object.hasOwn(COMMENTABLE_FIELDS, path)) return COMMENTABLE_FIELDS[path as CommentableField];
  return path.startsWith(MEMBER) ? text("review.commentPlaces.member", { code: path.slice(MEMBER.length) }) : path;
}

export function isCommentPath(path: string, memberCodes: ReadonlySet<string>): boolean {
  if (Object.hasOwn(COMMENTABLE_FIELDS, path)) return true;
  return path.startsWith(MEMBER) && memberCodes.has(path.slice(MEMBER.length));
}
