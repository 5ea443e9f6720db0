// The alliance page's downloads: the certificate (when filed) and 附件1-3 for everyone who may see
// the alliance (the filer, its reviewers, the secretary, the institute, the service center; the
// routes check the same scope). PDF beside .docx where the server has LibreOffice.
import { isPdfAvailable } from "@/lib/documents/pdf";
import { configuredPublicBase } from "@/lib/review/certificate";
import { DocumentDownloads } from "./document-downloads";

export async function CertificateDownloads({ allianceId, staff }: { allianceId: string; staff: boolean }) {
  const pdf = await isPdfAvailable();
  return (
    <>
      <p className="no-print">
        <a className="button secondary" href={`/api/alliances/${allianceId}/certificate`}>
          下载备案证明（.docx）
        </a>
        {pdf && (
          <>
            　
            <a className="button secondary" href={`/api/alliances/${allianceId}/certificate?format=pdf`}>
              下载备案证明（PDF）
            </a>
          </>
        )}
      </p>
      {staff && !configuredPublicBase() && (
        <p className="alert warn no-print" role="status">
          本平台未设置公开访问地址（PUBLIC_BASE_URL），备案证明上不印核验网址和二维码，只印验证码。请系统管理员在部署配置中设置后重启。
        </p>
      )}
    </>
  );
}

export async function GeneratedDocuments({ allianceId }: { allianceId: string }) {
  const pdf = await isPdfAvailable();
  const href = (doc: string) => `/api/alliances/${allianceId}/generated/${doc}`;
  return (
    <section className="card no-print" aria-labelledby="gen-h">
      <h2 id="gen-h">生成文件</h2>
      <p className="muted small">按当前申报内容生成；附件1的四、五栏按已记录的审核意见填写。</p>
      <DocumentDownloads
        pdf={pdf}
        testId="generated-documents"
        items={[
          { label: "申报（备案）表（附件1）", href: href("annex1") },
          { label: "联盟章程（附件2）", href: href("charter") },
          { label: "合作协议书（附件3）", href: href("agreement") },
        ]}
      />
    </section>
  );
}
