/**
 * The clauses of an actual written as a sentence and the counts in them: what incidentClause.ts and
 * leftUndone.ts read sentences by.
 */
import { BRACKETED_REMARK } from './actualWords';
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral } from '../grid/chineseNumerals';
import { DATE_IN_TEXT, EACH_OF, EVENT_UNITS, LIST_BREAK } from './sentenceWords';
import { MEASURE_FIGURE } from './units';

/** Clause breaks of an actual written as a sentence (its bracketed remarks left out first). */
export const BREAKS = /[，,；;。]/u;
export const NUMBER = /\d+(?:\.\d+)?/u;
/** Clause breaks of a rule text (its line breaks too). */
export const RULE_BREAKS = /[，,；;。\n]/u;

/** A count and the unit after it (`2批次` → 2, 批次). */
export const COUNT_WITH_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)([^\\d${LIST_BREAK}]{0,2})`, 'gu');

export interface Count {
  readonly n: number;
  readonly unit: string;
}

/** A clause's counts with the unit after each (`2批次5人次` → 2 批次, 5 人次). */
export function countsIn(clause: string): Count[] {
  return [...clause.matchAll(COUNT_WITH_UNIT)].map((m) => ({ n: Number(m[1]), unit: m[2]! }));
}

export const sum = (counts: readonly { n: number }[]): number => counts.reduce((t, c) => t + c.n, 0);

/**
 * The clauses of a sentence without its bracketed remarks, dates (`9月5日`) and spans of time or money
 * (`全年12个月`), none empty; `times`: how many things its count is each of (`3月、8月各迟报1次` is 2).
 */
export function clausesOf(text: string): { clause: string; times: number }[] {
  return text
    .replace(BRACKETED_REMARK, '')
    .replaceAll(/(\d),(\d{3})/gu, '$1$2')
    .split(BREAKS)
    .map((raw) => {
      const at = raw.indexOf(EACH_OF);
      const listed = at < 0 ? 1 : raw.slice(0, at).split(LIST_BREAK).length;
      const clause = inDigits(raw.replace(DATE_IN_TEXT, '').replace(MEASURE_FIGURE, '').trim());
      return { clause, times: listed };
    })
    .filter((p) => p.clause !== '');
}

const NUMERAL_COUNT = new RegExp(
  `(${CHINESE_NUMERAL_CLASS}+)(${EVENT_UNITS.join('|')})(?=$|${LIST_BREAK}|\\d)`,
  'gu',
);

/**
 * `一般性差错三起` → `一般性差错3起`: counts in Chinese numerals ending the clause or a part of its list,
 * in digits (`一起开展` is together, not a count).
 */
function inDigits(clause: string): string {
  return clause.replace(NUMERAL_COUNT, (whole, numeral: string, unit: string) => {
    const n = parseChineseNumeral(numeral);
    return n === null ? whole : `${n}${unit}`;
  });
}
