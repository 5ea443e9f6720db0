import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { LocaleSync } from "@/components/ui/locale-sync";
import { pageMessages, type PageFile } from "./client-namespaces";

/**
 * Every page's default export: the page inside a provider of the catalogue paths its own client modules read
 * (lib/i18n/client-namespaces.json, worked out from the code). The root layout's provider holds only the shell's
 * paths; a page's provider replaces it for what the page renders, and LocaleSync hands the same messages to
 * text() (zod messages checked in the browser). `file` is the page's own path: npm run lint checks it.
 */
export function withPageText<P extends object>(file: PageFile, Page: (props: P) => ReactNode | Promise<ReactNode>) {
  async function PageWithText(props: P) {
    const messages = pageMessages(await getMessages(), file);
    if (!messages) return <Page {...props} />;
    return (
      <NextIntlClientProvider messages={messages}>
        <LocaleSync />
        <Page {...props} />
      </NextIntlClientProvider>
    );
  }
  return PageWithText;
}
