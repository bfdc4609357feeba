/**
 * Spans of days a sentence gives (`预算批复后第15日公开，决算批复后第18日公开`, `均在收到资金后25日内拨付到位`)
 * against a target that is a limit in days (`批复后20日内`, `20天`): all within it meets it, one past it
 * misses it. Days of a date (`12月31日`) or an average (`平均42日`) are no span, and a sentence with any
 * other figure (`超期2件`) says more than its spans.
 */
import type { NormalizedValue } from '../grid/value';
import { DAY_UNITS, WITHIN_MARKS, WORKING_DAY } from './timeWords';
import type { Verdict } from './verdictWords';

/** `第15日`, `25日内`: a span said as a day's place or as a limit kept; `平均42日` is neither. */
const SPAN = new RegExp(
  `(?<![月\\d.])(第)?(\\d+(?:\\.\\d+)?)个?(${[WORKING_DAY, ...DAY_UNITS].join('|')})(${WITHIN_MARKS.join('|')})?`,
  'gu',
);
const NUMBERS = /\d+(?:\.\d+)?/gu;

/** Null when the target is no limit in days, or the sentence gives no span in its kind of day. */
export function daysAgainstLimit(text: string, target: NormalizedValue | null): Verdict | null {
  if (target?.kind !== 'number' || target.percent || (target.op !== null && target.op !== '<=')) return null;
  const working = target.unit?.endsWith(WORKING_DAY) ?? false;
  if (!working && !DAY_UNITS.includes(target.unit ?? '')) return null;
  // every figure must be such a span in the target's kind of day (`超期2件`, `8月10日`, `平均42日`: no)
  const told = [...text.matchAll(SPAN)].filter(
    (m) => (m[1] !== undefined || m[4] !== undefined) && m[3]!.endsWith(WORKING_DAY) === working,
  );
  if (told.length === 0 || told.length !== (text.match(NUMBERS) ?? []).length) return null;
  return told.every((m) => Number(m[2]) <= target.value) ? 'met' : 'notMet';
}
