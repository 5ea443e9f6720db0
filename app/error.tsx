"use client";

import { useTranslations } from "next-intl";

// Server errors reach the user as this page: the details stay in the server log (digest links them).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("pages");
  return (
    <main id="main" className="card" style={{ maxWidth: 640, marginTop: 60 }}>
      <h1>{t("error")}</h1>
      <p>{t("errorText")}</p>
      {error.digest && <p className="muted small">#{error.digest}</p>}
      <div className="actions">
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>
        <a href="/">{t("backHome")}</a>
      </div>
    </main>
  );
}
