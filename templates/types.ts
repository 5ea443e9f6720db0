// Shapes of the annex templates (data, not code). Placeholders use {{key}} (lib/documents/fill.ts).

/**
 * One line inside an article: plain text; a （一）-level heading (楷体); or a line kept only when
 * the value named by `if` is non-empty (used for lines the original template lacks, see callers).
 */
export type Block = string | { readonly heading: string } | { readonly text: string; readonly if: string };

export interface Article {
  /** 第一条 */
  readonly no: string;
  readonly text: string;
  readonly blocks?: readonly Block[];
}

export interface Chapter {
  /** 第一章  总 则 (spacing as in the policy text). */
  readonly title: string;
  readonly articles: readonly Article[];
}

export interface ArticleTemplate {
  /** 附件2 */
  readonly annex: string;
  readonly title: string;
  readonly preamble: readonly string[];
  readonly chapters: readonly Chapter[];
}
