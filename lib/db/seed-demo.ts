// First: what the seed writes through text() (labels, audit sentences) is read in Chinese, the stored language.
import "../i18n/server-text";
import type { Prisma, PrismaClient } from "./generated/client";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import { buildSnapshot } from "../filing/snapshot";
import { seedHistory } from "./seed-history";
import { seedAssessment } from "./seed-assessment";
import { seedMembership } from "./seed-membership";
import { seedOperation } from "./seed-operation";
import { seedCalendar } from "./seed-calendar";
import { toDraftFields } from "../filing/to-form";
import { checkStoredFiling } from "../filing/check-filing";
import { ZRuleReport } from "../rules/schema";
import { toJsonColumn } from "../validation/json-column";
import { formatFilingNumber } from "../review/filing-number";
import { councilTermEnds } from "../rules/operation-rules";
import { sealSecret } from "../auth/totp";
import { ALLIANCES, DIVISIONS, DEMO_USERS, INDUSTRIES, ORGANIZATIONS, type SeedAlliance } from "../../prisma/seed-data";

const SYSTEM_ACTOR = { actorId: null, actorName: "system", actorRole: null, ip: null };
// How long each seeded filing has waited in its stage (calendar days), so the queues show ages and an
// overdue item: 30 calendar days are more than the 15 working days of 处室审核, even across the Spring Festival.
const DAYS_IN_STATE: Record<string, number> = { DIVISION_REVIEW: 30, FORM_REVIEW: 3, MEETING: 6, RETURNED: 4 };
const SUBMITTED_STATES = new Set(["DIVISION_REVIEW", "FORM_REVIEW", "MEETING", "FILING", "FILED", "RETURNED", "REJECTED", "REVOKED"]);

