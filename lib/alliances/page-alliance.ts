import "server-only";
import { notFound } from "next/navigation";
import type { AllianceState } from "../db/generated/enums";
import type { SessionUser } from "../auth/session";
import { AppError } from "../errors/app-error";
import { getAllianceOrThrow } from "./find-alliances";

/** For pages: a row outside the user's scope is a 404 page, the same as one that does not exist. */
export function notFoundOnMissing(err: unknown): never {
  if (AppError.is(err, "NOT_FOUND")) notFound();
  throw err;
}

/** 八 operation starts with filing: a draft or a filing under review has no reports, member changes or council yet. */
export function hasOperation(state: AllianceState): boolean {
  return state === "FILED" || state === "REVOKED" || state === "DISSOLVED";
}

/** The alliance a page shows, scoped to the user; `operation` pages also 404 before filing. */
export async function getAllianceForPage(user: SessionUser, id: string, opts: { operation?: boolean } = {}) {
  const alliance = await getAllianceOrThrow(user, id).catch(notFoundOnMissing);
  if (opts.operation && !hasOperation(alliance.state)) notFound();
  return alliance;
}
