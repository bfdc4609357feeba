import type { Comparator, NormalizedValue } from '../grid/value';

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
    return compare(actual.value, target.value, operator ?? target.op ?? '>=');
  }
  if (target.kind === 'date' && actual.kind === 'date') {
    return compare(Date.parse(actual.iso), Date.parse(target.iso), operator ?? target.op ?? '<=');
  }
  return null;
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
