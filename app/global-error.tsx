"use client";

// Last resort when the root layout itself fails: no providers are available, so plain Chinese text.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: 40 }}>
        <h1>系统出现问题</h1>
        <p>系统暂时无法处理您的请求，已记录该问题。请稍后重试。</p>
        {error.digest && <p>#{error.digest}</p>}
        <button type="button" onClick={reset}>
          重试
        </button>
      </body>
    </html>
  );
}
