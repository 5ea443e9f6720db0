import { describe, it, expect } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_MESSAGES,
  checkCreditCode,
  creditCodeCategory,
  creditCodeCheckChar,
  formatCreditCodeMessage,
  formatCreditCodeProblem,
  isJilinCreditCode,
  normalizeCreditCode,
} from "../../lib/rules/credit-code";

// Deterministic PRNG (mulberry32) so a failure is reproducible.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("checkCreditCode", () => {
  it("accepts a valid code", () => {
    expect(checkCreditCode("91110000600037341L")).toEqual({ ok: true, code: "91110000600037341L" });
  });

  it("says a checksum failure is wrong without handing out the right check character", () => {
    const r = checkCreditCode("91350100M000100Y4Z");
    expect(r).toEqual({ ok: false, problem: "CHECKSUM", code: "91350100M000100Y4Z" });
    expect(checkCreditCode("91350100M000100Y43").ok).toBe(true);
    if (!r.ok) {
      const msg = formatCreditCodeProblem(r);
      expect(msg).toContain("校验位");
      expect(msg).toContain("营业执照");
      // The expected character "3" would turn the typo into a valid code: it must not appear.
      expect(msg).not.toContain("3");
    }
  });

  it("refuses the early pilot code (fails checksum)", () => {
    const r = checkCreditCode("91350100M0001TGQXM");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe("CHECKSUM");
      expect(creditCodeCheckChar("91350100M0001TGQX")).toBe("1"); // cross-checked with python-stdnum's uscc algorithm
    }
  });

  it("normalizes lowercase, full-width and spaced input", () => {
    expect(normalizeCreditCode(" 91110000600037341l ")).toBe("91110000600037341L");
    expect(normalizeCreditCode("９１１１００００６０００３７３４１Ｌ")).toBe("91110000600037341L");
    expect(normalizeCreditCode("9111 0000 6000 3734 1ｌ")).toBe("91110000600037341L");
    expect(normalizeCreditCode("911100006000\u300037341L")).toBe("91110000600037341L");
    expect(checkCreditCode("９１１１ ００００ ６０００ ３７３４ １ｌ")).toEqual({ ok: true, code: "91110000600037341L" });
  });

  it("reports empty input", () => {
    expect(checkCreditCode("")).toMatchObject({ ok: false, problem: "EMPTY" });
    expect(checkCreditCode("   ")).toMatchObject({ ok: false, problem: "EMPTY" });
  });

  it("reports a wrong length with the current length in the message", () => {
    const short = checkCreditCode("91110000600037341");
    expect(short).toMatchObject({ ok: false, problem: "LENGTH" });
    if (!short.ok) expect(formatCreditCodeProblem(short)).toBe("统一社会信用代码应为18位，当前为17位");
    expect(checkCreditCode("91110000600037341LX")).toMatchObject({ ok: false, problem: "LENGTH" });
  });

  it.each(["I", "O", "S", "V", "Z"])("refuses the character %s", (c) => {
    const r = checkCreditCode(`9111000060003${c}341L`);
    expect(r).toMatchObject({ ok: false, problem: "CHARSET" });
    if (!r.ok) expect(formatCreditCodeProblem(r)).toContain(`“${c}”`);
    // In the check position it is simply a wrong check character (the right one is not offered).
    expect(checkCreditCode(`91110000600037341${c}`)).toEqual({ ok: false, problem: "CHECKSUM", code: `91110000600037341${c}` });
    expect(creditCodeCheckChar(`9111000060003${c}341`)).toBeNull();
  });

  it("creditCodeCheckChar needs exactly 17 characters", () => {
    expect(creditCodeCheckChar("9111000060003734")).toBeNull();
    expect(creditCodeCheckChar("91110000600037341")).toBe("L");
  });
});

describe("isJilinCreditCode", () => {
  const first17 = "91220101MA0Y2B3C4";
  const jilin = `${first17}${creditCodeCheckChar(first17)}`;

  it("detects a valid Jilin code", () => {
    expect(jilin).toBe("91220101MA0Y2B3C46"); // independently computed with python
    expect(checkCreditCode(jilin).ok).toBe(true);
    expect(isJilinCreditCode(jilin)).toBe(true);
    expect(isJilinCreditCode(jilin.toLowerCase())).toBe(true);
  });

  it("rejects a Beijing code and an invalid 22xxxx code", () => {
    expect(isJilinCreditCode("91110000600037341L")).toBe(false);
    expect(isJilinCreditCode("91220101MA0Y2B3C47")).toBe(false);
  });
});

describe("creditCodeCategory", () => {
  it.each([
    ["91110000600037341L", "企业"],
    ["12220000123456789Q", "事业单位"],
    ["512200005000123451", "社会团体"],
    ["52xx", "民办非企业单位"],
    ["53xx", "基金会"],
    ["93xx", "其他"],
  ])("%s → %s", (code, label) => {
    expect(creditCodeCategory(code)).toBe(label);
  });
});

describe("messages", () => {
  it("has a Chinese message for every problem and fills placeholders", () => {
    for (const key of ["EMPTY", "LENGTH", "CHARSET", "CHECKSUM", "NOT_JILIN"] as const) {
      expect(CREDIT_CODE_MESSAGES[key]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(formatCreditCodeMessage("LENGTH", { n: 16 })).toBe("统一社会信用代码应为18位，当前为16位");
    expect(formatCreditCodeMessage("CHECKSUM")).not.toMatch(/应为|\{/);
  });
});

describe("property: the check character detects every single substitution", () => {
  const random = rng(20260701);
  const pick = () => CREDIT_CODE_CHARSET.charAt(Math.floor(random() * CREDIT_CODE_CHARSET.length));

  it("for 200 random prefixes", () => {
    for (let n = 0; n < 200; n++) {
      const prefix = Array.from({ length: 17 }, pick).join("");
      const check = creditCodeCheckChar(prefix);
      expect(check).not.toBeNull();
      const code = `${prefix}${check}`;
      expect(checkCreditCode(code).ok).toBe(true);

      for (let pos = 0; pos < 18; pos++) {
        for (const c of CREDIT_CODE_CHARSET) {
          if (c === code.charAt(pos)) continue;
          const mutated = code.slice(0, pos) + c + code.slice(pos + 1);
          // Weights are powers of 3 mod the prime 31, so no single substitution can keep the sum.
          expect(checkCreditCode(mutated).ok, `${mutated} (position ${pos + 1})`).toBe(false);
          if (pos < 17) expect(creditCodeCheckChar(mutated.slice(0, 17))).not.toBe(check);
        }
      }
    }
  });
});
