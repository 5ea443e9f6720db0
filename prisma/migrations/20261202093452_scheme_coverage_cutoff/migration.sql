-- Issue 17 item 4: which alliances a year's assessment covers. Alliances filed before this day (Beijing time) report
-- for the year; NULL means 1 January of the scheme's year (lib/assessment/coverage.ts). Existing schemes keep NULL.
ALTER TABLE "AssessmentScheme" ADD COLUMN "coverageCutoff" DATE;
