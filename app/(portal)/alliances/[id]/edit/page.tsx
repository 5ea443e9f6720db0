import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getFilingForEdit } from "@/lib/filing/get-filing-for-edit";
import { ATTACHMENT_KINDS, ATTACHMENT_TITLES } from "@/lib/filing/upload-attachment";
import { FilingEditor } from "@/components/filing/filing-editor";
import { AttachmentsPanel } from "@/components/filing/attachments-panel";

export default async function EditFilingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(["ENTERPRISE_FILER"]);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { alliance, editable, fields } = await getFilingForEdit(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations();
  const docs = alliance.documents.filter((d) => d.versions.length > 0);
  const rows = ATTACHMENT_KINDS.map((kind) => {
    const doc = docs.filter((d) => d.kind === kind).at(-1);
    const v = doc?.versions[0];
    return { kind, title: ATTACHMENT_TITLES[kind], required: kind !== "OTHER", latest: v ? { versionId: v.id, fileName: v.fileName, versionNo: v.versionNo } : null };
  });
  return (
    <>
      <p><Link href={`/alliances/${alliance.id}`}>← {alliance.name}</Link></p>
      <h1>{t("filing.heading", { name: alliance.name })}</h1>
      {!editable && <p className="alert info">{t("filing.readonly", { state: t(`states.${alliance.state}`) })}</p>}
      {editable && <p className="muted">{t("filing.intro")}</p>}
      {alliance.fieldComments.length > 0 && (
        <section className="alert warn" aria-labelledby="comments-h">
          <h2 id="comments-h">{t("filing.comments")}</h2>
          <ul>{alliance.fieldComments.map((c) => <li key={c.id}><strong>{c.fieldPath}</strong>：{c.text}</li>)}</ul>
        </section>
      )}
      <FilingEditor
        allianceId={alliance.id}
        version={alliance.version}
        initial={fields}
        kind={alliance.kind}
        industry={{ code: alliance.industry.code, name: alliance.industry.name, clause: alliance.industry.clause, subFields: alliance.industry.subFields }}
        leadCreditCode={alliance.leadOrg.creditCode}
        attachmentKinds={docs.map((d) => d.kind)}
        editable={editable}
      />
      <AttachmentsPanel allianceId={alliance.id} rows={rows} editable={editable} />
    </>
  );
}
