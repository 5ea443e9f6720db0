// The seven key industries are stored under the policy's Chinese names (Industry.name, printed as such by
// 附件1-3 in every language); the interface names them in the page language through one function,
// industryName(). Chinese pages show what is stored; English pages the catalogue's English names; an industry
// outside the policy keeps its stored name. The last test holds pages and components to it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inLocale } from "../../lib/i18n/server-text";
import { messagesFor } from "../../lib/i18n/catalogue";
import { INDUSTRIES, industryName } from "../../lib/rules/industries";
import { INDUSTRIES as SEED_INDUSTRIES } from "../../prisma/seed-data";

const stored = (code: string) => SEED_INDUSTRIES.find((i) => i.code === code)!;

describe("industryName", () => {
  it("names the seven policy industries in English on an English page", () => {
    const en = messagesFor("en").rules.industries;
    inLocale("en", () => {
      expect(industryName({ code: "NEW_ENERGY", name: "新能源" })).toBe("New energy");
      for (const i of INDUSTRIES) expect(industryName(stored(i.code))).toBe(en[i.code]);
    });
  });

  it("shows what is stored on a Chinese page (the zh catalogue names are the stored names)", () => {
    expect(SEED_INDUSTRIES).toHaveLength(7);
    for (const i of SEED_INDUSTRIES) {
      expect(industryName(i)).toBe(i.name);
      expect(inLocale("zh-CN", () => industryName(i))).toBe(i.name);
    }
  });

  it("keeps the stored name of an industry outside the policy, in either language", () => {
    const other = { code: "OTHER_FIELD", name: "其他产业" };
    expect(industryName(other)).toBe("其他产业");
    expect(inLocale("en", () => industryName(other))).toBe("其他产业");
  });
});

describe("pages and components", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.tsx?$/.test(path) ? [path] : [];
    });

  it("never print the stored Industry.name, only industryName()", () => {
    const found = ["app", "components"].flatMap(files).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, n) => (/\bindustry\??\.name\b/.test(line) ? [`${path}:${n + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
