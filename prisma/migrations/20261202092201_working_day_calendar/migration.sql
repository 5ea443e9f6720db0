-- Issue #17 item 7: service times count working days (工作日) against a holiday calendar the system
-- administrator keeps: public holidays on weekdays and the 调休 weekend days that are worked.
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);
