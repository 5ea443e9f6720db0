import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getPublicFiling, listPublicFilings, verifyCertificate } from "@/lib/public/notices";
import { getConfirmListing } from "@/lib/membership/confirm-member";
import { handleObjection } from "@/lib/public/objections";
import { objectionAction } from "@/app/public/actions";
import { confirmMemberAction, disputeMemberAction } from "@/app/public/confirm/[token]/actions";
import { emailConfirmLinksAction, issueConfirmLinksAction } from "@/app/(portal)/alliances/[id]/confirmations/actions";
import { noMailMessage } from "@/lib/membership/email-confirm-links";
import { resetEnvCache } from "@/lib/env";
import { startSmtpCatcher } from "../helpers/smtp-catcher";
import { handleObjectionAction } from "@/app/(portal)/objections/actions";
import { chooseLocaleAction } from "@/lib/i18n/choose-locale";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { call, expectRefused, HOSTILE_TEXT, SCRIPT_TEXTS, SQL_TEXTS, TRAVERSAL_NAMES, useHostileDatabase } from "../helpers/hostile";

// Cookies the language control sets are kept here (read back by the test; no request carries one in).
const setCookies: [string, string][] = [];
vi.mock("next/headers", () => ({
  headers: async () => globalThis.__hostileRequest!.headers,
  cookies: async () => ({ get: () => undefined, set: (name: string, value: string) => void setCookies.push([name, value]) }),
}));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// What anyone on the internet can reach (the objection form on /public/notices, /public/confirm/<token>,
// /public/verify) and the staff actions that consume it (objection handling, confirmation links).

const { fp, ...t } = useHostileDatabase();

let f: FiledFixture, g: FiledFixture, officer: SessionUser;
let inNotice: string, pastNotice: string, gMembership: string;
const objection = (filingId: string, over: object = {}) => ({
  filingId,
  name: "张三",
  contact: "13912345678",
  content: "该联盟成员单位信息与实际不符，请核实。",
  website: "",
  ...over,
});

beforeAll(async () => {
  const p = t.prisma();
  f = await createFiledAlliance(p, { filedAt: new Date() });
  g = await createFiledAlliance(p, { filedAt: new Date("2024-01-05T02:00:00Z") });
  officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
  inNotice = (await p.filing.findFirstOrThrow({ where: { allianceId: f.allianceId } })).id;
  pastNotice = (await p.filing.findFirstOrThrow({ where: { allianceId: g.allianceId } })).id;
  gMembership = (await p.membership.findFirstOrThrow({ where: { allianceId: g.allianceId, role: "MEMBER" } })).id;
});

describe("the public objection form", () => {
  it("keeps SQL- and script-looking text exactly as typed, and ignores smuggled handling fields", async () => {
    const r = await call(
      null,
      objectionAction,
      objection(inNotice, {
        name: SCRIPT_TEXTS[0].slice(0, 60),
        contact: SQL_TEXTS[0],
        content: HOSTILE_TEXT,
        handledAt: "2026-01-01T00:00:00Z",
        handlingNote: "已处理",
        handledById: officer.id,
        filingId: inNotice,
      }),
    );
    expect(r).toEqual({ ok: true, data: true });
    const o = await t.prisma().objection.findFirstOrThrow({ where: { filingId: inNotice } });
    expect(o).toMatchObject({ name: SCRIPT_TEXTS[0], contact: SQL_TEXTS[0], content: HOSTILE_TEXT, handledAt: null, handlingNote: null, handledById: null });
  });

  it("refuses a filing out of its notice, one that does not exist, a bot's honeypot and malformed ids, storing nothing", async () => {
    await fp.unchanged(async () => {
      expect(expectRefused(await call(null, objectionAction, objection(pastNotice)), "CONFLICT").fieldErrors?._form).toEqual([
        "该联盟不在公示期内，不再受理异议",
      ]);
      expectRefused(await call(null, objectionAction, objection(crypto.randomUUID())), "NOT_FOUND");
      expect(
        expectRefused(await call(null, objectionAction, objection(inNotice, { website: "http://spam.example" })), "INVALID_INPUT").fieldErrors?.website,
      ).toEqual(["提交失败，请刷新后重试"]);
      for (const id of [SQL_TEXTS[1], TRAVERSAL_NAMES[0], `${inNotice}' OR '1'='1`]) {
        expect(expectRefused(await call(null, objectionAction, objection(id)), "INVALID_INPUT").fieldErrors?.filingId).toEqual(["参数无效"]);
      }
      expect(expectRefused(await call(null, objectionAction, objection(inNotice, { content: "短" })), "INVALID_INPUT").fieldErrors?.content).toEqual([
        "异议内容至少 10 个字，请写明事实和理由",
      ]);
    });
  });

  it("is refused from another site, with no Origin and with Origin null", async () => {
    await fp.unchanged(async () => {
      for (const origin of ["https://evil.example", null, "null"])
        expectRefused(await call(null, objectionAction, objection(inNotice), { origin }), "BAD_ORIGIN");
    });
  });
});

