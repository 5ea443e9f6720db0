// The department and its divisions are stored under their Chinese names (Division.name, an opinion's
// reviewUnit, printed as such in official documents); the interface names them in the page language through
// divisionName() and unitName(), as industries go through industryName(). Organisations keep their names.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inLocale } from "../../lib/i18n/server-text";
import { messagesFor } from "../../lib/i18n/catalogue";
import { DEPARTMENT_UNIT, actingUnit } from "../../lib/review/facts";
import { divisionName, unitName } from "../../lib/review/units";
import { DIVISIONS } from "../../prisma/seed-data";

describe("divisionName and unitName", () => {
  it("store what the Chinese catalogue says, so a stored name finds its way back", () => {
    expect(DIVISIONS.length).toBeGreaterThan(0);
    for (const d of DIVISIONS) expect(divisionName(d)).toBe(d.name);
    expect(messagesFor("zh-CN").app.org).toBe(DEPARTMENT_UNIT);
  });

  it("name the divisions and the department in English on an English page", () => {
    const en = messagesFor("en").rules.divisions;
    inLocale("en", () => {
      for (const d of DIVISIONS) {
        expect(divisionName(d)).toBe(en[d.code as keyof typeof en]);
        expect(unitName(actingUnit({ division: d }))).toBe(en[d.code as keyof typeof en]);
      }
      expect(unitName(actingUnit(null))).toBe("Department of Science and Technology of Jilin Province");
    });
  });

  it("keep organisations and unknown divisions as stored, in either language", () => {
    const org = actingUnit({ organization: { name: "吉林某某新能源有限公司" } });
    expect(inLocale("en", () => unitName(org))).toBe("吉林某某新能源有限公司");
    expect(inLocale("en", () => divisionName({ code: "NEW_DIVISION", name: "新设处室" }))).toBe("新设处室");
    expect(inLocale("zh-CN", () => unitName(DEPARTMENT_UNIT))).toBe(DEPARTMENT_UNIT);
  });
});

describe("pages and components", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.tsx?$/.test(path) ? [path] : [];
    });

  it("never print the stored Division.name or an opinion's stored unit, only divisionName() / unitName()", () => {
    const found = ["app", "components"].flatMap(files).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, n) => (/\bdivision\??\.name\b|\breviewUnit\b/.test(line) ? [`${path}:${n + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
