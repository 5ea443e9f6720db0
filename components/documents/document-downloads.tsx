// Links to a generated document as .docx and, where the server has LibreOffice, as PDF; without it,
// one line says why there is no PDF (server component: no client code).
export interface DownloadItem {
  label: string;
  /** The .docx route; the PDF is the same route with ?format=pdf. */
  href: string;
}

export function DocumentDownloads({ items, pdf, testId }: { items: DownloadItem[]; pdf: boolean; testId?: string }) {
  return (
    <div className="no-print" data-testid={testId}>
      <ul className="plain">
        {items.map((d) => (
          <li key={d.href}>
            {d.label}：<a href={d.href}>下载 .docx</a>
            {pdf && (
              <>
                　<a href={`${d.href}?format=pdf`}>下载 PDF</a>
              </>
            )}
          </li>
        ))}
      </ul>
      {!pdf && <p className="muted small">本服务器未安装 PDF 转换组件（LibreOffice），暂只提供 .docx 文件；可用 WPS 或 Word 打开后另存为 PDF。</p>}
    </div>
  );
}
