import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { ownReportAlliances } from "./reports";

/**
 * The filer's filed alliances with their latest published assessment: the 年度报告 page leads on to the
 * result even when no report is due (an empty list said only "nothing to do").
 */
export async function findOwnPublishedResults(user: SessionUser) {
  return db().alliance.findMany({
    where: ownReportAlliances(user),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      assessments: { where: { publishedAt: { not: null } }, orderBy: { year: "desc" }, take: 1, select: { year: true, grade: true } },
    },
  });
}
