// The industry the interface shows, read through the loaders: list filters (listIndustries) carry the name in
// the page language, and rows carry the code next to the stored name so pages name them with industryName().
// Stored names stay the policy's Chinese ones.
import { beforeAll, describe, expect, it } from "vitest";
import { inLocale } from "@/lib/i18n/server-text";
import { listIndustries } from "@/lib/alliances/list-industries";
import { getPublicFiling, listPublicFilings } from "@/lib/public/notices";
import { findAlliances } from "@/lib/alliances/find-alliances";
import { industryName } from "@/lib/rules/industries";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";

const t = useTestDatabase();
let f: FiledFixture;
let filingId: string;

beforeAll(async () => {
  const p = t.prisma();
  f = await createFiledAlliance(p, { filedAt: new Date() }); // stores NEW_ENERGY as 新能源
  await p.industry.create({ data: { code: "OTHER_FIELD", name: "其他产业", clause: "—", sortOrder: 99, subFields: [] } });
  filingId = (await p.filing.findFirstOrThrow({ where: { allianceId: f.allianceId } })).id;
});

describe("industry names through the loaders", () => {
  it("list filter options are in English on an English page, an industry outside the policy as stored", async () => {
    const names = await inLocale("en", async () => (await listIndustries()).map((i) => [i.code, i.name]));
    expect(names).toEqual([
      ["NEW_ENERGY", "New energy"],
      ["OTHER_FIELD", "其他产业"],
    ]);
  });

  it("list filter options on a Chinese page are the stored names", async () => {
    const names = (await listIndustries()).map((i) => i.name);
    expect(names).toEqual(["新能源", "其他产业"]);
  });

  it("a public notice row and an alliance row, read in English, are named in English; what is stored stays Chinese", async () => {
    await inLocale("en", async () => {
      const list = await listPublicFilings({});
      const row = list.rows.find((r) => r.id === filingId)!;
      expect(row.alliance.industry).toEqual({ code: "NEW_ENERGY", name: "新能源" });
      expect(industryName(row.alliance.industry)).toBe("New energy");
      expect(industryName((await getPublicFiling(filingId)).alliance.industry)).toBe("New energy");
      const alliances = await findAlliances(f.center);
      expect(alliances.rows.map((a) => industryName(a.industry))).toEqual(["New energy"]);
    });
    const zh = await getPublicFiling(filingId);
    expect(industryName(zh.alliance.industry)).toBe("新能源");
  });
});
