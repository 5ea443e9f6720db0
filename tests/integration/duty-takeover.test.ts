import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { unlockUser } from "@/lib/users/unlock-user";
import { resetPassword } from "@/lib/users/reset-password";
import { resetUserTotp } from "@/lib/auth/totp-enrollment";
import { DUTY_MESSAGES } from "@/lib/users/duty-guard";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";

// Issue 15 (5): the system administrator made an AUDIT_ADMIN account with a password of its choosing and used it
// on /audit, and could reset the real auditor's and security administrator's password and two-factor. Every
// path (create, update, reset, re-enrol, unlock) against the three duty accounts, with rows and audit compared.

const t = useTestDatabase();
const base = { divisionId: null, organizationId: null, phone: "", email: "" };
let sysadmin: SessionUser, auditor: SessionUser, secadmin: SessionUser, otherSysadmin: SessionUser;

beforeAll(async () => {
  const p = t.prisma();
  sysadmin = await makeUser(p, ["SYSTEM_ADMIN"]);
  otherSysadmin = await makeUser(p, ["SYSTEM_ADMIN"]);
  auditor = await makeUser(p, ["AUDIT_ADMIN"]);
  secadmin = await makeUser(p, ["SECURITY_ADMIN"]);
});

/** Runs `fn`, expects the duty refusal with `message`, and checks no user row or audit event changed. */
async function refusedUnchanged(fn: () => Promise<unknown>, message: string) {
  const p = t.prisma();
  const [users, events] = await Promise.all([p.user.findMany({ orderBy: { id: "asc" } }), p.auditEvent.count()]);
  const out = await outcomeOf(fn());
  expect(out.code).toBe("DUTY_CONFLICT");
  expect(out.messages).toContain(message);
  expect(await p.user.findMany({ orderBy: { id: "asc" } })).toEqual(users);
  expect(await p.auditEvent.count()).toBe(events);
}

describe("the system administrator cannot come to hold another duty's working account", () => {
  it("create: no security or audit administrator accounts", async () => {
    for (const roles of [["AUDIT_ADMIN"], ["SECURITY_ADMIN"]] as const) {
      await refusedUnchanged(
        () =>
          createUser(sysadmin, { ...base, displayName: "新管理员", username: `new.${roles[0].toLowerCase()}`, password: "NewDuty#2026x", roles: [...roles] }),
        DUTY_MESSAGES.grant,
      );
    }
  });

  it("update: no granting another duty, no changing the duty accounts, not its own roles", async () => {
    const p = t.prisma();
    const officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
    const row = await p.user.findUniqueOrThrow({ where: { id: officer.id } });
    await refusedUnchanged(
      () => updateUser(sysadmin, { ...base, displayName: row.displayName, id: row.id, version: row.version, roles: ["AUDIT_ADMIN"], active: true }),
      DUTY_MESSAGES.grant,
    );
    for (const target of [auditor, secadmin, otherSysadmin]) {
      const r = await p.user.findUniqueOrThrow({ where: { id: target.id } });
      // Disabling the auditor, or renaming it, is as much another duty's business as giving it roles.
      await refusedUnchanged(
        () => updateUser(sysadmin, { ...base, displayName: "改名", id: r.id, version: r.version, roles: r.roles, active: false }),
        DUTY_MESSAGES.dutyAccount,
      );
    }
    const me = await p.user.findUniqueOrThrow({ where: { id: sysadmin.id } });
    // Its own name and contact stay editable.
    expect(
      (
        await outcomeOf(
          updateUser(sysadmin, { ...base, displayName: "系统管理员（改）", id: me.id, version: me.version, roles: ["SYSTEM_ADMIN"], active: true }),
        )
      ).code,
    ).toBe("OK");
  });

  it("update: no adding a role to an account still on the password it set; allowed once its owner replaced it", async () => {
    const p = t.prisma();
    const { id } = await createUser(sysadmin, {
      ...base,
      displayName: "新研究院备案员",
      username: "fresh.officer",
      password: "Fresh#Officer2026",
      roles: ["SERVICE_CENTER"],
    });
    const row = await p.user.findUniqueOrThrow({ where: { id } });
    expect(row.mustChangePassword).toBe(true);
    await refusedUnchanged(
      () =>
        updateUser(sysadmin, { ...base, displayName: row.displayName, id, version: row.version, roles: ["SERVICE_CENTER", "INSTITUTE_OFFICER"], active: true }),
      DUTY_MESSAGES.unclaimed,
    );
    // The owner signs in and sets a password of their own: from then on the administrator may adjust roles.
    await p.user.update({ where: { id }, data: { mustChangePassword: false } });
    expect(
      (
        await outcomeOf(
          updateUser(sysadmin, {
            ...base,
            displayName: row.displayName,
            id,
            version: row.version,
            roles: ["SERVICE_CENTER", "INSTITUTE_OFFICER"],
            active: true,
          }),
        )
      ).code,
    ).toBe("OK");
  });

  it("reset and re-enrol: not the duty accounts' passwords or authenticators", async () => {
    for (const target of [auditor, secadmin, otherSysadmin]) {
      await refusedUnchanged(() => resetPassword(sysadmin, target.id, "Taken#Over2026x"), DUTY_MESSAGES.dutyAccount);
      await refusedUnchanged(() => resetUserTotp(sysadmin, target.id), DUTY_MESSAGES.dutyAccount);
    }
    // A business account's reset stays with the system administrator.
    const center = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    expect((await outcomeOf(resetPassword(sysadmin, center.id, "Center#Reset2026"))).code).toBe("OK");
  });

  it("unlock: not the duty accounts (their lock runs out by itself)", async () => {
    const p = t.prisma();
    for (const target of [auditor, secadmin, otherSysadmin]) {
      await p.user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 15 * 60_000) } });
      await refusedUnchanged(() => unlockUser(sysadmin, target.id), DUTY_MESSAGES.dutyAccount);
    }
  });
});
