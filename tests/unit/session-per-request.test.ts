import { beforeEach, describe, expect, it, vi } from "vitest";

// getSessionUser looks the user up once per request, also in server actions and route handlers, where React's
// cache() does not memoise (it only does while rendering): the language and the gate both ask for the user. The
// token decoder and the database are stand-ins that count; the session's checks themselves are tested with a real
// database in the hostile suites and the browser tests.
const state = vi.hoisted(() => ({
  headers: new Headers(),
  tokens: 0,
  lookups: 0,
  user: { id: "u1", active: true, sessionVersion: 3 } as Record<string, unknown> | null,
}));
vi.mock("next/headers", () => ({ headers: async () => state.headers }));
vi.mock("next-auth/jwt", () => ({
  getToken: async () => {
    state.tokens++;
    return { uid: "u1", sv: 3 };
  },
}));
vi.mock("@/lib/db/client", () => ({
  db: () => ({
    user: {
      findUnique: async () => {
        state.lookups++;
        if (!state.user) return null;
        return { username: "filer", displayName: "填报人", roles: ["ENTERPRISE_FILER"], lockedUntil: null, locale: null, ...state.user };
      },
    },
  }),
}));

const { getSessionUser } = await import("@/lib/auth/session");

beforeEach(() => {
  state.tokens = 0;
  state.lookups = 0;
  state.user = { id: "u1", active: true, sessionVersion: 3 };
});

describe("getSessionUser: one look-up per request", () => {
  it("asks the token and the database once however often the request asks", async () => {
    state.headers = new Headers({ cookie: "a=1" });
    const [a, b] = await Promise.all([getSessionUser(), getSessionUser()]);
    const c = await getSessionUser();
    expect(a?.id).toBe("u1");
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(state.tokens).toBe(1);
    expect(state.lookups).toBe(1);
  });

  it("looks up again for the next request: a session ended in between is seen at once", async () => {
    state.headers = new Headers({ cookie: "a=1" });
    expect((await getSessionUser())?.id).toBe("u1");
    state.user = { id: "u1", active: true, sessionVersion: 4 }; // signed out elsewhere: the token's sv 3 is stale
    state.headers = new Headers({ cookie: "a=1" });
    expect(await getSessionUser()).toBeNull();
    expect(state.lookups).toBe(2);
  });
});
