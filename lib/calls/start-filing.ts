import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";

// The stored name's official form (data: it is printed on the Chinese documents).
const SUFFIX = { ALLIANCE: "产业科技创新联盟", CONSORTIUM: "产业科技创新联合体" } as const; // i18n-data

/** 七（二）: only a qualified lead enterprise starts a filing; the lead unit joins as 理事长单位. */
export async function startFiling(user: SessionUser, intentId: string, kind: "ALLIANCE" | "CONSORTIUM") {
  assertRole(user, ["ENTERPRISE_FILER"]);
  return db().$transaction(async (tx) => {
    const intent = await tx.leadIntent.findFirst({
      where: { id: intentId, organizationId: user.organizationId ?? "" },
      // The newest filing of the intent: after a rejection and a new cycle (lib/filing/refile.ts), that is the copy.
      include: { call: { include: { industry: true } }, alliances: { select: { id: true }, orderBy: { createdAt: "desc" }, take: 1 } },
    });
    if (!intent) throw new AppError("NOT_FOUND");
    if (intent.status !== "QUALIFIED") throw new AppError("FORBIDDEN", undefined, { _form: [text("calls.errors.notQualified")] });
    if (intent.alliances[0]) return { id: intent.alliances[0].id, created: false };
    const alliance = await tx.alliance.create({
      data: {
        name: `吉林省${intent.call.industry.name}${SUFFIX[kind]}`, // i18n-data
        kind,
        industryCode: intent.call.industryCode,
        leadOrgId: intent.organizationId,
        intentId: intent.id,
        createdById: user.id,
        memberships: { create: { organizationId: intent.organizationId, role: "CHAIR", chainPosition: null } },
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "alliance.created",
      entityType: "Alliance",
      entityId: alliance.id,
      summary: { name: alliance.name, intentId },
    });
    return { id: alliance.id, created: true };
  });
}
