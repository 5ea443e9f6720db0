import { execFileSync } from "node:child_process";
import { describe, it, expect } from "vitest";
import { checkCreditCode, isJilinCreditCode } from "../../lib/rules/credit-code";
import { passwordProblems } from "../../lib/auth/password-policy";
import {
  ALLIANCES,
  DEMO_USERS,
  DIVISIONS,
  INDUSTRIES,
  ORGANIZATIONS,
  RULE_BREAKING_ALLIANCE_KEY,
  validateSeed,
  type SeedAlliance,
} from "../../prisma/seed-data";

const orgByKey = new Map(ORGANIZATIONS.map((o) => [o.key, o]));
const typeOf = (key: string) => orgByKey.get(key)?.type;
const enterprises = (a: SeedAlliance) => a.members.filter((m) => typeOf(m.org) === "ENTERPRISE");

describe("seed data", () => {
  it("is consistent", () => {
    expect(validateSeed()).toEqual([]);
  });

  it("has about 80+ organisations, some registered outside Jilin", () => {
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(75);
    const outside = ORGANIZATIONS.filter((o) => !o.creditCode.slice(2, 8).startsWith("22"));
    expect(outside.length).toBeGreaterThanOrEqual(2);
    const memberKeys = new Set(ALLIANCES.flatMap((a) => a.members.map((m) => m.org)));
    expect(outside.filter((o) => memberKeys.has(o.key)).length).toBe(outside.length);
  });

  it("every credit code passes checkCreditCode and matches the organisation type", () => {
    for (const o of ORGANIZATIONS) {
      expect(checkCreditCode(o.creditCode), o.key).toEqual({ ok: true, code: o.creditCode });
      const prefix = { ENTERPRISE: "91", UNIVERSITY: "12", RESEARCH_INSTITUTE: "12", SOCIAL_ORG: "51", OTHER: "52" }[o.type];
      expect(o.creditCode.slice(0, 2), o.key).toBe(prefix);
    }
  });

  it("stores the policy's Chinese industry names even where no language is set yet (seed scripts)", () => {
    // A fresh process with no text source, as `npm run db:seed` and the browser suite's setup are: the names
    // were once read through the language-following getter there and stored as "rules.industries.NEW_ENERGY".
    const out = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        'import("./prisma/seed-data.ts").then((m) => console.log(JSON.stringify((m.INDUSTRIES ?? m.default.INDUSTRIES).map((i) => i.name))))',
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(out)).toEqual(["新能源", "新装备", "新材料", "新农业", "新旅游", "新电商", "医药健康"]);
  });

  it("covers the seven industries, each owned by exactly one division", () => {
    expect(INDUSTRIES.map((i) => i.clause)).toEqual(["四（一）", "四（二）", "四（三）", "四（四）", "四（五）", "四（六）", "四（七）"]);
    for (const i of INDUSTRIES) expect(DIVISIONS.filter((d) => d.industries.includes(i.code))).toHaveLength(1);
    expect(new Set(ALLIANCES.map((a) => a.industry)).size).toBe(7);
  });

  it("every lead org is a Jilin enterprise and the only CHAIR", () => {
    for (const a of ALLIANCES) {
      const lead = orgByKey.get(a.leadOrg);
      expect(lead?.type, a.key).toBe("ENTERPRISE");
      expect(isJilinCreditCode(lead?.creditCode ?? ""), a.key).toBe(true);
      expect(a.members.filter((m) => m.role === "CHAIR").map((m) => m.org)).toEqual([a.leadOrg]);
    }
  });

  it("names, goals and contact fields follow the form", () => {
    for (const a of ALLIANCES) {
      const suffix = a.kind === "CONSORTIUM" ? "产业科技创新联合体" : "产业科技创新联盟";
      expect(a.name, a.key).toMatch(new RegExp(`^吉林省.+${suffix}$`));
      const goal = [...a.innovationGoal].length;
      expect(goal, a.key).toBeGreaterThanOrEqual(150);
      expect(goal, a.key).toBeLessThanOrEqual(450);
      expect(a.postcode, a.key).toMatch(/^13\d{4}$/);
      expect(a.phone, a.key).toMatch(/^0\d{2,3}-\d{7,8}$/);
      expect(a.fax, a.key).toMatch(/^0\d{2,3}-\d{7,8}$/);
      expect(INDUSTRIES.find((i) => i.code === a.industry)?.subFields, a.key).toContain(a.subField);
    }
    expect(ALLIANCES.filter((a) => a.kind === "CONSORTIUM")).toHaveLength(1);
  });

  it("every alliance except the deliberately broken draft meets R1-R3 and R5", () => {
    for (const a of ALLIANCES.filter((x) => x.key !== RULE_BREAKING_ALLIANCE_KEY)) {
      expect(a.members.length, a.key).toBeGreaterThanOrEqual(10);
      expect(a.members.length, a.key).toBeLessThanOrEqual(16);
      expect(enterprises(a).length / a.members.length, a.key).toBeGreaterThanOrEqual(0.6);
      const chains = new Set(enterprises(a).map((m) => m.chain));
      expect(chains.has("UPSTREAM"), a.key).toBe(true);
      expect(chains.has("DOWNSTREAM"), a.key).toBe(true);
      const council = a.members.filter((m) => m.role !== "MEMBER").length / a.members.length;
      expect(council, a.key).toBeGreaterThanOrEqual(0.25);
      expect(council, a.key).toBeLessThanOrEqual(0.4);
    }
  });

  it("the broken draft breaks R1-R3 as intended", () => {
    const a = ALLIANCES.find((x) => x.key === RULE_BREAKING_ALLIANCE_KEY);
    expect(a?.state).toBe("DRAFT");
    if (!a) return;
    expect(a.members).toHaveLength(9);
    expect(enterprises(a).length / a.members.length).toBeLessThan(0.6);
    expect(enterprises(a).some((m) => m.chain === "DOWNSTREAM")).toBe(false);
  });

  it("members carry the section 三 standing for their type", () => {
    for (const a of ALLIANCES)
      for (const m of a.members) {
        const t = typeOf(m.org);
        if (t === "ENTERPRISE") {
          expect(m.chain, `${a.key}/${m.org}`).toBeDefined();
          expect(m.output2022, `${a.key}/${m.org}`).toBeGreaterThan(0);
          expect(m.profitTax2022, `${a.key}/${m.org}`).toBeGreaterThan(0);
          expect(m.profitTax2022!, `${a.key}/${m.org}`).toBeLessThan(m.output2022!);
          expect(m.resources, `${a.key}/${m.org}`).toBeTruthy();
        } else if (t === "UNIVERSITY" || t === "RESEARCH_INSTITUTE") {
          expect(m.disciplineStrengths, `${a.key}/${m.org}`).toBeTruthy();
          expect(m.disciplineLeader, `${a.key}/${m.org}`).toBeTruthy();
        }
      }
  });

  it("has the state spread the demo relies on", () => {
    const count = (s: SeedAlliance["state"]) => ALLIANCES.filter((a) => a.state === s).length;
    expect(ALLIANCES).toHaveLength(9);
    expect(count("DRAFT")).toBe(2);
    expect(count("DIVISION_REVIEW")).toBe(1);
    expect(count("RETURNED")).toBe(1);
    expect(count("FORM_REVIEW")).toBe(1);
    expect(count("MEETING")).toBe(1);
    expect(count("FILED")).toBe(2);
    expect(count("REVOKED")).toBe(1);
  });

  it("demo users: one per role, distinct strong passwords, the right orgs and divisions", () => {
    const roles = DEMO_USERS.flatMap((u) => u.roles);
    expect(new Set(roles).size).toBe(8);
    expect(new Set(DEMO_USERS.map((u) => u.password)).size).toBe(DEMO_USERS.length);
    for (const u of DEMO_USERS) {
      expect(u.password.length, u.username).toBeGreaterThanOrEqual(12);
      for (const re of [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]) expect(u.password, u.username).toMatch(re);
      expect(passwordProblems(u.password, u.username), u.username).toEqual([]);
      expect(u.displayName, u.username).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
    const user = (name: string) => DEMO_USERS.find((u) => u.username === name);
    const filerOrg = user("filer")?.org;
    const led = ALLIANCES.filter((a) => a.leadOrg === filerOrg)
      .map((a) => a.state)
      .sort();
    expect(led).toEqual(["DRAFT", "RETURNED"]);
    const filer2Org = user("filer2")?.org;
    expect(filer2Org).not.toBe(filerOrg);
    expect(ALLIANCES.some((a) => a.leadOrg === filer2Org)).toBe(true);
    const energyDivision = DIVISIONS.find((d) => d.industries.includes("NEW_ENERGY"))?.code;
    expect(user("reviewer")?.division).toBe(energyDivision);
    expect(user("reviewer2")?.division).toBeDefined();
    expect(user("reviewer2")?.division).not.toBe(energyDivision);
  });
});
