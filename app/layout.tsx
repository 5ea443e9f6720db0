import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
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
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <LocaleSync />
          {children}
          <ScrollRegions />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
