import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { navFor } from "@/lib/auth/nav";
import { env } from "@/lib/env";
import { LogoutButton } from "@/components/auth/logout-button";
import { SessionKeepAlive } from "@/components/auth/session-keepalive";
import { NavLinks } from "@/components/ui/nav-links";
import { SiteHeader } from "@/components/ui/site-header";
import { unreadCount } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Each page checks access again for itself; the layout only needs someone signed in.
  const user = await requirePageUser(undefined, { allowMustChange: true });
  const t = await getTranslations();
  const nav = navFor(user.roles);
  const unread = nav.some((n) => n.key === "notifications") ? await unreadCount(user) : 0;
  const items = nav.map((n) => ({
    href: n.href,
    label: n.key === "notifications" && unread > 0 ? t("nav.notificationsUnread", { count: unread }) : t(`nav.${n.key}`),
  }));
  return (
    <>
      <SiteHeader home="/">
        <div className="who">
          <div>{t("shell.signedInAs", { name: user.displayName, username: user.username })}</div>
          <div>{user.roles.map((r) => t(`roles.${r}`)).join(t("shell.listSeparator"))}</div>
        </div>
        <LogoutButton label={t("nav.logout")} />
      </SiteHeader>
      <nav className="nav" aria-label={t("nav.label")}>
        <NavLinks items={items} />
      </nav>
      <main id="main">{children}</main>
      <footer>
        {t("app.footer")} · {t("app.policy")}
      </footer>
      <SessionKeepAlive idleMinutes={env().SESSION_IDLE_MINUTES} />
    </>
  );
}