describe("objection handling (institute officers only)", () => {
  it("refuses every other role, in the action and in the data layer", async () => {
    const o = await t.prisma().objection.findFirstOrThrow({ where: { filingId: inNotice } });
    await fp.unchanged(async () => {
      for (const who of [f.filer, f.center]) {
        expectRefused(await call(who, handleObjectionAction, { objectionId: o.id, note: "自行处理该异议" }), "FORBIDDEN");
        expect(await codeOf(handleObjection(who, { objectionId: o.id, note: "自行处理该异议" }))).toBe("FORBIDDEN");
      }
    });
  });

  it("stores the officer's note as typed, once", async () => {
    const o = await t.prisma().objection.findFirstOrThrow({ where: { filingId: inNotice } });
    expect(await call(officer, handleObjectionAction, { objectionId: o.id, note: HOSTILE_TEXT, handledById: f.filer.id })).toEqual({ ok: true, data: true });
    expect(await t.prisma().objection.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ handlingNote: HOSTILE_TEXT, handledById: officer.id });
    await fp.unchanged(async () => {
      expectRefused(await call(officer, handleObjectionAction, { objectionId: o.id, note: "再次处理该异议" }), "CONFLICT");
    });
  });
});

describe("member confirmation links", () => {
  it("another enterprise's filer cannot issue links for f's members, nor f's filer for g's members", async () => {
    await fp.unchanged(async () => {
      expectRefused(await call(g.filer, issueConfirmLinksAction, { allianceId: f.allianceId }), "NOT_FOUND");
      expectRefused(await call(f.outsider, issueConfirmLinksAction, { allianceId: f.allianceId }), "NOT_FOUND");
      expectRefused(await call(f.filer, issueConfirmLinksAction, { allianceId: f.allianceId, membershipIds: [gMembership] }), "NOT_FOUND");
      expectRefused(await call(f.filer, issueConfirmLinksAction, { allianceId: f.allianceId, membershipIds: Array(501).fill(gMembership) }), "INVALID_INPUT");
    });
  });

  it("answers every malformed, traversal, SQL or unknown token with one message and stores nothing", async () => {
    const tokens = [SQL_TEXTS[1], TRAVERSAL_NAMES[0], "A".repeat(43) + "'", "A".repeat(10_000), "A".repeat(43), "../../../../etc/passwd%00".padEnd(43, "A")];
    await fp.unchanged(async () => {
      for (const token of tokens) {
        expect(await getConfirmListing(token)).toBeNull();
        const r = expectRefused(await call(null, confirmMemberAction, { token }), ["INVALID_INPUT", "NOT_FOUND"]);
        if (r.code === "NOT_FOUND") expect(r.fieldErrors?._form?.[0]).toContain("该确认链接无效或已失效");
        else expect(r.fieldErrors?.token).toEqual(["链接无效"]);
        expectRefused(await call(null, disputeMemberAction, { token, note: HOSTILE_TEXT }), ["INVALID_INPUT", "NOT_FOUND"]);
      }
    });
  });

  it("a real link confirms once; the dispute note of another link is stored as typed", async () => {
    const links = (await call(f.filer, issueConfirmLinksAction, { allianceId: f.allianceId })) as { ok: true; data: { membershipId: string; url: string }[] };
    expect(links.data.length).toBeGreaterThan(1);
    const [first, second] = links.data.map((l) => ({ ...l, token: l.url.split("/").pop()! }));
    expect(await call(null, confirmMemberAction, { token: first!.token, membershipId: second!.membershipId })).toEqual({ ok: true, data: true });
    expect((await t.prisma().membership.findUniqueOrThrow({ where: { id: second!.membershipId } })).confirmedAt).toBeNull();
    await fp.unchanged(async () => {
      expectRefused(await call(null, confirmMemberAction, { token: first!.token }), "NOT_FOUND");
    });
    expect(await call(null, disputeMemberAction, { token: second!.token, note: HOSTILE_TEXT })).toEqual({ ok: true, data: true });
    expect((await t.prisma().membership.findUniqueOrThrow({ where: { id: second!.membershipId } })).disputeNote).toBe(HOSTILE_TEXT);
  });
});

