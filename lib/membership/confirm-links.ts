import "server-only";
import crypto from "node:crypto";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { confirmStatusOf } from "./confirm-status";
import { getOwnAllianceOrThrow } from "./own-alliance";

export const CONFIRM_LINK_DAYS = 30;

/** Only the hash of a link's token is stored, so a database copy cannot be used to confirm anything. */
export function hashConfirmToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssuedLink {
  membershipId: string;
  name: string;
  url: string;
  expiresAt: Date;
}

/**
 * The filer gets a one-time link for each current member unit that has not confirmed its listing (or whose
 * listing changed since). The links are returned once and never stored; issuing again replaces the old token.
 */
export async function issueConfirmLinks(
  user: SessionUser,
  input: { allianceId: string; membershipIds?: string[] | undefined },
  baseUrl: string,
  now = new Date(),
): Promise<IssuedLink[]> {
  const expiresAt = new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000);
  return db().$transaction(async (tx) => {
    const alliance = await getOwnAllianceOrThrow(tx, user, input.allianceId);
    if (alliance.state === "REJECTED") throw new AppError("CONFLICT", undefined, { _form: ["申报未获通过，无需成员确认"] });
    const wanted = input.membershipIds ? new Set(input.membershipIds) : null;
    if (wanted && [...wanted].some((id) => !alliance.memberships.some((m) => m.id === id))) throw new AppError("NOT_FOUND");
    const targets = alliance.memberships.filter((m) => (!wanted || wanted.has(m.id)) && confirmStatusOf(m) !== "CONFIRMED");
    const links: IssuedLink[] = [];
    for (const m of targets) {
      const token = crypto.randomBytes(32).toString("base64url");
      await tx.membership.update({ where: { id: m.id }, data: { confirmTokenHash: hashConfirmToken(token), confirmTokenExpires: expiresAt } });
      await recordAudit(tx, actorOf(user), {
        action: "member.confirm_link_issued",
        entityType: "Membership",
        entityId: m.id,
        summary: { allianceId: alliance.id, organization: m.organization.name, expiresAt: expiresAt.toISOString() },
      });
      links.push({ membershipId: m.id, name: m.organization.name, url: `${baseUrl.replace(/\/+$/, "")}/public/confirm/${token}`, expiresAt });
    }
    return links;
  });
}
