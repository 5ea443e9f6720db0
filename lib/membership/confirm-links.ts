import "server-only";
import crypto from "node:crypto";
import { db, type Tx } from "../db/client";
import { maskEmail } from "../privacy/mask";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { confirmStatusOf } from "./confirm-status";
import { getOwnAllianceOrThrow } from "./own-alliance";
import { text } from "../i18n/text";

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

type OwnAlliance = Awaited<ReturnType<typeof getOwnAllianceOrThrow>>;
type OwnMember = OwnAlliance["memberships"][number];

/**
 * A fresh token for one member unit (the old one stops working), its hash stored, audited in the caller's
 * transaction. `email`: the link is to be e-mailed to that address, recorded masked (lib/privacy/mask.ts).
 */
export async function issueLinkInTx(
  tx: Tx,
  user: SessionUser,
  alliance: OwnAlliance,
  m: OwnMember,
  baseUrl: string,
  expiresAt: Date,
  email?: { to: string; resend: boolean },
): Promise<IssuedLink> {
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.membership.update({
    where: { id: m.id },
    // A link sent by e-mail is marked sent only once the mail server took it (email-confirm-links.ts).
    data: { confirmTokenHash: hashConfirmToken(token), confirmTokenExpires: expiresAt, confirmEmailedAt: null },
  });
  await recordAudit(tx, actorOf(user), {
    action: "member.confirm_link_issued",
    entityType: "Membership",
    entityId: m.id,
    summary: {
      allianceId: alliance.id,
      organization: m.organization.name,
      expiresAt: expiresAt.toISOString(),
      ...(email ? { delivery: "email", emailedTo: maskEmail(email.to), resend: email.resend } : { delivery: "link" }),
    },
  });
  return { membershipId: m.id, name: m.organization.name, url: `${baseUrl.replace(/\/+$/, "")}/public/confirm/${token}`, expiresAt };
}

/** The members a request may issue links for: current, not confirmed as listed, and (if named) among those named. */
export function linkTargets(alliance: OwnAlliance, membershipIds: readonly string[] | undefined): OwnMember[] {
  if (alliance.state === "REJECTED") throw new AppError("CONFLICT", undefined, { _form: [text("membership.errors.rejectedNoConfirm")] });
  const wanted = membershipIds ? new Set(membershipIds) : null;
  if (wanted && [...wanted].some((id) => !alliance.memberships.some((m) => m.id === id))) throw new AppError("NOT_FOUND");
  return alliance.memberships.filter((m) => (!wanted || wanted.has(m.id)) && confirmStatusOf(m) !== "CONFIRMED");
}

/**
 * The filer gets a one-time link for each current member unit that has not confirmed its listing (or whose
 * listing changed since). The links are returned once and never stored; issuing again replaces the old token.
 * This is the copy-the-link flow, used when the portal has no mail server (or a member has no contact e-mail).
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
    const links: IssuedLink[] = [];
    for (const m of linkTargets(alliance, input.membershipIds)) links.push(await issueLinkInTx(tx, user, alliance, m, baseUrl, expiresAt));
    return links;
  });
}
