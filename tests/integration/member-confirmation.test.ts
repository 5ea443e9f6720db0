// Member confirmation through one-time links: only the token's hash is stored, each link works once, and a
// listing edited after confirmation shows as 确认后信息已修改.
import { beforeAll, describe, expect, it } from "vitest";
import { issueConfirmLinks, hashConfirmToken } from "@/lib/membership/confirm-links";
import { confirmMember, disputeMember, getConfirmListing, linkInvalidMessage } from "@/lib/membership/confirm-member";
import { confirmStatusOf } from "@/lib/membership/confirm-status";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();
const BASE = "https://portal.example.cn";
let f: FiledFixture;

const tokenOf = (url: string) => url.split("/public/confirm/")[1]!;
const statusOf = async (id: string) => confirmStatusOf(await t.prisma().membership.findUniqueOrThrow({ where: { id }, include: { organization: true } }));

beforeAll(async () => {
  f = await createFiledAlliance(t.prisma());
});

describe("issuing links", () => {
  it("gives every current member a link once and stores only the sha256 of each token", async () => {
    const links = await issueConfirmLinks(f.filer, { allianceId: f.allianceId }, BASE);
    expect(links).toHaveLength(12);
    for (const l of links) {
      expect(l.url).toMatch(/^https:\/\/portal\.example\.cn\/public\/confirm\/[A-Za-z0-9_-]{43}$/);
      const row = await t.prisma().membership.findUniqueOrThrow({ where: { id: l.membershipId } });
      expect(row.confirmTokenHash).toBe(hashConfirmToken(tokenOf(l.url)));
      expect(row.confirmTokenExpires!.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    }
    // The database holds no token anywhere: not in memberships, not in the audit log.
    const tokens = links.map((l) => tokenOf(l.url));
    const dump = JSON.stringify([await t.prisma().membership.findMany(), await t.prisma().auditEvent.findMany()], (_k, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v,
    );
    expect(tokens.some((tok) => dump.includes(tok))).toBe(false);
    expect(await t.prisma().auditEvent.count({ where: { action: "member.confirm_link_issued" } })).toBe(12);
  });

  it("refuses another enterprise's filer and the service center", async () => {
    expect((await outcomeOf(issueConfirmLinks(f.outsider, { allianceId: f.allianceId }, BASE))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(issueConfirmLinks(f.center, { allianceId: f.allianceId }, BASE))).code).toBe("FORBIDDEN");
  });

  it("issuing again replaces the old token: the old link stops working", async () => {
    const m = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, sortOrder: 11 } });
    const [first] = await issueConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE);
    const [second] = await issueConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE);
    expect(await getConfirmListing(tokenOf(first!.url))).toBeNull();
    expect(await getConfirmListing(tokenOf(second!.url))).not.toBeNull();
  });
});

describe("using a link", () => {
  it("shows the listing, confirms once, and refuses the second use with the neutral message", async () => {
    const m = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, sortOrder: 1 }, include: { organization: true } });
    const [link] = await issueConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE);
    const token = tokenOf(link!.url);
    const listing = await getConfirmListing(token);
    expect(listing).toMatchObject({
      name: m.organization.name,
      role: "VICE_CHAIR",
      chainPosition: "UPSTREAM",
      outputValue2022: "1200.50",
      profitTax2022: "80.00",
    });
    expect(listing!.allianceName).toContain("联盟");
    await confirmMember({ token }, "10.0.0.1");
    const row = await t.prisma().membership.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.confirmedAt).not.toBeNull();
    expect(row.confirmTokenHash).toBeNull();
    expect(row.confirmedFigures).toMatchObject({ outputValue2022: "1200.50" });
    expect(await statusOf(m.id)).toBe("CONFIRMED");
    expect(await outcomeOf(confirmMember({ token }, null))).toEqual({ code: "NOT_FOUND", messages: [linkInvalidMessage()] });
    expect(await getConfirmListing(token)).toBeNull();
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "member.confirmed", entityId: m.id } });
    expect(audit).toMatchObject({ actorId: null, ip: "10.0.0.1" });
  });

  it("does not re-issue a link to a member that has confirmed", async () => {
    const links = await issueConfirmLinks(f.filer, { allianceId: f.allianceId }, BASE);
    expect(links).toHaveLength(11);
  });

  it("refuses an expired link and a wrong token with the same message", async () => {
    const m = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, sortOrder: 2 } });
    const [link] = await issueConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE);
    const token = tokenOf(link!.url);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await getConfirmListing(token, later)).toBeNull();
    expect(await outcomeOf(confirmMember({ token }, null, later))).toEqual({ code: "NOT_FOUND", messages: [linkInvalidMessage()] });
    const wrong = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await outcomeOf(confirmMember({ token: wrong }, null))).toEqual({ code: "NOT_FOUND", messages: [linkInvalidMessage()] });
    expect(await outcomeOf(confirmMember({ token: "short" }, null))).toEqual({ code: "NOT_FOUND", messages: [linkInvalidMessage()] });
    expect(await statusOf(m.id)).toBe("UNCONFIRMED");
  });

  it("records a dispute with its note and uses up the link", async () => {
    const m = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, sortOrder: 3 } });
    const [link] = await issueConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE);
    const token = tokenOf(link!.url);
    await disputeMember({ token, note: "2022年产值应为 1500 万元" }, null);
    const row = await t.prisma().membership.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ disputeNote: "2022年产值应为 1500 万元", confirmTokenHash: null });
    expect(await statusOf(m.id)).toBe("DISPUTED");
    expect((await outcomeOf(disputeMember({ token, note: "再次提交异议内容" }, null))).code).toBe("NOT_FOUND");
  });

  it("shows 确认后信息已修改 when the figures are edited after confirmation", async () => {
    const m = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, sortOrder: 1 } });
    expect(await statusOf(m.id)).toBe("CONFIRMED");
    await t.prisma().membership.update({ where: { id: m.id }, data: { outputValue2022: 1300 } });
    expect(await statusOf(m.id)).toBe("CHANGED");
    // The changed member can be sent a fresh link.
    const links = await issueConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE);
    expect(links).toHaveLength(1);
  });
});
