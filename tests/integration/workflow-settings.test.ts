import { describe, expect, it } from "vitest";
import { getWorkflowSettings, settingsSchema } from "@/lib/settings/settings";
import { updateWorkflowSettings } from "@/lib/settings/update-settings";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";

const t = useTestDatabase();

describe("service times and notice period", () => {
  it("are changed only by the system administrator, validated, and audited with old and new values", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const secretary = await makeUser(t.prisma(), ["DEPARTMENT_SECRETARY"]);
    const before = await getWorkflowSettings();
    expect(before.noticeDays).toBe(7);
    const next = { ...before, "serviceDays.DIVISION_REVIEW": 20, noticeDays: 10 };
    expect(await codeOf(updateWorkflowSettings(secretary, next))).toBe("FORBIDDEN");
    await updateWorkflowSettings(admin, next);
    expect(await getWorkflowSettings()).toEqual(next);
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "settings.updated" } });
    expect(audit.summary).toEqual({ changes: { "serviceDays.DIVISION_REVIEW": { from: 15, to: 20 }, noticeDays: { from: 7, to: 10 } } });
    // A notice shorter than 5 days is refused with a message naming the setting.
    const bad = settingsSchema().safeParse({ ...next, noticeDays: 2 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("备案公示期（天）不能少于 5");
  });
});
