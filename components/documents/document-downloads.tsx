import { useTranslations } from "next-intl";

// Links to a generated document as .docx and, where the server has LibreOffice, as PDF; without it,
// one line says why there is no PDF (server component: no client code).
export interface DownloadItem {
  label: string;
  /** The .docx route; the PDF is the same route with ?format=pdf. */
  href: string;
}

export function DocumentDownloads({ items, pdf, testId }: { items: DownloadItem[]; pdf: boolean; testId?: string }) {
  const t = useTranslations("documentsUi");
  return (
    <div className="no-print" data-testid={testId}>
      <ul className="plain">
        {items.map((d) => (
          <li key={d.href}>
            {t("itemLabel", { label: d.label })}
            <a href={d.href}>{t("downloadDocx")}</a>
            {pdf && (
              <>
                {t("gap")}
                <a href={`${d.href}?format=pdf`}>{t("downloadPdf")}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      {!pdf && <p className="muted small">{t("noPdf")}</p>}
    </div>
  );
}