describe("member confirmation mails (issue #17 item 9)", () => {
  it("another enterprise's filer, a foreign member and too many ids are refused before anything is sent or stored", async () => {
    await fp.unchanged(async () => {
      expectRefused(await call(g.filer, emailConfirmLinksAction, { allianceId: f.allianceId }), "NOT_FOUND");
      expectRefused(await call(f.outsider, emailConfirmLinksAction, { allianceId: f.allianceId }), "NOT_FOUND");
      expectRefused(await call(f.filer, emailConfirmLinksAction, { allianceId: f.allianceId, membershipIds: [gMembership] }), "NOT_FOUND");
      expectRefused(await call(f.filer, emailConfirmLinksAction, { allianceId: f.allianceId, membershipIds: Array(501).fill(gMembership) }), "INVALID_INPUT");
      expectRefused(await call(f.filer, emailConfirmLinksAction, { allianceId: SQL_TEXTS[1] }), "INVALID_INPUT");
    });
  });

  it("without a mail server it refuses and says to copy the links, storing nothing", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      await fp.unchanged(async () => {
        const r = expectRefused(await call(f.filer, emailConfirmLinksAction, { allianceId: f.allianceId }), "CONFLICT");
        expect(r.fieldErrors?._form).toEqual([noMailMessage()]);
      });
    } finally {
      if (saved !== undefined) process.env.SMTP_URL = saved;
      resetEnvCache();
    }
  });

  it("never mails an address with a second recipient or a header smuggled into the row; a hammered resend is refused", async () => {
    const catcher = await startSmtpCatcher();
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = catcher.url;
    resetEnvCache();
    try {
      const ms = await t.prisma().membership.findMany({ where: { allianceId: g.allianceId }, orderBy: { sortOrder: "asc" } });
      const hostile = ["a@example.cn\r\nBcc: x@evil.example", "a@example.cn, x@evil.example", "张三 <x@evil.example>", SCRIPT_TEXTS[0]];
      for (const [i, contactEmail] of hostile.entries()) await t.prisma().membership.update({ where: { id: ms[i]!.id }, data: { contactEmail } });
      await t.prisma().membership.update({ where: { id: ms[5]!.id }, data: { contactEmail: "lianxi@member.example.cn" } });
      const r = (await call(g.filer, emailConfirmLinksAction, { allianceId: g.allianceId })) as {
        ok: true;
        data: { sent: { to: string }[]; skipped: { membershipId: string; reason: string }[] };
      };
      expect(r.data.sent.map((s) => s.to)).toEqual(["lianxi@member.example.cn"]);
      for (const m of ms.slice(0, 4)) expect(r.data.skipped.find((s) => s.membershipId === m.id)?.reason).toBe("NO_EMAIL");
      const mails = await catcher.waitFor(1);
      expect(mails.flatMap((m) => m.to)).toEqual(["lianxi@member.example.cn"]);
      // Two more resends fill the hour; the next is refused and nothing more is sent.
      for (let i = 0; i < 2; i++)
        expect(await call(g.filer, emailConfirmLinksAction, { allianceId: g.allianceId, membershipIds: [ms[5]!.id] })).toMatchObject({ ok: true });
      await fp.unchanged(async () => {
        expectRefused(await call(g.filer, emailConfirmLinksAction, { allianceId: g.allianceId, membershipIds: [ms[5]!.id] }), "RATE_LIMITED");
      });
      await catcher.waitFor(3);
      expect(catcher.messages).toHaveLength(3);
    } finally {
      await catcher.close();
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
      resetEnvCache();
    }
  });
});

