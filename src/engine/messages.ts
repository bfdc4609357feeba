import type { Finding } from './findings/types';

/**
 * Structured text the engine produces; words come from `src/i18n` through an injected `Messages`.
 * Keeping words out of the engine lets zh-CN and en render the same plan.
 */
export interface Explanation {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number | null>>;
  /** Why, when this explanation wraps another (rendered into the `{cause}` placeholder). */
  readonly cause?: Explanation;
}

/** Implemented by `src/i18n`; hosts pass it to `analyzeWorkbook`. */
export interface Messages {
  readonly lang: string;
  finding(f: Finding): string;
  explanation(e: Explanation): string;
  /** Fixed labels: column headers, results-sheet captions, legend. */
  label(key: string, params?: Readonly<Record<string, string | number | null>>): string;
}
