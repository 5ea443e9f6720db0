import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { findReportTasks } from "../assessment/reports";
import { countOversightItems } from "../oversight/find-oversight";
import { text } from "../i18n/text";

export interface OperationTile {
  key: string;
  label: string;
  count: number;
  href: string;
  note?: string;
}

/** 八 运行管理 tiles for the home page: the filer's annual reports due, the service center's open items. */
export async function findOperationTiles(user: SessionUser, now = new Date()): Promise<OperationTile[]> {
  const tiles: OperationTile[] = [];
  if (user.roles.includes("ENTERPRISE_FILER")) {
    const open = (await findReportTasks(user, now)).filter(
      // A year that does not cover the alliance (issue 17 item 4) is no task.
      (t) => !t.notCovered && (t.status === "NONE" || t.status === "DRAFT" || t.status === "RETURNED"),
    );
    const soonest = open.reduce<number | null>((min, t) => (min === null || t.daysLeft < min ? t.daysLeft : min), null);
    tiles.push({
      key: "reports-due",
      label: text("home.tiles.reportsDue"),
      count: open.length,
      href: "/reports",
      ...(soonest !== null ? { note: soonest >= 0 ? text("home.tiles.daysLeft", { days: soonest }) : text("home.tiles.overdue", { days: -soonest }) } : {}),
    });
  }
  if (user.roles.includes("SERVICE_CENTER")) {
    const [toScore, c] = await Promise.all([
      db().annualReport.count({ where: { status: "SUBMITTED", scheme: { status: "PUBLISHED" } } }),
      countOversightItems(user, now),
    ]);
    tiles.push(
      { key: "reports-to-score", label: text("home.tiles.reportsToScore"), count: toScore, href: "/assessment" },
      { key: "revocations", label: text("home.tiles.revocations"), count: c.revocations, href: "/assessment/revocations" },
      { key: "dissolutions", label: text("home.tiles.dissolutions"), count: c.dissolutions, href: "/oversight?section=dissolutions" },
      { key: "flagged-changes", label: text("home.tiles.flaggedChanges"), count: c.flaggedChanges, href: "/oversight?section=flagged" },
      { key: "expiring-terms", label: text("home.tiles.expiringTerms"), count: c.expiringTerms, href: "/oversight?section=terms" },
    );
  }
  return tiles;
}
