import "server-only";
import { inLocale } from "../i18n/server-text";

/**
 * Text written into the database (notification titles and bodies, a revocation's reason, an assessment's comment,
 * an evidence file's fallback name, audit summaries) stays Chinese, as it was stored before issue 18, whatever the
 * language of the request that writes it: one row is read by several people, each in their own language.
 * `fn` builds the text with text() (and labels such as GRADE_LABELS), all read inside the Chinese context.
 */
export function storedText(fn: () => string): string {
  return inLocale("zh-CN", fn);
}
