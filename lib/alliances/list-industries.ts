import "server-only";
import { db } from "../db/client";

export function listIndustries() {
  return db().industry.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true, clause: true, subFields: true } });
}
