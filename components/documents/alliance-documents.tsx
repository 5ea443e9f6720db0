// The alliance page's downloads: the certificate (when filed) and 附件1-3 for everyone who may see
// the alliance (the filer, its reviewers, the secretary, the institute, the service center; the
// routes check the same scope). PDF beside .docx where the server has LibreOffice.
import { getTranslations } from "next-intl/server";
import { isPdfAvailable } from "@/lib/documents/pdf";
import { configuredPublicBase } from "@/lib/review/certificate";
import { DocumentDownloads } from "./document-downloads";

export async function CertificateDownloads({ allianceId, staff }: { allianceId: string; staff: boolean }) {
  const pdf = await isPdfAvailable();
  const t = await getTranslations("documentsUi");
  return (
    <>
      <p className="no-print">
        <a className="button secondary" href={`/api/alliances/${allianceId}/certificate`}>
          {t("certificateDocx")}
        </a>
        {pdf && (
          <>
            {t("gap")}
            <a className="button secondary" href={`/api/alliances/${allianceId}/certificate?format=pdf`}>
              {t("certificatePdf")}
            </a>
          </>
        )}
      </p>
      {staff && !configuredPublicBase() && (
        <p className="alert warn no-print" role="status">
          {t("noPublicBase")}
        </p>
      )}
    </>
  );
}

export async function GeneratedDocuments({ allianceId }: { allianceId: string }) {
  const pdf = await isPdfAvailable();
  const t = await getTranslations("documentsUi");
  const href = (doc: string) => `/api/alliances/${allianceId}/generated/${doc}`;
  return (
    <section className="card no-print" aria-labelledby="gen-h">
      <h2 id="gen-h">{t("generatedHeading")}</h2>
      <p className="muted small">{t("generatedNote")}</p>
      <DocumentDownloads
        pdf={pdf}
        testId="generated-documents"
        items={[
          { label: t("annex1"), href: href("annex1") },
          { label: t("charter"), href: href("charter") },
          { label: t("agreement"), href: href("agreement") },
        ]}
      />
    </section>
  );
}
