import { describe, expect, it } from "vitest";
import { canEditFiling, canIssueConfirmations, canRunFiledAlliance, isLeadFiler } from "@/lib/authz/alliance-abilities";
import { ROLES } from "@/lib/auth/roles";
import type { AllianceState, Role } from "@/lib/db/generated/enums";

const STATES: AllianceState[] = ["DRAFT", "DIVISION_REVIEW", "RETURNED", "FORM_REVIEW", "MEETING", "FILING", "FILED", "REJECTED", "REVOKED", "DISSOLVED"];
const LEAD = "org-lead";
const filer = (organizationId: string | null) => ({ roles: ["ENTERPRISE_FILER"] as Role[], organizationId });

describe("who may act on an alliance (lib/authz/alliance-abilities.ts)", () => {
  it("only the lead enterprise's filer acts for it: not another unit's filer, not a filer without a unit, no staff role", () => {
    const alliance = { leadOrgId: LEAD, state: "FILED" as AllianceState };
    expect(isLeadFiler(filer(LEAD), alliance)).toBe(true);
    expect(isLeadFiler(filer("org-other"), alliance)).toBe(false);
    expect(isLeadFiler(filer(null), alliance)).toBe(false);
    for (const role of ROLES.filter((r) => r !== "ENTERPRISE_FILER")) expect(isLeadFiler({ roles: [role], organizationId: LEAD }, alliance), role).toBe(false);
  });

  it("gives each state exactly its actions (七（二） editing, 八 running a filed alliance, member confirmation)", () => {
    const table = Object.fromEntries(
      STATES.map((state) => {
        const a = { leadOrgId: LEAD, state };
        return [state, [canEditFiling(filer(LEAD), a), canRunFiledAlliance(filer(LEAD), a), canIssueConfirmations(filer(LEAD), a)]];
      }),
    );
    expect(table).toEqual({
      DRAFT: [true, false, true],
      DIVISION_REVIEW: [false, false, true],
      RETURNED: [true, false, true],
      FORM_REVIEW: [false, false, true],
      MEETING: [false, false, true],
      FILING: [false, false, true],
      FILED: [false, true, true],
      REJECTED: [false, false, false],
      REVOKED: [false, false, true],
      DISSOLVED: [false, false, true],
    });
    for (const state of STATES) {
      const a = { leadOrgId: LEAD, state };
      expect([canEditFiling(filer("x"), a), canRunFiledAlliance(filer("x"), a), canIssueConfirmations(filer("x"), a)], state).toEqual([false, false, false]);
    }
  });
});
