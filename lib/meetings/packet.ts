import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { buildMeetingPacket, formatDateCN, type MeetingPacketItem } from "../documents";
import { sha256 } from "../documents/pdf/converter";
import { memberTotals } from "../rules/member-totals";
import { readSnapshot } from "../filing/snapshot";
import { ZRuleReport } from "../rules/schema";
import { fromJsonColumn } from "../validation/json-column";
import { diffSinceReturn } from "../review/page-data";
import { diffSummaryLines } from "../review/diff";
import { getMeeting } from "./meetings";
import { redactPersonalData } from "../privacy/redact";

const STAGE = { DIVISION: "处室审核", FORM: "组织形式审核", MEETING: "厅务会", FILING: "备案" } as const;
const DECISION = { PASS: "通过", RETURN: "退回修改", REJECT: "不予通过" } as const;

/** One .docx for the whole agenda: per filing the version on the agenda, its rules, opinions and changes. */
export async function meetingPacket(user: SessionUser, meetingId: string) {
  const meeting = await getMeeting(user, meetingId);
  const items: MeetingPacketItem[] = [];
  for (const d of meeting.decisions) {
    const version = await db().applicationVersion.findUnique({ where: { allianceId_versionNo: { allianceId: d.allianceId, versionNo: d.versionNo } } });
    // Opinions of every version: a return on version 1 explains what version 2 had to fix.
    const opinions = await db().reviewOpinion.findMany({
      where: { allianceId: d.allianceId },
      orderBy: { createdAt: "asc" },
      include: { appVersion: { select: { versionNo: true } } },
    });
    const reviewers = new Map(
      (await db().user.findMany({ where: { id: { in: opinions.map((o) => o.reviewerId) } }, select: { id: true, displayName: true } })).map((u) => [
        u.id,
        u.displayName,
      ]),
    );
    const snap = version ? readSnapshot(version.snapshot) : null;
    const returned = opinions.some((o) => o.decision === "RETURN");
    const diff = returned ? await diffSinceReturn(d.allianceId, d.versionNo) : null;
    items.push({
      allianceName: d.alliance.name,
      industryName: d.alliance.industry.name,
      subField: snap?.subField ?? "",
      leadUnit: d.alliance.leadOrg.name,
      versionNo: d.versionNo,
      submittedAt: version?.submittedAt ?? null,
      memberTotals: memberTotals(snap?.members ?? []),
      innovationGoal: snap?.innovationGoal ?? "",
      rules: (fromJsonColumn(ZRuleReport, version?.ruleReport) ?? []).map((r) => ({
        id: r.id,
        title: r.title,
        clause: r.clause,
        status: r.status,
        message: r.message,
      })),
      opinions: opinions.map((o) => ({
        stage: `${STAGE[o.stage]}（第${o.appVersion.versionNo}版）`,
        decision: DECISION[o.decision],
        opinion: o.opinion,
        unit: o.reviewUnit,
        reviewer: reviewers.get(o.reviewerId) ?? "",
        date: o.createdAt,
      })),
      // The packet leaves the review desk for the meeting: a changed phone shows masked.
      changesSinceReturn: returned ? (diff ? diffSummaryLines(diff.diff).map(redactPersonalData) : ["退回前版本无完整快照，无法比对"]) : null,
    });
  }
  const data = { sessionNo: meeting.sessionNo, title: meeting.title, heldOn: meeting.heldOn, preparedBy: user.displayName, preparedAt: new Date(), items };
  const bytes = await buildMeetingPacket(data);
  // The packet prints the day it was prepared, not the time: the PDF of the same content is reused that day.
  const key = sha256(`packet:${JSON.stringify({ ...data, preparedAt: formatDateCN(data.preparedAt) })}`);
  return { bytes, fileName: `${meeting.sessionNo}厅务会审议材料.docx`, key };
}
