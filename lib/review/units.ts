// Divisions and the department are named in the reader's language on screen, as industries are (industryName).
// What is stored (Division.name, ReviewOpinion.reviewUnit) and what official documents print stay Chinese.
import { messagesFor } from "../i18n/catalogue";
import { text } from "../i18n/text";
import { DEPARTMENT_UNIT } from "./facts";

type DivisionCode = keyof ReturnType<typeof messagesFor>["rules"]["divisions"];

function isDivisionCode(code: string): code is DivisionCode {
  return Object.hasOwn(messagesFor("zh-CN").rules.divisions, code);
}

/** A division's name: the catalogue's for the department's divisions, the stored name for any other. */
export function divisionName(division: { code: string; name: string }): string {
  return isDivisionCode(division.code) ? text(`rules.divisions.${division.code}`) : division.name;
}

/**
 * A stored unit (an opinion's reviewUnit, or actingUnit's answer) as the reader reads it: the department and
 * its divisions by their names in the current language; any other unit (an organisation) is a name, kept.
 */
export function unitName(stored: string): string {
  if (stored === DEPARTMENT_UNIT) return text("app.org");
  const zh = messagesFor("zh-CN").rules.divisions;
  const code = (Object.keys(zh) as DivisionCode[]).find((c) => zh[c] === stored);
  return code ? text(`rules.divisions.${code}`) : stored;
}
