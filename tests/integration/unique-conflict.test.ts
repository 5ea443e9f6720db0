import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { unexpectedErrorCode } from "@/lib/errors/db-unavailable";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { createUser } from "@/lib/users/create-user";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";

// Issue 15 (10): two simultaneous creations of one user name or one meeting reached users as INTERNAL. A unique
// violation is a conflict, mapped in one place (lib/errors/db-unavailable.ts unexpectedErrorCode) for every server
// action and route; here with the real errors this stack raises.

const state = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "portal.example", origin: "http://portal.example" }) }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => state.user }));
const { authedAction } = await import("@/lib/actions/safe-action");
const { errorResponse } = await import("@/lib/http/responses");

const t = useTestDatabase();

async function duplicateError(): Promise<unknown> {
  const p = t.prisma();
  await p.meeting
    .create({ data: { sessionNo: "2026-UNIQ", title: "厅务会", createdById: (await makeUser(p, ["DEPARTMENT_SECRETARY"])).id } })
    .catch(() => undefined);
  const other = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  return p.meeting.create({ data: { sessionNo: "2026-UNIQ", title: "厅务会", createdById: other.id } }).then(
    () => null,
    (err: unknown) => err,
  );
}

describe("unique violations are conflicts, in one place", () => {
  it("recognises the driver's P2002, inside and outside a transaction", async () => {
    const plain = await duplicateError();
    expect(isUniqueViolation(plain)).toBe(true);
    expect(unexpectedErrorCode(plain)).toBe("CONFLICT");
    const third = await makeUser(t.prisma(), ["DEPARTMENT_SECRETARY"]);
    const inTx = await t
      .prisma()
      .$transaction(async (tx) => tx.meeting.create({ data: { sessionNo: "2026-UNIQ", title: "x", createdById: third.id } }))
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(unexpectedErrorCode(inTx)).toBe("CONFLICT");
    expect(unexpectedErrorCode(new Error("boom"))).toBe("INTERNAL");
  });

  it("answers CONFLICT from a server action and 409 from a route, never INTERNAL or 500", async () => {
    const secretary = await makeUser(t.prisma(), ["DEPARTMENT_SECRETARY"]);
    state.user = secretary;
    const action = authedAction({ schema: z.object({ sessionNo: z.string() }), roles: ["DEPARTMENT_SECRETARY"] }, (input, user) =>
      t.prisma().meeting.create({ data: { sessionNo: input.sessionNo, title: "厅务会", createdById: user.id } }),
    );
    const [a, b] = await Promise.all([action({ sessionNo: "2026-RACE" }), action({ sessionNo: "2026-RACE" })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, code: "CONFLICT" });
    const res = errorResponse(await duplicateError());
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ ok: false, code: "CONFLICT" });
  });

  it("a second account of one name, created at the same moment, is USERNAME_TAKEN with the field named", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const input = {
      username: "same-name",
      displayName: "同名",
      password: "Tongming#2026",
      roles: ["INSTITUTE_OFFICER" as const],
      divisionId: null,
      organizationId: null,
      phone: "",
      email: "",
    };
    const outcomes = await Promise.all([outcomeOf(createUser(admin, input)), outcomeOf(createUser(admin, input))]);
    expect(outcomes.filter((o) => o.code === "OK")).toHaveLength(1);
    expect(outcomes.find((o) => o.code !== "OK")).toEqual({ code: "USERNAME_TAKEN", messages: ["该用户名已被使用"] });
  });
});