/** Demo data for a fresh database: one account per role and alliances across the seven industries. */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  await prisma.$transaction(
    async (tx) => {
      const divisionIds = new Map<string, string>();
      for (const d of DIVISIONS) {
        const row = await tx.division.create({ data: { code: d.code, name: d.name } });
        divisionIds.set(d.code, row.id);
      }
      for (const i of INDUSTRIES) {
        const owner = DIVISIONS.find((d) => d.industries.includes(i.code));
        await tx.industry.create({
          data: { ...i, divisionId: owner ? divisionIds.get(owner.code)! : null },
        });
      }
      const orgIds = new Map<string, string>();
      await tx.organization.createMany({
        data: ORGANIZATIONS.map((o) => ({ name: o.name, type: o.type, creditCode: o.creditCode, city: o.city, address: o.address })),
      });
      for (const o of await tx.organization.findMany({ select: { id: true, creditCode: true } })) {
        const seed = ORGANIZATIONS.find((s) => s.creditCode === o.creditCode)!;
        orgIds.set(seed.key, o.id);
      }
      const userIds = new Map<string, string>();
      for (const [idx, u] of DEMO_USERS.entries()) {
        const row = await tx.user.create({
          data: {
            username: u.username,
            displayName: u.displayName,
            passwordHash: hashes[idx]!,
            roles: u.roles,
            divisionId: u.division ? divisionIds.get(u.division)! : null,
            organizationId: u.org ? orgIds.get(u.org)! : null,
            phone: u.phone ?? null,
            email: u.email ?? null,
            totpSecret: u.totpSecret ? sealSecret(u.totpSecret) : null,
            totpEnabledAt: u.totpSecret ? new Date() : null,
          },
        });
        userIds.set(u.username, row.id);
      }
      const creatorName = (a: SeedAlliance) => DEMO_USERS.find((u) => u.org === a.leadOrg)?.username ?? "filer";
      const actor = (username: string) => {
        const u = DEMO_USERS.find((x) => x.username === username)!;
        return { actorId: userIds.get(username)!, actorName: username, actorRole: u.roles.join(","), ip: null };
      };
      const creatorFor = (a: SeedAlliance) => userIds.get(creatorName(a))!;
      let filingSeq = 0;
      const lastSeq = new Map<number, number>();
      for (const a of ALLIANCES) {
        const createdById = creatorFor(a);
        const submitted = SUBMITTED_STATES.has(a.state);
        const alliance = await tx.alliance.create({
          data: {
            name: a.name,
            kind: a.kind,
            industryCode: a.industry,
            subField: a.subField,
            leadOrgId: orgIds.get(a.leadOrg)!,
            state: a.state,
            stateSince: new Date(Date.now() - (DAYS_IN_STATE[a.state] ?? 0) * 86_400_000),
            returnedFrom: a.state === "RETURNED" ? "DIVISION_REVIEW" : null,
            agreementEffectiveOn: new Date(`${a.agreementEffectiveOn}T00:00:00Z`),
            technicalField: a.technicalField,
            chairName: a.chairName,
            hostUnitName: a.hostUnitName,
            address: a.address,
            postcode: a.postcode,
            contactName: a.contactName,
            phone: a.phone,
            fax: a.fax,
            city: a.city,
            innovationGoal: a.innovationGoal,
            researchDirections: a.researchDirections,
            currentVersionNo: submitted ? 1 : 0,
            submittedAt: submitted ? new Date() : null,
            createdById,
            memberships: {
              create: a.members.map((m, i) => ({
                organizationId: orgIds.get(m.org)!,
                role: m.role,
                chainPosition: m.chain ?? null,
                outputValue2022: m.output2022 ?? null,
                profitTax2022: m.profitTax2022 ?? null,
                resources: m.resources ?? null,
                nationalTop10: m.nationalTop10 ?? false,
                provincialTop10: m.provincialTop10 ?? false,
                disciplineStrengths: m.disciplineStrengths ?? null,
                disciplineLeader: m.disciplineLeader ?? null,
                sortOrder: i,
                joinedOn: new Date(`${a.agreementEffectiveOn}T00:00:00Z`),
              })),
            },
            councilTerms: {
              create: {
                termNo: 1,
                startsOn: new Date(`${a.agreementEffectiveOn}T00:00:00Z`),
                endsOn: councilTermEnds(new Date(`${a.agreementEffectiveOn}T00:00:00Z`)),
                seats: a.members.filter((m) => m.role !== "MEMBER").length,
              },
            },
          },
        });
        let versionId: string | null = null;
        let filingNumber: string | undefined;
        if (submitted) {
          // The same snapshot a real submission freezes, so diffs and the meeting packet work on demo data.
          // The rule report comes from the submission's own check over what is stored (R9 sees the
          // attachments the demo has), so the review page and the meeting packet show real results.
          const full = await tx.alliance.findUniqueOrThrow({
            where: { id: alliance.id },
            include: {
              industry: true,
              leadOrg: true,
              memberships: { orderBy: { sortOrder: "asc" }, include: { organization: true } },
              documents: { include: { versions: { orderBy: { versionNo: "desc" }, take: 1 } } },
            },
          });
          const fields = toDraftFields(full);
          const { results, attached } = checkStoredFiling(full, fields);
          const snapshot = buildSnapshot(full, fields, attached);
          versionId = (
            await tx.applicationVersion.create({
              data: {
                allianceId: alliance.id,
                versionNo: 1,
                snapshot: snapshot as unknown as Prisma.InputJsonValue,
                ruleReport: toJsonColumn(ZRuleReport, results),
                submittedById: createdById,
              },
            })
          ).id;
        }
        if (a.state === "FILED" || a.state === "REVOKED") {
          filingSeq += 1;
          const filedAt = new Date(`${a.filedOn ?? "2026-08-31"}T02:00:00Z`);
          const year = filedAt.getUTCFullYear();
          const seq = (lastSeq.get(year) ?? 0) + 1;
          lastSeq.set(year, seq);
          await tx.filing.create({
            data: {
              allianceId: alliance.id,
              year,
              seq,
              number: (filingNumber = formatFilingNumber(year, seq)),
              verificationCode: `DEMO-2026-${String(filingSeq).padStart(4, "0")}`,
              officerId: userIds.get("officer")!,
              filedAt,
              noticeStartsOn: new Date(filedAt.getTime() + 86_400_000),
              noticeEndsOn: new Date(filedAt.getTime() + 7 * 86_400_000),
              revokedAt: a.state === "REVOKED" ? new Date("2026-11-01T00:00:00Z") : null,
            },
          });
        }
        if (versionId) {
          const division = DIVISIONS.find((d) => d.industries.includes(a.industry))!;
          const reviewer = DEMO_USERS.find((u) => u.division === division.code)?.username ?? "reviewer";
          await seedHistory(
            tx,
            { id: alliance.id, state: a.state, versionId, divisionName: division.name, filingNumber },
            {
              filer: actor(creatorName(a)),
              reviewer: actor(reviewer),
              secretary: actor("secretary"),
              officer: actor("officer"),
              center: actor("center"),
            },
          );
        }
      }
      for (const [year, last] of lastSeq) await tx.filingSequence.create({ data: { year, last } });
      // 八 operation of the filed alliances: past assessments and a revocation, member changes, council and activities.
      await seedAssessment(tx);
      await seedMembership(tx);
      await seedOperation(tx);
      await seedCalendar(tx);
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: "system.seeded",
        entityType: "System",
        entityId: null,
        summary: { users: DEMO_USERS.length, organizations: ORGANIZATIONS.length, alliances: ALLIANCES.length },
      });
    },
    { timeout: 120_000 },
  );
  return true;
}
