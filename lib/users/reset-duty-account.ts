import type { PrismaClient } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/password";
import { DUTY_ACCOUNT_MESSAGES, deploymentOwnerActor, findDutyAccountOrThrow, generateOneTimePassword, operatorLabel } from "./duty-account-common";

export interface ResetDutyAccountInput {
  username: string;
  /** A new one-time password (the holder must replace it at the next sign-in). */
  password: boolean;
  /** The authenticator enrolment is cleared; the holder enrols again after signing in. */
  twoFactor: boolean;
  operator?: string;
}

/**
 * The deployment's owner recovers an administrator duty account: a fresh one-time password (returned once, never
 * stored in clear) and/or a new two-factor enrolment. Either ends every session of the account (sessionVersion), the
 * password reset also lifts a lock; each writes its audit event in the same transaction.
 */
export async function resetDutyAccount(
  prisma: PrismaClient,
  input: ResetDutyAccountInput,
): Promise<{ id: string; username: string; role: Role; password?: string; twoFactorWasEnabled?: boolean }> {
  if (!input.password && !input.twoFactor)
    throw new AppError("INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.nothingToReset, { _form: [DUTY_ACCOUNT_MESSAGES.nothingToReset] });
  const password = input.password ? generateOneTimePassword(input.username.trim().toLowerCase()) : undefined;
  const passwordHash = password ? await hashPassword(password) : undefined;
  const operator = operatorLabel(input.operator);
  return prisma.$transaction(async (tx) => {
    const account = await findDutyAccountOrThrow(tx, input.username);
    const ref = { entityType: "User" as const, entityId: account.id };
    let twoFactorWasEnabled: boolean | undefined;
    if (passwordHash) {
      await tx.user.update({
        where: { id: account.id },
        data: {
          passwordHash,
          mustChangePassword: true,
          passwordChangedAt: new Date(),
          failedLoginCount: 0,
          lockedUntil: null,
          sessionVersion: { increment: 1 },
        },
      });
      await recordAudit(tx, deploymentOwnerActor(), {
        action: "user.duty_password_reset",
        ...ref,
        summary: { username: account.username, role: account.role, operator },
      });
    }
    if (input.twoFactor) {
      twoFactorWasEnabled = account.totpEnabledAt !== null;
      await tx.user.update({
        where: { id: account.id },
        data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
      });
      await recordAudit(tx, deploymentOwnerActor(), {
        action: "user.duty_totp_reset",
        ...ref,
        summary: { username: account.username, role: account.role, wasEnabled: twoFactorWasEnabled, operator },
      });
    }
    return { id: account.id, username: account.username, role: account.role, password, twoFactorWasEnabled };
  });
}
