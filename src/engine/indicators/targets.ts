import type { Comparator, NormalizedValue } from '../grid/value';
import { averagedApart, incomparableUnits, periodApart } from '../rules/units';
import type { IndicatorRow } from './model';

/**
 * Whether an actual value meets a target, when both are comparable; null when it cannot tell.
 * The direction comes from the operator column, else the target's own operator, else ≥.
 */
export function meetsTarget(
  target: NormalizedValue,
  actual: NormalizedValue,
  operator: Comparator | null,
): boolean | null {
  if (actual.kind === 'text' && actual.achievement !== null) return actual.achievement === 'met';
  if (target.kind === 'number' && actual.kind === 'number') {
    if (!comparableNumbers(target, actual)) return null;
    return compare(actual.value, target.value, operator ?? target.op ?? '>=');
  }
  if (target.kind === 'date' && actual.kind === 'date') {
    const op = operator ?? target.op ?? '<=';
    const met = compare(Date.parse(actual.iso), Date.parse(target.iso), op);
    // a span of days (`10月中旬`) whose first day says otherwise, or a day after `4月23日前后`: cannot tell
    const first =
      actual.from === undefined ? met : compare(Date.parse(actual.from), Date.parse(target.iso), op);
    return first !== met || (target.around && actual.iso > target.iso) ? null : met;
  }
  return null;
}

/**
 * A typed full score where the actual misses the target (score.fullButMissed), unless the rule,
 * worked out, gives full points for the miss (`不足1个百分点的不扣分`: 94.16% of ≥95% is 5 of 5).
 */
export function typedFullMissed(row: IndicatorRow, weight: number | null, computed: number | null): boolean {
  const { reportedScore, target, actual } = row;
  if (reportedScore === null || weight === null || reportedScore < weight || !target || !actual) return false;
  if (computed !== null && computed >= weight - 1e-9) return false;
  return meetsTarget(target, actual, row.operator) === false;
}

/**
 * Two numbers on one scale: both rates or neither (`优良天数296天` against `≥82.5%` is not one), and
 * units that count the same things (`612站次` against `每站每周≥1次` is not either).
 */
export function comparableNumbers(
  target: Extract<NormalizedValue, { kind: 'number' }>,
  actual: Extract<NormalizedValue, { kind: 'number' }>,
): boolean {
  return (
    target.percent === actual.percent &&
    !incomparableUnits(actual.unit, target) &&
    !averagedApart(target.text, actual.text) &&
    !periodApart(target, actual.text)
  );
}

function compare(a: number, t: number, op: Comparator): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(t));
  switch (op) {
    case '>=':
      return a >= t - eps;
    case '>':
      return a > t + eps;
    case '<=':
      return a <= t + eps;
    case '<':
      return a < t - eps;
    case '=':
    case '±':
      return Math.abs(a - t) <= eps;
  }
}
