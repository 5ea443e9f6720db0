import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";

let n = 0;

/** A real user row plus the SessionUser the data layer receives for it. */
export async function makeUser(
  prisma: PrismaClient,
  roles: Role[],
  extra: { password?: string; organizationId?: string | null; divisionId?: string | null; username?: string } = {},
): Promise<SessionUser & { password: string }> {
  n += 1;
  const password = extra.password ?? "Test#Pass2026";
  const row = await prisma.user.create({
    data: {
      username: extra.username ?? `u${n}_${Date.now().toString(36)}`,
      displayName: `测试用户${n}`,
      passwordHash: await hashPassword(password),
      roles,
      organizationId: extra.organizationId ?? null,
      divisionId: extra.divisionId ?? null,
    },
  });
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    divisionId: row.divisionId,
    organizationId: row.organizationId,
    mustChangePassword: false,
    // A signed-in session: staff accounts have passed two-factor sign-in (tests/integration/totp.test.ts covers enrolment).
    mustEnrollTotp: false,
    ip: "127.0.0.1",
    locale: null,
    password,
  };
}
