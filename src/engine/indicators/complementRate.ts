/**
 * `经质量抽查漏查率1.6%` against `覆盖率≥98%`: a rate of the misses, where the indicator and its target
 * count what was covered. Its complement (98.4 %) is the figure (hunt119: 1.6 % was read as the
 * coverage, 0 of 8 points); an indicator named by the miss rate itself (`差错率≤2%`) keeps it.
 */
import type { NormalizedValue } from '../grid/value';
import { MISS_RATE } from '../rules/actualWords';

export function complementOfMisses(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  name: string,
): NormalizedValue | null {
  if (actual?.kind !== 'number' || !actual.percent || target?.kind !== 'number' || !target.percent)
    return actual;
  // a target to stay under, or a low one, may be the miss rate's own
  if (target.op === '<=' || target.op === '<' || target.value < 50) return actual;
  const m = MISS_RATE.exec(actual.text);
  if (!m || name.includes(m[1]!) || Number(m[2]) !== actual.value) return actual;
  const value = Math.round((100 - actual.value) * 1e4) / 1e4;
  return { ...actual, value, text: `${actual.text} → 100% − ${actual.value}% = ${value}%` };
}
