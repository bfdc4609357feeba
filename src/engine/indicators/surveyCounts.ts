import type { NormalizedValue } from '../grid/value';
import { PART_OF_WHOLE, SURVEY_COUNT_WORDS, SURVEY_GRADES, SURVEY_UNITS } from '../rules/actualWords';

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
  if (satisfied === null || base == null || base <= 0 || satisfied > base) return partRate(actual);
  return shareOf(text, satisfied, base);
}

function shareOf(text: string, part: number, whole: number): NormalizedValue {
  const value = Math.round((part / whole) * 1e6) / 1e4;
  return { kind: 'number', value, percent: true, unit: null, op: null, text: `${text.trim()} = ${value}%` };
}

/** A count's label, its (last) number and unit: `稳定就业6个月以上178人` → 稳定就业6个月以上, 178, 人. */
const COUNT = /^(.*?)(\d[\d,]*(?:\.\d+)?)(\D{0,3})$/u;

/**
 * `应结算4,000人次，已结算3,720人次`, `就业212人，稳定就业6个月以上178人`: two counts in one unit, the
 * second a part of the first (its label holds the first's, or says 已 / 其中), as the part's share.
 */
function partRate(actual: Extract<NormalizedValue, { kind: 'text' }>): NormalizedValue {
  // a comma inside 4,000 separates thousands, not the two counts
  const parts = actual.text.trim().split(/[，；;]|,(?!\d{3})/u);
  if (parts.length !== 2) return actual;
  const [whole, part] = parts.map((p) => COUNT.exec(p.trim()));
  if (!whole || !part || whole[3] !== part[3] || whole[3] === '') return actual;
  const [w, p] = [Number(whole[2]!.replace(/,/g, '')), Number(part[2]!.replace(/,/g, ''))];
  // 计划5项 is a whole of whatever is counted after it; 就业212人 of a count that names 就业 again
  const core = stripFirst(whole[1]!, PART_OF_WHOLE.whole);
  const partLabel = part[1]!;
  const related =
    core === ''
      ? whole[1] !== ''
      : partLabel.includes(core) || PART_OF_WHOLE.part.some((x) => partLabel.startsWith(x));
  // 完成3项，未完成2项: the rest, not a part
  const negated = PART_OF_WHOLE.not.some((x) => partLabel.includes(x));
  return related && !negated && w > 0 && p <= w ? shareOf(actual.text, p, w) : actual;
}

function stripFirst(label: string, words: readonly string[]): string {
  const w = words.find((x) => label.startsWith(x));
  return w ? label.slice(w.length) : label;
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
