import type { NormalizedValue } from '../grid/value';
import { LAST_YEAR } from '../rules/actualWords';

/** `由0.52提高到0.57`: a bare number a change came to (the first figure is where it started). */
const REACHED_BARE = new RegExp(
  `(?:${LAST_YEAR.from.join('|')})\\s*\\d+(?:\\.\\d+)?[^\\d，,；;。]{0,6}?(?:${LAST_YEAR.to.join('|')})\\s*(\\d+(?:\\.\\d+)?)(?![\\d.]|\\s*[%％‰\\u4e00-\\u9fff])`,
  'gu',
);

/**
 * Against a target without a unit (`≥0.58`, a coefficient), the one bare number a change came to
 * (`灌溉水有效利用系数由0.52提高到0.57` → 0.57; hunt92: left to the reviewer), shown after `=`; null otherwise.
 */
export function reachedBare(actual: Extract<NormalizedValue, { kind: 'text' }>): NormalizedValue | null {
  const found = [...actual.text.matchAll(REACHED_BARE)];
  if (found.length !== 1) return null;
  const value = Number(found[0]![1]);
  return {
    kind: 'number',
    value,
    percent: false,
    unit: null,
    op: null,
    text: `${actual.text.trim()} = ${value}`,
  };
}
