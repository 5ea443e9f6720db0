import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { shellMessages } from "@/lib/i18n/client-namespaces";
import { ScrollRegions } from "@/components/ui/scroll-regions";
import { LocaleSync } from "@/components/ui/locale-sync";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  // Each page names itself ("审核队列 - 吉林省…"), so tabs, history and screen readers tell pages apart.
  return {
    title: { template: `%s - ${t("title")}`, default: t("title") },
    description: t("policy"),
    icons: {
      icon: [
        { url: "/favicon.svg", type: "image/svg+xml" },
        { url: "/favicon.ico", sizes: "32x32" },
      ],
    },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) must reach Next's scripts.
  await headers();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body>
        {/* Only the paths the layouts' and error views' client code reads (lib/i18n/client-namespaces.ts); each
            page brings its own (withPageText). Without `messages` the provider hands every page the whole catalogue. */}
        <NextIntlClientProvider messages={shellMessages(messages)}>
          <LocaleSync />
          {children}
          <ScrollRegions />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
