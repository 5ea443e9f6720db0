// Document generator (pure: plain data in, .docx Buffer out; no database, no server-only imports).
//   buildFilingForm(data)         附件1 申报（备案）表
//   buildCharter(data)            附件2 章程
//   buildAgreement(data)          附件3 合作协议书
//   buildFilingCertificate(cert)  备案证明
//   buildMeetingPacket(data)      厅务会审议材料
// Layout per GB/T 9704-2012 lives in gbt9704.ts; the annex texts in templates/.
export { buildFilingForm } from "./annex1";
export { buildCharter } from "./annex2";
export { buildAgreement } from "./annex3";
export { buildFilingCertificate } from "./certificate";
export { buildMeetingPacket } from "./meeting-packet";
export { fill, BLANK, MissingPlaceholderError } from "./fill";
export { formatDateCN, formatWan } from "./format";
export { industryWord } from "./derive";
export type { AllianceDocData, CertificateData, MemberDocData, ReviewBoxData } from "./types";
export type { MeetingPacketData, MeetingPacketItem } from "./types";
