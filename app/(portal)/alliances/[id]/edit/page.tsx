import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getFilingForEdit } from "@/lib/filing/get-filing-for-edit";
import { ATTACHMENT_KINDS, attachmentTitle } from "@/lib/filing/upload-attachment";
import { FilingEditor } from "@/components/filing/filing-editor";
import { AttachmentsPanel } from "@/components/filing/attachments-panel";
import { NotesProvider, type InlineNote } from "@/components/review/inline-notes";
import { findReturnNotes } from "@/lib/review/page-data";
import { findRejectionReasons } from "@/lib/filing/refile";
import { RefilePanel } from "@/components/filing/refile-panel";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("edit"));
}

async function EditFilingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(["ENTERPRISE_FILER"]);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { alliance, editable, fields } = await getFilingForEdit(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations();
  const [{ comments, returnOpinion }, source] = await Promise.all([
    findReturnNotes(user, alliance),
    alliance.refiledFromId ? findRejectionReasons(user, alliance.refiledFromId) : Promise.resolve(null),
  ]);
  const notes: Record<string, InlineNote[]> = {};
  for (const c of comments) (notes[c.fieldPath] ??= []).push({ id: c.id, text: c.text, authorName: c.authorName });
  const docs = alliance.documents.filter((d) => d.versions.length > 0);
  const rows = ATTACHMENT_KINDS.map((kind) => {
    const doc = docs.filter((d) => d.kind === kind).at(-1);
    const v = doc?.versions[0];
    return {
      kind,
      title: attachmentTitle(kind),
      required: kind !== "OTHER",
      latest: v ? { versionId: v.id, fileName: v.fileName, versionNo: v.versionNo } : null,
    };
  });
  return (
    <>
      <p className="back-link no-print">
        <Link href={`/alliances/${alliance.id}`}>← {alliance.name}</Link>
      </p>
      <h1>{t("filing.heading", { name: alliance.name })}</h1>
      {!editable && <p className="alert info">{t("filing.readonly", { state: t(`states.${alliance.state}`) })}</p>}
      {editable && <p className="muted">{t("filing.intro")}</p>}
      {source && <RefilePanel refiling={{ refiledAs: null, rejected: null, source, canRefile: false }} allianceId={alliance.id} />}
      {returnOpinion && (
        <div className="alert warn" role="status" data-testid="return-opinion">
          {t.rich("filing.returnOpinion", {
            unit: returnOpinion.unit,
            opinion: returnOpinion.opinion,
            strong: (c) => <strong>{c}</strong>,
          })}
          {comments.length > 0 && (
            <div className="small">
              {t("filing.returnComments", { count: comments.length, fields: comments.map((c) => c.label).join(t("filing.listSeparator")) })}
            </div>
          )}
        </div>
      )}
      <NotesProvider notes={notes}>
        <FilingEditor
          allianceId={alliance.id}
          version={alliance.version}
          initial={fields}
          kind={alliance.kind}
          industry={{
            code: alliance.industry.code,
            shownName: industryName(alliance.industry),
            clause: alliance.industry.clause,
            subFields: alliance.industry.subFields,
          }}
          leadCreditCode={alliance.leadOrg.creditCode}
          attachmentKinds={docs.map((d) => d.kind)}
          editable={editable}
        />
      </NotesProvider>
      {(["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN"] as const)
        .flatMap((k) => notes[`document:${k}`] ?? [])
        .map((n) => (
          <p key={n.id} className="alert warn small">
            {t("filing.attachmentNote", { author: n.authorName, text: n.text })}
          </p>
        ))}
      <AttachmentsPanel allianceId={alliance.id} rows={rows} editable={editable} />
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/edit/page.tsx", EditFilingPage);
