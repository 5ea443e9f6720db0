// Input of the document generator: a plain object the caller builds from the database
// (or a form preview), so this module never touches Prisma or the server.

import type { MemberRole, MemberType } from "../rules/types";

export type { MemberRole, MemberType };
export type AllianceKindWord = "ALLIANCE" | "CONSORTIUM";

export interface MemberDocData {
  name: string;
  type: MemberType;
  role: MemberRole;
  /** 附件1 三: 2022 output value, 万元. */
  outputValue2022?: number | null;
  /** 附件1 三: 2022 profit and tax, 万元. */
  profitTax2022?: number | null;
  /** 已有科技资源与平台. */
  resources?: string | null;
  nationalTop10?: boolean;
  provincialTop10?: boolean;
  /** Universities and institutes: 学科优势 / 学科带头人. */
  disciplineStrengths?: string | null;
  disciplineLeader?: string | null;
}

/** A reviewer's box in 附件1 四 (division) or 五 (organisational form). */
export interface ReviewBoxData {
  opinion: string;
  unit?: string | null;
  date?: Date | null;
}

export interface AllianceDocData {
  /** 全称, e.g. 吉林省氢能产业科技创新联盟 (R13). */
  name: string;
  /** One of the seven key industries (四), e.g. 新能源. */
  industryName: string;
  /**
   * The word that replaces XX in 吉林省XX产业科技创新联盟 (e.g. 氢能). When `name` has that shape
   * its middle part wins, so the templates always agree with the real name (see industryWord()).
   */
  industryShort?: string | null;
  kind: AllianceKindWord;
  agreementEffectiveOn: Date | null;
  technicalField: string;
  chairName: string;
  chairUnit: string;
  hostUnitName: string;
  address: string;
  postcode: string;
  contactName: string;
  phone: string;
  fax: string;
  /** 附件1 二, at most 500 characters (R7, checked by lib/rules, not here). */
  innovationGoal: string;
  /** In display order. Totals are always computed from this list (R8). */
  members: MemberDocData[];
  reviews?: { division?: ReviewBoxData; form?: ReviewBoxData };
}

export interface CertificateData {
  allianceName: string;
  leadUnit: string;
  /** e.g. 吉科联备〔2026〕001号 */
  filingNumber: string;
  filedOn: Date;
  verificationCode: string;
  /**
   * The portal's public address (see usablePublicBase): printed with the verification page's path,
   * and as a QR code that opens that page with the code filled in. null: neither is printed.
   */
  publicBaseUrl: string | null;
}

/** 厅务会 decision packet: the filings on one meeting's agenda (buildMeetingPacket). */
export interface MeetingPacketData {
  /** e.g. 2026年第12次 */
  sessionNo: string;
  /** e.g. 重点产业科技创新联盟备案审议 */
  title: string;
  /** Planned or held date; null → 待定. */
  heldOn: Date | null;
  /** Secretary's display name. */
  preparedBy: string;
  preparedAt: Date;
  items: MeetingPacketItem[];
}

export interface MeetingPacketItem {
  allianceName: string;
  /** 新能源 … */
  industryName: string;
  subField: string;
  leadUnit: string;
  /** Submitted version under review. */
  versionNo: number;
  submittedAt: Date | null;
  memberTotals: { total: number; enterprises: number; universities: number; institutes: number; others: number };
  innovationGoal: string;
  rules: { id: string; title: string; clause: string; status: "pass" | "warn" | "fail" | "na"; message: string }[];
  /** Already in Chinese labels. */
  opinions: { stage: string; decision: string; opinion: string; unit: string; reviewer: string; date: Date }[];
  /** null: never returned; otherwise lines (may be ["与退回版本相比无变化"]). */
  changesSinceReturn: string[] | null;
}
