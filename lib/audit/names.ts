import "server-only";
import { db } from "../db/client";
import { maskName } from "../privacy/mask";
import { text } from "../i18n/text";
import { divisionName } from "../review/units";
import type { AuditRow, NameBook } from "./sentences";

// The names behind the ids a page of audit events points at, read in at most six queries whatever the
// number of rows (one per kind of object, only for kinds present), so the log says "吉林省氢能产业科技创新联盟"
// instead of "Alliance 68e80d69". Names of people are masked (张*明): the auditor needs the account, not the person.

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 && v.length <= 64 ? v : undefined);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export async function loadNameBook(rows: readonly AuditRow[]): Promise<NameBook> {
  const ids = {
    alliances: new Set<string>(),
    users: new Set<string>(),
    divisions: new Set<string>(),
    organizations: new Set<string>(),
    schemes: new Set<string>(),
    filings: new Set<string>(),
  };
  const add = (set: Set<string>, v: unknown) => {
    const s = str(v);
    if (s) set.add(s);
  };
  for (const r of rows) {
    const s = rec(r.summary);
    add(ids.alliances, s.allianceId);
    if (r.entityType === "Alliance") add(ids.alliances, r.entityId);
    if (r.entityType === "User") add(ids.users, r.entityId);
    if (r.entityType === "Filing") add(ids.filings, r.entityId);
    if (r.entityType === "AssessmentScheme") add(ids.schemes, r.entityId);
    add(ids.divisions, s.divisionId);
    add(ids.organizations, s.organizationId);
    const changes = rec(s.changes);
    for (const c of [rec(changes.divisionId), rec(changes.organizationId)]) {
      add(ids.divisions, c.from);
      add(ids.divisions, c.to);
      add(ids.organizations, c.from);
      add(ids.organizations, c.to);
    }
  }
  const list = (set: Set<string>) => [...set];
  const none = Promise.resolve([]);
  const [alliances, users, divisions, organizations, schemes, filings] = await Promise.all([
    ids.alliances.size ? db().alliance.findMany({ where: { id: { in: list(ids.alliances) } }, select: { id: true, name: true } }) : none,
    ids.users.size ? db().user.findMany({ where: { id: { in: list(ids.users) } }, select: { id: true, username: true, displayName: true } }) : none,
    ids.divisions.size ? db().division.findMany({ where: { id: { in: list(ids.divisions) } }, select: { id: true, code: true, name: true } }) : none,
    ids.organizations.size ? db().organization.findMany({ where: { id: { in: list(ids.organizations) } }, select: { id: true, name: true } }) : none,
    ids.schemes.size ? db().assessmentScheme.findMany({ where: { id: { in: list(ids.schemes) } }, select: { id: true, year: true } }) : none,
    ids.filings.size
      ? db().filing.findMany({ where: { id: { in: list(ids.filings) } }, select: { id: true, number: true, alliance: { select: { name: true } } } })
      : none,
  ]);
  return {
    alliances: new Map(alliances.map((a) => [a.id, a.name])),
    users: new Map(users.map((u) => [u.id, text("audit.objects.user", { username: u.username, name: maskName(u.displayName) })])),
    divisions: new Map(divisions.map((d) => [d.id, divisionName(d)])),
    organizations: new Map(organizations.map((o) => [o.id, o.name])),
    schemes: new Map(schemes.map((s) => [s.id, text("audit.objects.schemeOfYear", { year: String(s.year) })])),
    filings: new Map(filings.map((f) => [f.id, text("audit.objects.filing", { alliance: f.alliance.name, number: f.number })])),
  };
}
