import QRCode from "qrcode";
import { requirePageUser } from "@/lib/auth/session";
import { ownTotpStatus } from "@/lib/auth/totp-enrollment";
import { formatDate } from "@/components/ui/format";
import { TotpConfirmForm } from "@/components/account/totp-confirm-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "绑定动态口令" };

export const dynamic = "force-dynamic";

export default async function TwoFactorPage() {
  const user = await requirePageUser(undefined, { allowMustChange: true });
  const status = await ownTotpStatus(user);
  return (
    <>
      <h1>双因素登录（动态口令）</h1>
      {status.state === "NOT_REQUIRED" && (
        <p className="alert info" role="status">
          您的账户使用密码登录，不需要动态口令。
        </p>
      )}
      {status.state === "ENABLED" && (
        <p className="alert ok" role="status">
          已于 {formatDate(status.since)} 启用双因素登录。登录时需要输入密码和身份验证器中的 6 位动态口令。手机丢失时请联系系统管理员重置。
        </p>
      )}
      {status.state === "PENDING" && (
        <>
          <p className="alert warn" role="status">
            审核人员和管理员须使用密码和动态口令两种方式登录（GB/T 22239-2019 8.1.4.1 d）。请先完成以下设置，之后才能使用平台其他功能。
          </p>
          <div className="card stack">
            <h2>第一步：在手机上添加账户</h2>
            <p>
              用身份验证器应用（如微信小程序“腾讯身份验证器”、Microsoft Authenticator、FreeOTP）扫描二维码；无法扫描时，手动输入下面的密钥（基于时间，30 秒，6
              位）。
            </p>
            <div
              className="totp-qr"
              role="img"
              aria-label="动态口令二维码"
              dangerouslySetInnerHTML={{ __html: await QRCode.toString(status.uri, { type: "svg", margin: 1, width: 200, errorCorrectionLevel: "M" }) }}
            />
            <p>
              密钥：
              <code data-testid="totp-secret" className="totp-secret">
                {status.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </p>
            <h2>第二步：输入验证器显示的动态口令</h2>
            <TotpConfirmForm />
          </div>
        </>
      )}
    </>
  );
}
