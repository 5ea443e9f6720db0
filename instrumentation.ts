// Next.js calls register() once per server process; the timers belong to the Node.js one.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // text() outside a request (mail, reminders) answers in Chinese unless told otherwise.
    await import("./lib/i18n/server-text");
    const { startEmailRetryTimer } = await import("./lib/notifications/email");
    startEmailRetryTimer();
    const { startReminderTimer } = await import("./lib/scheduler/reminders");
    startReminderTimer();
    const { warnWithoutPublicAddress } = await import("./lib/documents/public-address-check");
    warnWithoutPublicAddress();
  }
}
