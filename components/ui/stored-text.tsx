import { useLocale } from "next-intl";

const CJK = /[\u3400-\u9fff]/;

/**
 * Text kept as it was written (a notice, a stored rule warning): on a page in another language, Chinese text is
 * marked lang="zh-CN" (WCAG 3.1.2, language of parts), so a screen reader reads it with a Chinese voice.
 */
export function StoredText({ text, className }: { text: string; className?: string }) {
  const locale = useLocale();
  if (locale === "zh-CN" || !CJK.test(text)) return className ? <span className={className}>{text}</span> : <>{text}</>;
  return (
    <span lang="zh-CN" className={className}>
      {text}
    </span>
  );
}
