import type { CalendarDayKind } from "../db/generated/enums";

// 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025), as the demo seeds it: the days off
// that fall on Monday-Friday (HOLIDAY) and the Saturdays/Sundays worked in exchange (WORKDAY, 调休).
// Weekend days inside a holiday need no row: they are days off anyway. The administrator corrects or
// extends the calendar at /admin/calendar. The names are stored data (CalendarDay.name), in Chinese as published.
type Row = { date: string; kind: CalendarDayKind; name: string };

const off = (name: string, ...dates: string[]): Row[] => dates.map((date) => ({ date, kind: "HOLIDAY", name }));
const on = (name: string, ...dates: string[]): Row[] => dates.map((date) => ({ date, kind: "WORKDAY", name }));

export const HOLIDAYS_2026: readonly Row[] = [
  // 元旦：1月1日（周四）至3日（周六）放假调休，共3天；1月4日（周日）上班。
  ...off("元旦", "2026-01-01", "2026-01-02"), // i18n-data
  ...on("元旦调休上班", "2026-01-04"), // i18n-data
  // 春节：2月15日（周日）至23日（周一）放假调休，共9天；2月14日（周六）、2月28日（周六）上班。
  ...off("春节", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23"), // i18n-data
  ...on("春节调休上班", "2026-02-14", "2026-02-28"), // i18n-data
  // 清明节：4月4日（周六）至6日（周一）放假，共3天。
  ...off("清明节", "2026-04-06"), // i18n-data
  // 劳动节：5月1日（周五）至5日（周二）放假调休，共5天；5月9日（周六）上班。
  ...off("劳动节", "2026-05-01", "2026-05-04", "2026-05-05"), // i18n-data
  ...on("劳动节调休上班", "2026-05-09"), // i18n-data
  // 端午节：6月19日（周五）至21日（周日）放假，共3天。
  ...off("端午节", "2026-06-19"), // i18n-data
  // 中秋节：9月25日（周五）至27日（周日）放假，共3天。
  ...off("中秋节", "2026-09-25"), // i18n-data
  // 国庆节：10月1日（周四）至7日（周三）放假调休，共7天；9月20日（周日）、10月10日（周六）上班。
  ...off("国庆节", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"), // i18n-data
  ...on("国庆节调休上班", "2026-09-20", "2026-10-10"), // i18n-data
];
