import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendPendingEmails } from "@/lib/notifications/email";
import { resetEnvCache } from "@/lib/env";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";

const t = useTestDatabase();
const BASE = "https://portal.example.cn";
let catcher: SmtpCatcher;
const saved = { SMTP_URL: process.env.SMTP_URL, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL };

function setEnv(name: keyof typeof saved, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  resetEnvCache();
}

const transport = () => nodemailer.createTransport({ url: catcher.url, ignoreTLS: true });

async function userWithEmail(email: string | null) {
  const u = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
  await t.prisma().user.update({ where: { id: u.id }, data: { email } });
  return u;
}

async function pending(userId: string, extra: { title?: string; body?: string; link?: string; createdAt?: Date } = {}) {
  return t.prisma().notification.create({
    data: {
      userId,
      kind: "alliance.DIVISION_REVIEW",
      title: extra.title ?? "您的联盟备案已进入处室审核",
      body: extra.body ?? "请留意后续审核意见。",
      link: extra.link ?? "/alliances/abc",
      emailStatus: "PENDING",
      ...(extra.createdAt ? { createdAt: extra.createdAt } : {}),
    },
  });
}

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  setEnv("SMTP_URL", undefined);
  setEnv("PUBLIC_BASE_URL", BASE);
});

afterAll(async () => {
  await catcher.close();
  setEnv("SMTP_URL", saved.SMTP_URL);
  setEnv("PUBLIC_BASE_URL", saved.PUBLIC_BASE_URL);
});

beforeEach(async () => {
  await t.prisma().notification.deleteMany();
  catcher.messages.length = 0;
  catcher.rejectRecipient = () => false;
});

