import "server-only";
import { text } from "../i18n/text";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { scheduleEmailDispatch } from "../notifications/email";
import { notifyUsers } from "../notifications/notify";
import { ZProjectInput, type TProjectInput } from "../validation/operation";
import { findOwnedFiledAlliance, findVisibleAlliance, parseOrThrow } from "./access";
import { canRunFiledAlliance } from "../authz/alliance-abilities";

/** 九（一）: the alliance recommends a project to the provincial S&T plan (budget in 万元). */
export async function recommendProject(user: SessionUser, raw: TProjectInput) {
  const input = parseOrThrow(ZProjectInput, raw);
  return db().$transaction(async (tx) => {
    const alliance = await findOwnedFiledAlliance(user, input.allianceId, tx);
    const row = await tx.recommendedProject.create({
      data: {
        allianceId: alliance.id,
        year: input.year,
        title: input.title,
        summary: input.summary,
        leadUnit: input.leadUnit,
        // Decimal from the fixed two-place text: no float noise in the 万元 column.
        budget: input.budget.toFixed(2),
        createdById: user.id,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "project.recommended",
      entityType: "RecommendedProject",
      entityId: row.id,
      summary: { allianceId: alliance.id, year: input.year, title: input.title, budget: input.budget.toFixed(2) },
    });
    return { id: row.id };
  });
}

/** The filer withdraws a recommendation the service center has not yet marked as adopted. */
export async function removeProject(user: SessionUser, input: { projectId: string }) {
  return db().$transaction(async (tx) => {
    const row = await tx.recommendedProject.findUnique({ where: { id: input.projectId }, select: { id: true, allianceId: true, title: true, year: true } });
    if (!row) throw new AppError("NOT_FOUND");
    await findOwnedFiledAlliance(user, row.allianceId, tx);
    // Conditional on adoptedAt: an adoption landing between the read and the delete wins.
    const { count } = await tx.recommendedProject.deleteMany({ where: { id: row.id, adoptedAt: null } });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.projectAdopted")] });
    await recordAudit(tx, actorOf(user), {
      action: "project.removed",
      entityType: "RecommendedProject",
      entityId: row.id,
      summary: { allianceId: row.allianceId, year: row.year, title: row.title },
    });
  });
}

/** 九（一）: 省科技发展计划优先支持创新联盟推荐项目; the service center records that the project was taken in. */
export async function markProjectAdopted(user: SessionUser, input: { projectId: string }, now = new Date()) {
  assertRole(user, ["SERVICE_CENTER"]);
  const out = await db().$transaction(async (tx) => {
    const row = await tx.recommendedProject.findFirst({
      where: { id: input.projectId, alliance: allianceScope(user) },
      select: { id: true, title: true, year: true, alliance: { select: { id: true, name: true, leadOrgId: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const { count } = await tx.recommendedProject.updateMany({ where: { id: row.id, adoptedAt: null }, data: { adoptedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.projectAlreadyAdopted")] });
    await recordAudit(tx, actorOf(user), {
      action: "project.adopted",
      entityType: "RecommendedProject",
      entityId: row.id,
      summary: { allianceId: row.alliance.id, year: row.year, title: row.title },
    });
    await notifyUsers(
      tx,
      { roles: { has: "ENTERPRISE_FILER" }, organizationId: row.alliance.leadOrgId },
      {
        kind: "project.adopted",
        title: (t) => t("operation.notice.adoptedTitle", { title: row.title }),
        body: (t) => t("operation.notice.adoptedBody", { name: row.alliance.name }),
        link: `/alliances/${row.alliance.id}/activities`,
      },
      user.id,
    );
    return { id: row.id };
  });
  scheduleEmailDispatch();
  return out;
}

/** Recommended projects of an alliance in scope, newest year first. */
export async function findProjects(user: SessionUser, allianceId: string) {
  const alliance = await findVisibleAlliance(user, allianceId);
  const rows = await db().recommendedProject.findMany({ where: { allianceId: alliance.id }, orderBy: [{ year: "desc" }, { createdAt: "desc" }] });
  return {
    canEdit: canRunFiledAlliance(user, alliance),
    canAdopt: user.roles.includes("SERVICE_CENTER"),
    projects: rows.map((p) => ({ ...p, budget: p.budget?.toFixed(2) ?? null })),
  };
}

/** For the annual assessment (八（四）): projects recommended for that year, and how many were adopted. */
export async function countProjects(allianceId: string, year: number, client: Tx = db()): Promise<{ recommended: number; adopted: number }> {
  const [recommended, adopted] = await Promise.all([
    client.recommendedProject.count({ where: { allianceId, year } }),
    client.recommendedProject.count({ where: { allianceId, year, adoptedAt: { not: null } } }),
  ]);
  return { recommended, adopted };
}
