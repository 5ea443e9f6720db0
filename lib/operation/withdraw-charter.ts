import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { ZWithdrawCharterVersionInput, type TWithdrawCharterVersionInput } from "../validation/corrections";
import { parseOrThrow } from "./access";

export const CHARTER_WITHDRAW_MESSAGES = {
  filed: "组建时随申报提交的章程是备案材料，不能撤回；只能撤回备案后登记的章程修正案",
  notLatest: (latest: number) => `只能撤回最新的一版章程修正案（第 ${latest} 版）；较早的版本已被后续修正案取代`,
  notFiled: "联盟已不在备案状态（已取消备案或已解散），章程记录不再更改",
  stale: "该版章程刚被他人撤回或更新，请刷新页面",
};

/**
 * 附件2 第十九条: the service center withdraws the latest charter amendment when it was recorded by mistake (wrong file,
 * an amendment the assembly did not pass). The previous version is the charter in force again. The record goes; its
 * audit event keeps the version, file name, sha256, approval and the reason, and the stored file, named by no record
 * any more, is removed by the orphan sweep (lib/storage/sweep.ts). The lead enterprise's filers are told why.
 */
export async function withdrawCharterVersion(user: SessionUser, raw: TWithdrawCharterVersionInput) {
  assertRole(user, ["SERVICE_CENTER"]);
  const input = parseOrThrow(ZWithdrawCharterVersionInput, raw);
  const out = await db().$transaction(async (tx) => {
    const version = await tx.documentVersion.findFirst({
      where: { id: input.versionId, document: { kind: "CHARTER", alliance: allianceScope(user) } },
      select: {
        id: true,
        versionNo: true,
        fileName: true,
        sha256: true,
        approvedOn: true,
        approvedBy: true,
        document: { select: { id: true, alliance: { select: { id: true, name: true, state: true, leadOrgId: true } } } },
      },
    });
    const alliance = version?.document.alliance;
    if (!version || !alliance) throw new AppError("NOT_FOUND");
    if (alliance.state !== "FILED") throw new AppError("CONFLICT", CHARTER_WITHDRAW_MESSAGES.notFiled, { _form: [CHARTER_WITHDRAW_MESSAGES.notFiled] });
    if (!version.approvedOn) throw new AppError("FORBIDDEN", CHARTER_WITHDRAW_MESSAGES.filed, { _form: [CHARTER_WITHDRAW_MESSAGES.filed] });
    const latest = await tx.documentVersion.findFirst({
      where: { documentId: version.document.id },
      orderBy: { versionNo: "desc" },
      select: { id: true, versionNo: true },
    });
    if (latest && latest.id !== version.id) {
      const message = CHARTER_WITHDRAW_MESSAGES.notLatest(latest.versionNo);
      throw new AppError("CONFLICT", message, { _form: [message] });
    }
    const { count } = await tx.documentVersion.deleteMany({ where: { id: version.id } });
    if (count === 0) throw new AppError("CONFLICT", CHARTER_WITHDRAW_MESSAGES.stale, { _form: [CHARTER_WITHDRAW_MESSAGES.stale] });
    await recordAudit(tx, actorOf(user), {
      action: "charter.version_withdrawn",
      entityType: "Document",
      entityId: version.document.id,
      summary: {
        allianceId: alliance.id,
        versionNo: version.versionNo,
        fileName: version.fileName,
        sha256: version.sha256,
        approvedOn: version.approvedOn.toISOString().slice(0, 10),
        approvedBy: version.approvedBy ?? "",
        reason: input.reason,
      },
    });
    await notifyUsers(
      tx,
      { roles: { has: "ENTERPRISE_FILER" }, organizationId: alliance.leadOrgId },
      {
        kind: "charter.version_withdrawn",
        title: `章程第 ${version.versionNo} 版已被服务中心撤回：${alliance.name}`,
        body: `撤回理由：${input.reason}。现行章程为此前的版本；如需修改章程，请在成员大会通过后重新登记（附件2 第十九条）。`,
        link: `/alliances/${alliance.id}/council`,
      },
      user.id,
    );
    return { versionNo: version.versionNo };
  });
  scheduleEmailDispatch();
  return out;
}
