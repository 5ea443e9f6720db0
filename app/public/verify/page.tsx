import { headers } from "next/headers";
import { verifyCertificate } from "@/lib/public/notices";
import { clientIpOf } from "@/lib/auth/session";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge } from "@/components/public/notice-status";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "备案证明验证" };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const code = (await searchParams).code?.slice(0, 40) ?? "";
  // Codes are guessable only by brute force: each address gets a limited number of lookups.
  const limited = code ? !(await hitRateLimit("publicVerify", clientIpOf(await headers()) ?? "unknown")).allowed : false;
  const found = code && !limited ? await verifyCertificate(code) : null;
  return (
    <>
      <h1>备案证明核验</h1>
      <form className="card filters" method="get" role="search">
        <div className="field">
          <label htmlFor="code">验证码</label>
          <input id="code" name="code" defaultValue={code} placeholder="如 ABCD-EFGH-JKMN" autoComplete="off" />
        </div>
        <button type="submit">核验</button>
      </form>
      {limited && (
        <p className="alert error" role="alert">
          核验次数过多，请 10 分钟后再试。
        </p>
      )}
      {code && !limited && !found && (
        <p className="alert error" role="alert">
          未找到与验证码“{code}”对应的备案证明，请核对后重新输入（验证码不区分大小写，由 12 位字母和数字组成）。
        </p>
      )}
      {found && (
        <section className="card" aria-labelledby="ok-h" data-testid="verify-result">
          <h2 id="ok-h">
            核验结果：{found.status === "REVOKED" || found.status === "DISSOLVED" ? "该备案证明真实，但联盟备案已失效" : "该备案证明真实有效"}{" "}
            <NoticeStatusBadge status={found.status} />
          </h2>
          <table className="kv">
            <tbody>
              <tr>
                <th scope="row">联盟名称</th>
                <td>{found.alliance.name}</td>
              </tr>
              <tr>
                <th scope="row">牵头单位</th>
                <td>{found.alliance.leadOrg.name}</td>
              </tr>
              <tr>
                <th scope="row">备案编号</th>
                <td className="filing-no">{found.number}</td>
              </tr>
              <tr>
                <th scope="row">备案日期</th>
                <td className="nowrap">{formatDate(found.filedAt)}</td>
              </tr>
            </tbody>
          </table>
          {found.status === "REVOKED" && <p className="alert warn">该联盟的备案已被取消（八（四）），证明不再有效。</p>}
        </section>
      )}
    </>
  );
}
