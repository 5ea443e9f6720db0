import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { isUniqueViolation } from "../errors/unique-violation";
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/password";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import type { z } from "../validation/zod";
import type { ZUserCreateInput } from "../validation/user";
import { assertRoleCombination } from "./role-check";
import { assertGrantable } from "./duty-guard";
import { text } from "../i18n/text";

export async function createUser(admin: SessionUser, input: z.output<typeof ZUserCreateInput>) {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  assertRoleCombination(input.roles, input.organizationId, input.divisionId);
  assertGrantable(input.roles);
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("USERNAME_TAKEN", undefined, { username: [text("userRules.usernameTaken")] });
    }
    const user = await tx.user
      .create({
        data: {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          roles: input.roles,
          divisionId: input.divisionId,
          organizationId: input.organizationId,
          phone: input.phone,
          email: input.email,
          // An admin-set password is a one-time secret: the user replaces it at first sign-in.
          mustChangePassword: true,
        },
      })
      // Two administrators creating one name at once: both pass the look-up above, the unique index lets one in.
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError("USERNAME_TAKEN", undefined, { username: [text("userRules.usernameTaken")] });
        throw err;
      });
    await recordAudit(tx, actorOf(admin), {
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      summary: { username: user.username, roles: user.roles, divisionId: user.divisionId, organizationId: user.organizationId },
    });
    return { id: user.id };
  });
}
