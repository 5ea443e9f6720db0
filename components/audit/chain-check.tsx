import type { ChainReport } from "@/lib/audit/verify";
import { formatDate } from "@/components/ui/format";

/** 核验审计链: the form (with an optional head written down earlier) and, once run, its result. */
export function ChainCheck({
  report,
  head,
  headError,
  retentionDays,
  oldestAt,
}: {
  report: ChainReport | null;
  head: string;
  headError: boolean;
  retentionDays: number;
  oldestAt: Date | null;
}) {
  return (
    <section className="card" aria-labelledby="chain-h">
      <h2 id="chain-h">审计链核验与保存期限</h2>
      <p>
        审计记录保存期限：<strong>{retentionDays} 天</strong>（不少于 184 天，由安全管理员设置；记录只可追加，平台不删除）。
        {oldestAt && <>最早一条记录：{formatDate(oldestAt)}。</>}
      </p>
      <p className="muted small">
        每条审计记录都带有前一条记录的哈希。核验逐条重新计算哈希，可发现被修改、删除、插入或调换顺序的记录。链尾被整段删除时剩下的链仍然自洽，因此请把核验后显示的链头（序号:哈希）另行记录，下次核验时填入。
      </p>
      <form className="filters" method="get">
        <input type="hidden" name="verify" value="1" />
        <div className="field">
          <label htmlFor="head">此前记下的链头（可选，格式：序号:哈希）</label>
          <input
            id="head"
            name="head"
            defaultValue={head}
            size={40}
            aria-invalid={headError || undefined}
            aria-describedby={headError ? "head-error" : undefined}
          />
          {headError && (
            <p id="head-error" className="error">
              链头格式应为“序号:64 位十六进制哈希”，例如 1200:3f5a…
            </p>
          )}
        </div>
        <button type="submit">核验审计链</button>
      </form>
      {report && (
        <div className={report.ok ? "alert ok" : "alert error"} role="status" data-testid="chain-result">
          {report.ok ? (
            <p>
              审计链完整：已核验 {report.count} 条记录{head && "，此前记下的链头仍在链中且未被改动"}。
            </p>
          ) : (
            <p>
              <strong>审计链核验未通过。</strong>
            </p>
          )}
          {report.firstBad && (
            <p>
              {report.firstBad.problem}
              {report.firstBad.id && `（记录编号 ${report.firstBad.id}）`}。此前 {report.count} 条记录完好。
            </p>
          )}
          {report.disabledTriggers.map((name) => (
            <p key={name}>审计表的保护触发器 {name} 已被停用。</p>
          ))}
          <p className="small">
            当前链头：
            <code>
              {report.headSeq}:{report.headHash}
            </code>
          </p>
        </div>
      )}
    </section>
  );
}
