import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTransition } from "@/lib/review/apply-transition";
import { sendPendingEmails } from "@/lib/notifications/email";
import { resetEnvCache } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { LEAD, submitCompleteFiling } from "../helpers/filing-fixture";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
let catcher: SmtpCatcher;
let filer: SessionUser, reviewer: SessionUser;
let id: string;

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  // Configured SMTP makes every new notice carry an email copy for users with an address.
  process.env.SMTP_URL = catcher.url;
  process.env.PUBLIC_BASE_URL = "https://alliance.jl.gov.cn";
  resetEnvCache();
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  await p.user.update({ where: { id: filer.id }, data: { email: "filer@example.cn" } });
  await p.user.update({ where: { id: reviewer.id }, data: { email: "reviewer@jl.gov.cn" } });
  id = (
    await p.alliance.create({
      data: {
        name: "吉林省氢能产业科技创新联盟",
        industryCode: "NEW_ENERGY",
        leadOrgId: lead.id,
        createdById: filer.id,
        memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
      },
    })
  ).id;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.PUBLIC_BASE_URL;
  resetEnvCache();
  await catcher.close();
});

describe("email copies of workflow notifications", () => {
  it("mails the reviewer on submission and the filer on return, each once, with a link into the portal", async () => {
    await submitCompleteFiling(t.prisma(), filer, id);
    const a = await t.prisma().alliance.findUniqueOrThrow({ where: { id } });
    await applyTransition(reviewer, { allianceId: id, transition: "DIVISION_RETURN", version: a.version, opinion: "请补充下游企业合作基础说明。" });
    const transport = nodemailer.createTransport({ url: catcher.url, ignoreTLS: true } as never);
    await sendPendingEmails({ transport });
    await sendPendingEmails({ transport });
    const got = catcher.messages.map((m) => ({ to: m.to, subject: m.subject }));
    expect(got).toEqual(
      expect.arrayContaining([
        { to: ["reviewer@jl.gov.cn"], subject: "【吉林省科技创新联盟备案平台】待处室审核：吉林省氢能产业科技创新联盟" },
        { to: ["filer@example.cn"], subject: "【吉林省科技创新联盟备案平台】申报被退回修改：吉林省氢能产业科技创新联盟" },
      ]),
    );
    expect(catcher.messages.filter((m) => m.to[0] === "filer@example.cn")).toHaveLength(1);
    expect(catcher.messages.find((m) => m.to[0] === "filer@example.cn")!.text).toContain(`https://alliance.jl.gov.cn/alliances/${id}`);
    expect(await t.prisma().notification.count({ where: { emailStatus: "SENT" } })).toBe(2);
  });
});
