import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET as auditExport } from "@/app/api/audit/export/route";
import { makeUser } from "../helpers/users";
import { callRoute, SQL_TEXTS, useHostileDatabase } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// The audit log export (GET /api/audit/export): only the audit administrator; hostile query strings are
// refused with 422 and a Chinese message at the parameter (never a 500) and leave no trace; a good one is
// an attachment, and it is itself audited.

const { fp, ...t } = useHostileDatabase();
const BASE = "http://localhost:3000";
let auditor: SessionUser, others: SessionUser[];

const get = (user: SessionUser | null, query: string) => callRoute(user, auditExport as never, new Request(`${BASE}/api/audit/export?${query}`), {});

beforeAll(async () => {
  const p = t.prisma();
  auditor = await makeUser(p, ["AUDIT_ADMIN"]);
  others = [
    await makeUser(p, ["SYSTEM_ADMIN"]),
    await makeUser(p, ["SECURITY_ADMIN"]),
    await makeUser(p, ["SERVICE_CENTER"]),
    await makeUser(p, ["DEPARTMENT_SECRETARY"]),
  ];
  await p.auditEvent.create({ data: { actorName: "someone", action: "auth.logout", entityType: "User", entityId: auditor.id, summary: {} } });
});

describe("audit log export", () => {
  it("refuses everyone but the audit administrator, and the signed-out", async () => {
    await fp.unchanged(async () => {
      for (const who of others) expect((await get(who, "format=csv")).status).toBe(403);
      expect((await get(null, "format=csv")).status).toBe(401);
    });
  });

  it("answers hostile query strings with 422 and a Chinese message at the parameter, auditing nothing", async () => {
    const cases: [string, string][] = [
      ["format=exe", "format"],
      ["format=__proto__", "format"],
      ["format=csv&format=xlsx", "format"],
      ["format=csv&from=9999-99-99", "from"],
      ["format=csv&to=2026-02-30", "to"],
      ["format=csv&from=2026-03-01&to=2026-02-01", "to"],
      ["format=csv&from=%00", "from"],
      ["format=csv&action=__proto__", "action"],
      [`format=csv&action=${encodeURIComponent(SQL_TEXTS[1]!)}`, "action"],
      [`format=csv&actor=${"x".repeat(65)}`, "actor"],
      ["format=csv&actor=a%00b", "actor"],
      [`format=csv&entityId=${encodeURIComponent(SQL_TEXTS[0]!)}`, "entityId"],
      ["format=csv&actor=a&actor=b", "actor"],
    ];
    await fp.unchanged(async () => {
      for (const [query, field] of cases) {
        const res = await get(auditor, query);
        expect(res.status, query).toBe(422);
        const body = (await res.json()) as { fieldErrors: Record<string, string[]> };
        expect(body.fieldErrors[field]?.[0], query).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });

  it("a well-formed export is an attachment with RFC 6266 names, and is audited", async () => {
    const res = await get(auditor, "format=csv&action=auth.logout");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await res.text()).split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(await t.prisma().auditEvent.count({ where: { action: "audit.exported", actorId: auditor.id } })).toBe(1);
  });
});
