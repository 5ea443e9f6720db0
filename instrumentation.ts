// Next.js calls register() once per server process; the email retry timer belongs to the Node.js one.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startEmailRetryTimer } = await import("./lib/notifications/email");
    startEmailRetryTimer();
  }
}
