// Tiny placeholder syntax for the annex templates: {{key}}. A missing value throws, so an
// unfilled placeholder (or the template's XX) can never reach a generated document.

export type FillValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Blank line left for completion by hand, where we have no data (never "XX"). */
export const BLANK = "＿＿＿＿";

export class MissingPlaceholderError extends Error {
  constructor(
    public readonly key: string,
    template: string,
  ) {
    super(`No value for placeholder {{${key}}} in: ${template.slice(0, 80)}`);
    this.name = "MissingPlaceholderError";
  }
}

export function fill(text: string, values: FillValues): string {
  // One pass with a replacer: values are inserted verbatim and never re-scanned.
  const out = text.replace(PLACEHOLDER, (_m, key: string) => {
    const v = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
    if (v === undefined || v === null) throw new MissingPlaceholderError(key, text);
    return String(v);
  });
  // A malformed placeholder (e.g. "{{ key" or "{{中文}}") would survive the regex: refuse it.
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ""))) {
    throw new Error(`Malformed placeholder in template: ${text.slice(0, 80)}`);
  }
  return out;
}

/** Placeholder keys used by a template string (for tests and callers that check coverage). */
export function placeholderKeys(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

/** The value, or the hand-completion blank when it is empty. */
export function orBlank(value: string | null | undefined): string {
  const v = value?.trim();
  return v ? v : BLANK;
}
