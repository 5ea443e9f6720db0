import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The wrapper is tested in isolation: request headers and the session are stand-ins here; the real
// session check against the database is covered by the integration and browser tests.
const state = vi.hoisted(() => ({ headers: new Headers(), user: null as null | { roles: string[]; mustEnrollTotp?: boolean } }));
vi.mock("next/headers", () => ({ headers: async () => state.headers }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => state.user }));

const { authedAction } = await import("@/lib/actions/safe-action");
const { AppError } = await import("@/lib/errors/app-error");

const handler = vi.fn(async (input: { n: number }) => input.n * 2);
const action = authedAction({ schema: z.object({ n: z.number().int().max(10, "不能大于 10") }), roles: ["SYSTEM_ADMIN"] }, handler);

beforeEach(() => {
  handler.mockClear();
  state.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000" });
  state.user = { roles: ["SYSTEM_ADMIN"] };
});

describe("authedAction: every server action's gate", () => {
  it("runs the handler for a same-origin request by an allowed role with valid input", async () => {
    expect(await action({ n: 4 })).toEqual({ ok: true, data: 8 });
  });

  it.each([
    ["no Origin", new Headers({ host: "localhost:3000" })],
    ["Origin null", new Headers({ host: "localhost:3000", origin: "null" })],
    ["a foreign Origin", new Headers({ host: "localhost:3000", origin: "http://evil.example" })],
  ])("refuses %s before anything else runs", async (_n, h) => {
    state.headers = h;
    expect(await action({ n: 1 })).toEqual({ ok: false, code: "BAD_ORIGIN" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses the signed-out and the wrong role", async () => {
    state.user = null;
    expect(await action({ n: 1 })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    state.user = { roles: ["AUDIT_ADMIN"] };
    expect(await action({ n: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a reviewer or administrator who has not set up two-factor sign-in, unless the action is that set-up", async () => {
    state.user = { roles: ["SYSTEM_ADMIN"], mustEnrollTotp: true };
    expect(await action({ n: 1 })).toEqual({ ok: false, code: "TOTP_ENROLL_REQUIRED" });
    expect(handler).not.toHaveBeenCalled();
    const enrol = authedAction({ schema: z.object({ n: z.number() }), roles: ["SYSTEM_ADMIN"], allowPendingTotp: true }, handler);
    expect(await enrol({ n: 2 })).toEqual({ ok: true, data: 4 });
  });

  it("returns field messages for invalid input and never calls the handler", async () => {
    expect(await action({ n: 11 })).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { n: ["不能大于 10"] } });
    expect(await action({ n: "1; DROP TABLE" } as never)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps typed errors to codes and hides unexpected ones", async () => {
    handler.mockRejectedValueOnce(new AppError("CONFLICT"));
    expect(await action({ n: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    handler.mockRejectedValueOnce(new Error("connection refused at 10.0.0.1"));
    expect(await action({ n: 1 })).toEqual({ ok: false, code: "INTERNAL" });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