describe("notification email dispatcher", () => {
  it("delivers a pending notice exactly once, plain text, with the Chinese subject and the absolute link", async () => {
    const u = await userWithEmail("filer@example.cn");
    const n = await pending(u.id);

    expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 1, failed: 0 });
    const [m] = await catcher.waitFor(1);
    expect(m!.to).toEqual(["filer@example.cn"]);
    expect(m!.from).toBe("noreply@alliance.jl.gov.cn");
    expect(m!.subject).toBe("【吉林省科技创新联盟备案平台】您的联盟备案已进入处室审核");
    expect(m!.raw).toMatch(/^Content-Type: text\/plain/im);
    expect(m!.raw).not.toMatch(/text\/html/i);
    expect(m!.text).toContain(`${u.displayName}，您好`);
    expect(m!.text).toContain("请留意后续审核意见。");
    expect(m!.text).toContain(`${BASE}/alliances/abc`);
    expect(m!.text).toContain("自动发送");

    const row = await t.prisma().notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.emailStatus).toBe("SENT");
    expect(row.emailedAt).toBeInstanceOf(Date);
    expect(row.emailAttempts).toBe(0);

    expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 0, failed: 0 });
    await new Promise((r) => setTimeout(r, 100));
    expect(catcher.messages).toHaveLength(1);
  });

  it("sends oldest first, up to the limit", async () => {
    const u = await userWithEmail("order@example.cn");
    const now = Date.now();
    await pending(u.id, { title: "第三条", createdAt: new Date(now - 1_000) });
    await pending(u.id, { title: "第一条", createdAt: new Date(now - 3_000) });
    await pending(u.id, { title: "第二条", createdAt: new Date(now - 2_000) });

    expect(await sendPendingEmails({ transport: transport(), limit: 2 })).toEqual({ sent: 2, failed: 0 });
    const got = await catcher.waitFor(2);
    expect(got.map((m) => m.subject.replace("【吉林省科技创新联盟备案平台】", ""))).toEqual(["第一条", "第二条"]);
    expect(await t.prisma().notification.count({ where: { emailStatus: "PENDING" } })).toBe(1);
  });

  it("ignores rows that are not PENDING (no address, already sent, failed, out of attempts)", async () => {
    const noMail = await userWithEmail(null);
    const u = await userWithEmail("someone@example.cn");
    const p = t.prisma();
    await p.notification.create({ data: { userId: noMail.id, kind: "k", title: "无邮箱", emailStatus: null } });
    await p.notification.create({ data: { userId: u.id, kind: "k", title: "已发送", emailStatus: "SENT", emailedAt: new Date() } });
    await p.notification.create({ data: { userId: u.id, kind: "k", title: "已失败", emailStatus: "FAILED", emailAttempts: 3 } });
    await p.notification.create({ data: { userId: u.id, kind: "k", title: "用尽", emailStatus: "PENDING", emailAttempts: 3 } });

    expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 0, failed: 0 });
    await new Promise((r) => setTimeout(r, 100));
    expect(catcher.messages).toHaveLength(0);
  });

  it("keeps CR/LF out of the subject: no injected headers or recipients", async () => {
    const u = await userWithEmail("victim@example.cn");
    await pending(u.id, { title: "审核结果\r\nBcc: attacker@evil.example\r\nX-Injected: 1" });

    expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 1, failed: 0 });
    const [m] = await catcher.waitFor(1);
    expect(m!.to).toEqual(["victim@example.cn"]);
    expect(m!.raw).not.toMatch(/^Bcc:/im);
    expect(m!.raw).not.toMatch(/^X-Injected:/im);
    expect(m!.subject).not.toMatch(/[\r\n]/);
    expect(m!.subject).toContain("审核结果");
  });

  it("leaves out links that are not portal paths", async () => {
    const u = await userWithEmail("links@example.cn");
    await pending(u.id, { link: "https://evil.example/phish" });
    await pending(u.id, { link: "//evil.example/phish" });
    await sendPendingEmails({ transport: transport() });
    const got = await catcher.waitFor(2);
    for (const m of got) expect(m.text).not.toContain("evil.example");
  });

  it("counts failed attempts, keeps the error, and gives up after 3", async () => {
    const u = await userWithEmail("bounce@example.cn");
    const n = await pending(u.id);
    catcher.rejectRecipient = (a) => a === "bounce@example.cn";

    for (const [i, status] of [
      [1, "PENDING"],
      [2, "PENDING"],
      [3, "FAILED"],
    ] as const) {
      expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 0, failed: 1 });
      const row = await t.prisma().notification.findUniqueOrThrow({ where: { id: n.id } });
      expect(row.emailAttempts).toBe(i);
      expect(row.emailStatus).toBe(status);
      expect(row.emailError).toBeTruthy();
      expect(row.emailError!.length).toBeLessThanOrEqual(500);
      expect(row.emailedAt).toBeNull();
    }
    // Given up: no further attempts, even once the mailbox works again.
    catcher.rejectRecipient = () => false;
    expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 0, failed: 0 });
    expect(catcher.messages).toHaveLength(0);
  });

  it("truncates the stored error and never stores the SMTP credentials", async () => {
    const secretUrl = "smtp://mailer:S3cretPassw0rd@mail.example.cn:587";
    setEnv("SMTP_URL", secretUrl);
    try {
      const u = await userWithEmail("creds@example.cn");
      const n = await pending(u.id);
      const failing = nodemailer.createTransport<unknown>({
        name: "failing",
        version: "1",
        send: (_mail, callback) => callback(new Error(`connect to ${secretUrl} refused; password S3cretPassw0rd; ${"x".repeat(800)}`), undefined),
      });
      expect(await sendPendingEmails({ transport: failing })).toEqual({ sent: 0, failed: 1 });
      const row = await t.prisma().notification.findUniqueOrThrow({ where: { id: n.id } });
      expect(row.emailError!.length).toBe(500);
      expect(row.emailError).not.toContain("S3cretPassw0rd");
      expect(row.emailAttempts).toBe(1);
      expect(row.emailStatus).toBe("PENDING");
    } finally {
      setEnv("SMTP_URL", undefined);
    }
  });

  it("marks a notice FAILED without sending when the address has gone or is not a single plain address", async () => {
    const gone = await userWithEmail("gone@example.cn");
    const odd = await userWithEmail("a@example.cn, b@evil.example");
    const n1 = await pending(gone.id);
    const n2 = await pending(odd.id);
    await t.prisma().user.update({ where: { id: gone.id }, data: { email: null } });

    expect(await sendPendingEmails({ transport: transport() })).toEqual({ sent: 0, failed: 2 });
    for (const id of [n1.id, n2.id]) {
      expect((await t.prisma().notification.findUniqueOrThrow({ where: { id } })).emailStatus).toBe("FAILED");
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(catcher.messages).toHaveLength(0);
  });

  it("two concurrent dispatchers deliver each notice once", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, (_, i) => userWithEmail(`race${i}@example.cn`)));
    for (const u of users) await pending(u.id);

    const [a, b] = await Promise.all([sendPendingEmails({ transport: transport() }), sendPendingEmails({ transport: transport() })]);
    expect(a.sent + b.sent).toBe(8);
    expect(a.failed + b.failed).toBe(0);
    await catcher.waitFor(8);
    await new Promise((r) => setTimeout(r, 200));
    const recipients = catcher.messages.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(users.map((_, i) => `race${i}@example.cn`).sort());
    expect(await t.prisma().notification.count({ where: { emailStatus: "SENT" } })).toBe(8);
  });

  it("does nothing without a transport when SMTP_URL is not set", async () => {
    const u = await userWithEmail("idle@example.cn");
    const n = await pending(u.id);
    expect(await sendPendingEmails()).toEqual({ sent: 0, failed: 0 });
    const row = await t.prisma().notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.emailStatus).toBe("PENDING");
    expect(row.emailAttempts).toBe(0);
  });
});
