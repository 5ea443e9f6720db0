"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { createScheme, extendSchemeDue, publishScheme, updateScheme } from "@/lib/assessment/schemes";
import { ZSchemeDueInput, ZSchemeInput, ZSchemePublishInput, ZSchemeUpdateInput } from "@/lib/validation/assessment";
import { deleteDraftScheme } from "@/lib/assessment/delete-scheme";
import { sendReportRemindersNow } from "@/lib/assessment/remind-now";
import { ZDeleteSchemeInput, ZReportRemindersNowInput } from "@/lib/validation/corrections";

// 八（四）: only the service center sets and publishes the year's assessment scheme.
const roles = ["SERVICE_CENTER"] as const;

export const createSchemeAction = authedAction({ schema: ZSchemeInput, roles }, async (input, user) => (await createScheme(user, input)).id);

export const updateSchemeAction = authedAction({ schema: ZSchemeUpdateInput, roles }, async (input, user) => (await updateScheme(user, input)).version);

export const publishSchemeAction = authedAction({ schema: ZSchemePublishInput, roles }, async (input, user) => (await publishScheme(user, input)).notified);

export const extendSchemeDueAction = authedAction({ schema: ZSchemeDueInput, roles }, async (input, user) => (await extendSchemeDue(user, input)).version);

/** A scheme still in draft, deleted with a reason (issue 17 item 10). */
export const deleteSchemeAction = authedAction({ schema: ZDeleteSchemeInput, roles }, async (input, user) => (await deleteDraftScheme(user, input)).year);

/** Report reminders now, besides the hourly ones; never twice in a day to one alliance. */
export const sendReportRemindersAction = authedAction({ schema: ZReportRemindersNowInput, roles }, async (input, user) => sendReportRemindersNow(user, input));
