import "server-only";
import { text } from "../i18n/text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { ZWithdrawCharterVersionInput, type TWithdrawCharterVersionInput } from "../validation/corrections";
import { parseOrThrow } from "./access";

/** Refusals, read in the current language each time they are used. */
export const CHARTER_WITHDRAW_MESSAGES = {
  get filed() {
    return text("operation.errors.charterFiled");
  },
  notLatest: (latest: number) => text("operation.errors.charterNotLatest", { latest: String(latest) }),
  get notFiled() {
    return text("operation.errors.charterNotFiled");
  },
  get stale() {
    return text("operation.errors.charterStale");
  },
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
        title: (t) => t("operation.notice.charterWithdrawnTitle", { versionNo: String(version.versionNo), name: alliance.name }),
        body: (t) => t("operation.notice.charterWithdrawnBody", { reason: input.reason }),
        link: `/alliances/${alliance.id}/council`,
      },
      user.id,
    );
    return { versionNo: version.versionNo };
  });
  scheduleEmailDispatch();
  return out;
}
