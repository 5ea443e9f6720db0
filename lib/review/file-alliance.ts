import "server-only";
import { randomInt } from "node:crypto";
import type { Tx } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getWorkflowSettings } from "../settings/settings";
import { applyTransition } from "./apply-transition";
import { formatFilingNumber } from "./filing-number";

export { formatFilingNumber };

/**
 * The next number of the year. The upsert takes the year's row lock, so two officers filing at the
 * same moment queue on it and get consecutive numbers; a transaction that rolls back takes its
 * increment with it, so no number is skipped.
 */
export async function nextFilingSeq(tx: Tx, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "FilingSequence" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "FilingSequence"."last" + 1
    RETURNING "last"`;
  return Number(rows[0]!.last);
}

// Crockford-style alphabet: no 0/O, 1/I/L, so a code read off paper is typed back correctly.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newVerificationCode(): string {
  let out = "";
  for (let i = 0; i < 12; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** The calendar year and date in China, whatever the server's time zone. */
export function chinaToday(now = new Date()): { year: number; date: Date } {
  const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return { year: Number(ymd.slice(0, 4)), date: new Date(`${ymd}T00:00:00Z`) };
}

/** 七（三）: the institute files an approved alliance, numbers it and opens its public notice. */
export async function fileAlliance(user: SessionUser, input: { allianceId: string; version: number }, now = new Date()) {
  let number = "";
  const outcome = await applyTransition(user, { allianceId: input.allianceId, transition: "FILE", version: input.version }, async (tx, alliance) => {
    const { year, date } = chinaToday(now);
    const seq = await nextFilingSeq(tx, year);
    number = formatFilingNumber(year, seq);
    const { noticeDays } = await getWorkflowSettings(tx);
    const noticeEndsOn = new Date(date.getTime() + (noticeDays - 1) * 86_400_000);
    const filing = await tx.filing.create({
      data: {
        allianceId: alliance.id,
        year,
        seq,
        number,
        verificationCode: newVerificationCode(),
        filedAt: now,
        officerId: user.id,
        noticeStartsOn: date,
        noticeEndsOn,
      },
    });
    return { filingId: filing.id, number };
  });
  return { ...outcome, number };
}
