import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { industryName } from "../rules/industries";
import { divisionName } from "../review/units";

/** The industries for the interface's lists and filters, `name` in the current language (industryName). */
export async function listIndustries() {
  const rows = await db().industry.findMany({
    orderBy: { sortOrder: "asc" },
    select: { code: true, name: true, clause: true, subFields: true, divisionId: true },
  });
  return rows.map((i) => ({ ...i, name: industryName(i) }));
}

/** The industries a user may open calls for: all for the department, its own for a division. */
export async function listCallableIndustries(user: SessionUser) {
  const all = await listIndustries();
  if (user.roles.includes("DEPARTMENT_SECRETARY")) return all;
  return all.filter((i) => user.divisionId !== null && i.divisionId === user.divisionId);
}

export async function listDivisions() {
  const rows = await db().division.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
  return rows.map((d) => ({ id: d.id, name: divisionName(d) }));
}
