import "server-only";
import { inLocale } from "../i18n/server-text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { fieldErrorsOf } from "../actions/safe-action";
import { blockingResults } from "../rules/filing-rules";
import { ZFilingStrictFields } from "../validation/filing";
import { EDITABLE_STATES, editableWhere } from "./editable";
import { toDraftFields } from "./to-form";
import { checkStoredFiling } from "./check-filing";
import { ZRuleReport } from "../rules/schema";
import { toJsonColumn } from "../validation/json-column";
import { ZApplicationSnapshot, buildSnapshot } from "./snapshot";
import { checkTransition } from "../workflow";
import { notifyForState } from "../review/recipients";
import { transitionFacts } from "../review/facts";
import { scheduleEmailDispatch } from "../notifications/email";
import { text } from "../i18n/text";

/**
 * 七（二）: submits the stored draft. The server checks it again in full (strict fields and every
 * hard rule), then freezes it as the next application version; later edits only after a return.
 */
export async function submitFiling(user: SessionUser, input: { allianceId: string; version: number }) {
  const result = await db().$transaction(async (tx) => {
    const alliance = await tx.alliance.findFirst({
      where: editableWhere(user, input.allianceId),
      include: {
        leadOrg: true,
        industry: true,
        memberships: { where: { leftOn: null }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { organization: true } },
        documents: { include: { versions: { orderBy: { versionNo: "desc" }, take: 1 } } },
      },
    });
    if (!alliance) throw new AppError("NOT_FOUND");
    if (!EDITABLE_STATES.includes(alliance.state)) throw new AppError("CONFLICT", undefined, { _form: [text("filing.alreadySubmitted")] });
    if (alliance.version !== input.version) throw new AppError("CONFLICT");

    const fields = toDraftFields(alliance);
    const strict = ZFilingStrictFields.safeParse(fields);
    const { results, attached } = checkStoredFiling(alliance, fields);
    // Every problem at once: the field messages and each failed hard rule with its clause.
    const blocking = blockingResults(results);
    if (!strict.success || blocking.length) {
      const errors = strict.success ? {} : fieldErrorsOf(strict.error);
      if (blocking.length) errors._form = blocking.map((r) => text("filing.ruleProblem", { title: r.title, clause: r.clause, message: r.message }));
      throw new AppError("INVALID_INPUT", undefined, errors);
    }

    // The same state machine as every review action; a resubmission goes back to the stage that returned it.
    const transition = alliance.state === "RETURNED" ? "RESUBMIT" : "SUBMIT";
    const check = checkTransition({ state: alliance.state, transition, roles: user.roles, context: transitionFacts(user, alliance) });
    if (!check.ok) throw new AppError("CONFLICT", undefined, { _form: [check.reason] });
    const next = check.to;
    const versionNo = alliance.currentVersionNo + 1;
    const { count } = await tx.alliance.updateMany({
      where: { id: alliance.id, version: input.version, state: { in: EDITABLE_STATES } },
      data: { state: next, stateSince: new Date(), returnedFrom: null, currentVersionNo: versionNo, submittedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const snapshot = buildSnapshot(alliance, fields, attached);
    await tx.applicationVersion.create({
      data: {
        allianceId: alliance.id,
        versionNo,
        snapshot: toJsonColumn(ZApplicationSnapshot, snapshot),
        // The stored report is Chinese whoever submits (it is read by every reviewer and printed in the packet).
        ruleReport: toJsonColumn(
          ZRuleReport,
          inLocale("zh-CN", () => checkStoredFiling(alliance, fields).results),
        ),
        submittedById: user.id,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "alliance.submitted",
      entityType: "Alliance",
      entityId: alliance.id,
      summary: { versionNo, state: next, transition },
    });
    // The notification is stored and read by reviewers: its action name stays as recorded (lib/review/recipients.ts).
    await notifyForState(tx, { ...alliance, state: next }, transition === "RESUBMIT" ? "重新提交" : "提交申报", user.id); // i18n-data
    return { versionNo, state: next };
  });
  scheduleEmailDispatch();
  return result;
}
