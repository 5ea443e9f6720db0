import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { chinaToday } from "../review/file-alliance";
import type { Prisma } from "../db/generated/client";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { NOTICE_LIST, type NoticeListState, type NoticeStatus } from "./notice-list";

// The public side needs no account: it shows what the institute has filed and nothing more (name,
// lead unit, industry, number, dates), never members' figures or reviewers' opinions.
const PUBLIC_FIELDS = {
  id: true,
  number: true,
  filedAt: true,
  noticeStartsOn: true,
  noticeEndsOn: true,
  revokedAt: true,
  alliance: { select: { name: true, state: true, industry: { select: { code: true, name: true } }, leadOrg: { select: { name: true } } } },
} as const;

export type { NoticeStatus };

function statusOf(f: { noticeStartsOn: Date; noticeEndsOn: Date; revokedAt: Date | null; alliance: { state: string } }, today: Date): NoticeStatus {
  if (f.revokedAt || f.alliance.state === "REVOKED") return "REVOKED";
  if (f.alliance.state === "DISSOLVED") return "DISSOLVED";
  return f.noticeStartsOn <= today && today <= f.noticeEndsOn ? "IN_NOTICE" : "FILED";
}

/** statusOf as a where clause, so the status filter, the page's rows and the total agree. */
function statusWhere(status: NoticeStatus, today: Date): Prisma.FilingWhereInput {
  const standing: Prisma.FilingWhereInput = { revokedAt: null, alliance: { state: { notIn: ["REVOKED", "DISSOLVED"] } } };
  const inNotice: Prisma.FilingWhereInput = { noticeStartsOn: { lte: today }, noticeEndsOn: { gte: today } };
  switch (status) {
    case "REVOKED":
      return { OR: [{ revokedAt: { not: null } }, { alliance: { state: "REVOKED" } }] };
    case "DISSOLVED":
      return { revokedAt: null, alliance: { state: "DISSOLVED" } };
    case "IN_NOTICE":
      return { AND: [standing, inNotice] };
    case "FILED":
      return { AND: [standing, { NOT: inNotice }] };
  }
}

/** One page of the filed alliances (newest number first by default) with the true total of the filter. */
export async function listPublicFilings(params: RawParams | NoticeListState = {}, now = new Date()) {
  const list = NOTICE_LIST.state(params);
  const { date } = chinaToday(now);
  const f = list.filters;
  const where: Prisma.FilingWhereInput = {
    AND: [
      f.status ? statusWhere(f.status, date) : {},
      f.industry ? { alliance: { industryCode: f.industry } } : {},
      f.year ? { year: f.year } : {},
      list.q
        ? { OR: [{ number: containsText(list.q) }, { alliance: { name: containsText(list.q) } }, { alliance: { leadOrg: { name: containsText(list.q) } } }] }
        : {},
    ],
  };
  const page = await readPage(
    list,
    () => db().filing.count({ where }),
    ({ skip, take }) => db().filing.findMany({ where, orderBy: NOTICE_LIST.orderBy(list), skip, take, select: PUBLIC_FIELDS }),
  );
  return { ...page, list, rows: page.rows.map((r) => ({ ...r, status: statusOf(r, date) })) };
}

/** The alliances whose notice runs today (a few at a time: the notice lasts days), for the box above the directory. */
export async function listInNotice(now = new Date(), take = 50) {
  const { date } = chinaToday(now);
  const rows = await db().filing.findMany({
    where: statusWhere("IN_NOTICE", date),
    orderBy: [{ noticeEndsOn: "asc" }, { id: "asc" }],
    take,
    select: PUBLIC_FIELDS,
  });
  return rows.map((r) => ({ ...r, status: "IN_NOTICE" as const }));
}

export async function getPublicFiling(id: string, now = new Date()) {
  const row = await db().filing.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row, status: statusOf(row, chinaToday(now).date) };
}

/** The certificate's code, typed by anyone holding the paper; case, spaces and dashes don't matter. */
export async function verifyCertificate(code: string, now = new Date()) {
  const clean = code.toUpperCase().replace(/[^0-9A-Z]/g, "");
  if (clean.length !== 12) return null;
  const formatted = `${clean.slice(0, 4)}-${clean.slice(4, 8)}-${clean.slice(8)}`;
  const row = await db().filing.findUnique({ where: { verificationCode: formatted }, select: PUBLIC_FIELDS });
  return row ? { ...row, status: statusOf(row, chinaToday(now).date) } : null;
}

/** Anyone may object while the notice runs; the institute's officers are told at once. */
export async function submitObjection(input: { filingId: string; name: string; contact: string; content: string; ip: string | null }, now = new Date()) {
  const id = await db().$transaction(async (tx) => {
    const filing = await tx.filing.findUnique({ where: { id: input.filingId }, select: PUBLIC_FIELDS });
    if (!filing) throw new AppError("NOT_FOUND");
    if (statusOf(filing, chinaToday(now).date) !== "IN_NOTICE") throw new AppError("CONFLICT", undefined, { _form: [text("public.errors.notInNotice")] });
    const objection = await tx.objection.create({
      data: { filingId: filing.id, name: input.name.trim(), contact: input.contact.trim(), content: input.content.trim() },
    });
    await recordAudit(
      tx,
      // The audit log's stored name for an anonymous member of the public.
      { actorId: null, actorName: "公众" /* i18n-data */, actorRole: null, ip: input.ip },
      {
        action: "objection.received",
        entityType: "Filing",
        entityId: filing.id,
        summary: { objectionId: objection.id, number: filing.number },
      },
    );
    await notifyUsers(
      tx,
      { roles: { has: "INSTITUTE_OFFICER" } },
      {
        kind: "objection.received",
        title: (t) => t("public.notify.objectionTitle", { name: filing.alliance.name }),
        body: (t) => t("public.notify.objectionBody", { number: filing.number }),
        link: `/objections`,
      },
    );
    return objection.id;
  });
  scheduleEmailDispatch();
  return id;
}
