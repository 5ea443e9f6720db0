import type { PrismaClient } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { isUniqueViolation } from "../errors/unique-violation";
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/password";
import { ZUserFields, ZUsername } from "../validation/user";
import { DUTY_ACCOUNT_MESSAGES, deploymentOwnerActor, generateOneTimePassword, operatorLabel, parseDutyRole } from "./duty-account-common";

export interface CreateDutyAccountInput {
  username: string;
  displayName: string;
  /** One of SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN (code or Chinese name); a list or a business role is refused. */
  role: string | readonly string[];
  /** Who ran the command (operating-system account@host), kept in the audit record. */
  operator?: string;
}

/**
 * The deployment's owner sets up an administrator duty account on the server: one duty, no business role, a one-time
 * password returned once (only its hash is stored) that the holder replaces at first sign-in, where two-factor
 * enrolment follows. The account and its audit event commit together.
 */
export async function createDutyAccount(
  prisma: PrismaClient,
  input: CreateDutyAccountInput,
): Promise<{ id: string; username: string; role: Role; password: string }> {
  const username = ZUsername.safeParse(input.username);
  if (!username.success) throw new AppError("INVALID_INPUT", username.error.issues[0]!.message, { username: username.error.issues.map((i) => i.message) });
  const displayName = ZUserFields.shape.displayName.safeParse(input.displayName);
  if (!displayName.success)
    throw new AppError("INVALID_INPUT", displayName.error.issues[0]!.message, { displayName: displayName.error.issues.map((i) => i.message) });
  const role = parseDutyRole(input.role);
  const password = generateOneTimePassword(username.data);
  const passwordHash = await hashPassword(password);
  const taken = () => new AppError("USERNAME_TAKEN", DUTY_ACCOUNT_MESSAGES.taken, { username: [DUTY_ACCOUNT_MESSAGES.taken] });
  const user = await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: username.data }, select: { id: true } })) throw taken();
    const row = await tx.user
      .create({ data: { username: username.data, displayName: displayName.data, passwordHash, roles: [role], mustChangePassword: true } })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw taken();
        throw err;
      });
    await recordAudit(tx, deploymentOwnerActor(), {
      action: "user.duty_account_created",
      entityType: "User",
      entityId: row.id,
      summary: { username: row.username, role, operator: operatorLabel(input.operator) },
    });
    return row;
  });
  return { id: user.id, username: user.username, role, password };
}