describe("public notices and certificate verification", () => {
  it("find nothing for SQL-looking, traversal or over-long ids and codes", async () => {
    for (const id of [SQL_TEXTS[1], `${inNotice}' OR '1'='1`, TRAVERSAL_NAMES[0]]) expect(await codeOf(getPublicFiling(id))).toBe("NOT_FOUND");
    for (const code of [SQL_TEXTS[0], `' OR 1=1 --`, "A".repeat(100_000), "%", "TESTCODE0501' OR '1'='1"]) expect(await verifyCertificate(code)).toBeNull();
  });

  it("list only what is public: no figures, members or opinions", async () => {
    const { rows } = await listPublicFilings();
    expect(rows.length).toBe(2);
    for (const r of rows) expect(Object.keys(r.alliance).sort()).toEqual(["industry", "leadOrg", "name", "state"]);
  });
});

describe("the language control (anyone, signed in or not)", () => {
  const form = (locale: unknown) => {
    const fd = new FormData();
    if (locale !== undefined) fd.set("locale", locale as string);
    return fd;
  };
  const stored = async (id: string) => {
    const user = await t.prisma().user.findUniqueOrThrow({ where: { id } });
    const events = await t.prisma().auditEvent.count({ where: { action: "user.locale_changed", entityId: id } });
    return { locale: user.locale, events };
  };

  it("ignores a foreign origin, a missing or unknown language and hostile values: no cookie, nothing stored", async () => {
    const user = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    setCookies.length = 0;
    await call(user, chooseLocaleAction, form("en"), { origin: "https://evil.example" });
    await call(user, chooseLocaleAction, form("en"), { origin: null });
    for (const bad of [undefined, "", "fr", "EN", "en\u0000", "x".repeat(100_000), ...SQL_TEXTS, ...SCRIPT_TEXTS])
      await call(user, chooseLocaleAction, form(bad), {});
    expect(setCookies).toEqual([]);
    expect(await stored(user.id)).toEqual({ locale: null, events: 0 });
  });

  it("signed out, sets the browser's cookie only; signed in, also the account, audited once per change", async () => {
    setCookies.length = 0;
    await call(null, chooseLocaleAction, form("en"), {});
    expect(setCookies).toEqual([["locale", "en"]]);

    const user = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    await call(user, chooseLocaleAction, form("en"), {});
    expect(await stored(user.id)).toEqual({ locale: "en", events: 1 });
    // The same choice again changes nothing in the account (the session already says en).
    await call({ ...user, locale: "en" }, chooseLocaleAction, form("en"), {});
    expect(await stored(user.id)).toEqual({ locale: "en", events: 1 });
    await call({ ...user, locale: "en" }, chooseLocaleAction, form("zh-CN"), {});
    expect(await stored(user.id)).toEqual({ locale: "zh-CN", events: 2 });
  });
});
