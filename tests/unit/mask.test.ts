import { describe, expect, it } from "vitest";
import { maskContact, maskEmail, maskIdNumber, maskName, maskPhone } from "@/lib/privacy/mask";
import { redactPersonalData } from "@/lib/privacy/redact";

describe("masking personal data for display", () => {
  it("masks mobile numbers to 3 + 4 digits, with or without the country code", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+86 139 1234 5678")).toBe("139****5678");
    expect(maskPhone("008615912345678")).toBe("159****5678");
  });

  it("masks landlines but keeps the area code", () => {
    expect(maskPhone("0431-88886666")).toBe("0431-****6666");
    expect(maskPhone("043188886666")).toBe("0431-****6666");
    expect(maskPhone("(010)6512345")).toBe("010-***2345");
    expect(maskPhone("0431-88886666-802")).toBe("0431-****6666");
  });

  it("keeps only the last four digits of anything else, and shows nothing for nothing", () => {
    expect(maskPhone("400-810-8888")).toBe("***-***-8888");
    expect(maskPhone("")).toBe("");
    expect(maskPhone(null)).toBe("");
    expect(maskPhone(undefined)).toBe("");
  });

  it("masks the mailbox of an email address, not the domain", () => {
    expect(maskEmail("zhangsan@jlkjt.gov.cn")).toBe("z***@jlkjt.gov.cn");
    expect(maskEmail("a@b.cn")).toBe("a***@b.cn");
    expect(maskEmail("not-an-email")).toBe("n***********");
  });

  it("masks person names: 张*明, 李*, 欧阳**月", () => {
    expect(maskName("张三明")).toBe("张*明");
    expect(maskName("李明")).toBe("李*");
    expect(maskName("欧阳明月")).toBe("欧**月");
    expect(maskName("王")).toBe("*");
    expect(maskName(" 赵钱孙李 ")).toBe("赵**李");
    expect(maskName(null)).toBe("");
  });

  it("masks resident ID numbers (18 and 15 digits) down to region prefix and last four", () => {
    expect(maskIdNumber("22010219900101123X")).toBe("220***********123X");
    expect(maskIdNumber("220102199001011234")).toBe("220***********1234");
    expect(maskIdNumber("220102900101123")).toBe("220********1123");
    expect(maskIdNumber("A12345678")).toBe("A****5678");
  });

  it("masks a public contact as phone or email, whichever it is", () => {
    expect(maskContact("13912345678")).toBe("139****5678");
    expect(maskContact("0431-88886666")).toBe("0431-****6666");
    expect(maskContact("wang@example.com")).toBe("w***@example.com");
    expect(maskContact("微信号 wx_abc")).toBe("微*********");
  });
});

describe("redacting personal data inside free text", () => {
  it("masks phones, emails and ID numbers wherever they appear", () => {
    const text = "联系人李明，电话13812345678，座机0431-88886666，邮箱li.ming@qq.com，身份证220102199001011234。";
    const out = redactPersonalData(text);
    expect(out).toBe("联系人李明，电话138****5678，座机0431-****6666，邮箱l***@qq.com，身份证220***********1234。");
  });

  it("leaves hashes, file keys, credit codes with letters, usernames and timestamps alone", () => {
    const keep = [
      "sha256 3f5a13812345678bc9e0d1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6",
      "user u13812345678 signed in",
      "91220101MA0000001X",
      "[2026-11-24T14:41:29.123Z] job done",
      "amount 043188886666 yuan",
    ];
    for (const s of keep) expect(redactPersonalData(s)).toBe(s);
  });
});
