import type { NormalizedValue } from '../grid/value';
import { SURVEY_COUNT_WORDS, SURVEY_GRADES, SURVEY_UNITS } from '../rules/actualWords';

/**
 * An actual written as a survey's counts, against a percent target (`满意度≥90%`): the satisfied
 * share, shown with the counts it comes from (`…满意432份 = 90%`). Anything else is left as it is,
 * and so is a text with graded answers (非常满意 / 比较满意 …), which the plain count cannot settle.
 */
export function surveyRate(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number' || !target.percent) return actual;
  const text = actual.text;
  if (SURVEY_GRADES.some((g) => text.includes(g))) return actual;
  const satisfied = countAfter(text, SURVEY_COUNT_WORDS.satisfied);
  const base = SURVEY_COUNT_WORDS.base.map((words) => countAfter(text, words)).find((n) => n !== null);
  if (satisfied === null || base == null || base <= 0 || satisfied > base) return actual;
  const value = Math.round((satisfied / base) * 1e6) / 1e4;
  return { kind: 'number', value, percent: true, unit: null, op: null, text: `${text.trim()} = ${value}%` };
}

/** The one count written right after one of `words` (`满意432份`); null when none or several. */
function countAfter(text: string, words: readonly string[]): number | null {
  // by where the digits are: `调查问卷发放500份` names the same 500 after 调查 and after 发放
  const found = new Map<number, number>();
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const count = countAt(text, at + word.length);
      if (count) found.set(count.at, count.n);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** `432份` (a few characters allowed before the digits: `问卷`, `数`, `：`). */
function countAt(text: string, from: number): { n: number; at: number } | null {
  const m = /^(\D{0,4}?)(\d+)\s*(\S{1,2})/.exec(text.slice(from));
  if (!m || !SURVEY_UNITS.some((u) => m[3]!.startsWith(u))) return null;
  return { n: Number(m[2]), at: from + m[1]!.length };
}
