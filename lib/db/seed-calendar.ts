import type { Prisma } from "./generated/client";
import { HOLIDAYS_2026 } from "../calendar/holidays-2026";

/** The working-day calendar for the demo year (issue #17 item 7), so service times count 工作日 at once. */
export async function seedCalendar(tx: Prisma.TransactionClient): Promise<void> {
  await tx.calendarDay.createMany({
    data: HOLIDAYS_2026.map((d) => ({ date: new Date(`${d.date}T00:00:00Z`), kind: d.kind, name: d.name, updatedBy: "system" })),
    skipDuplicates: true,
  });
}
