/**
 * What the clauses beside a per-occurrence deduction say about the count: how many occurrences the full
 * points allow (`控制在2起以内的得8分`), and from how many nothing is left (`发生2起及以上不得分`).
 */
import type { Fact } from './clauses';
import type { Condition } from './conditions';
import { of } from './parseParts';

/**
 * `控制在2起以内的得8分`, `不超过2起得满分`, `少于3起得满分` beside occurrences counted in the same unit:
 * how many occurrences the full points allow (2), so only those beyond them are deducted.
 */
export function allowanceOf(cond: Condition | undefined, unit: string): number | undefined {
  const upper = cond?.c === 'bounds' && !cond.lower ? cond.upper : null;
  if (!upper || upper.level.percent || upper.level.unit !== unit || !Number.isInteger(upper.level.value))
    return undefined;
  const allowed = upper.inclusive === false ? upper.level.value - 1 : upper.level.value;
  return allowed > 0 ? allowed : undefined;
}

/** `发生2起及以上不得分` beside occurrences: the count from which nothing is left. */
export function zeroFrom(facts: readonly Fact[]): number | null {
  const zero = of(facts, 'zero').find((z) => z.cond.c === 'bounds' && z.cond.lower && !z.cond.upper);
  const lower = zero?.cond.c === 'bounds' ? zero.cond.lower : null;
  if (!lower || lower.level.percent) return null;
  return lower.inclusive === false ? lower.level.value + 1 : lower.level.value;
}
