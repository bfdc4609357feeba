import type { Level, Target } from './ast';
import { displayValue, type EvalInput, type Quantity } from './measure';

/**
 * A deadline missed by so many steps of time (`每延迟1天`, `每推迟1个月`, `每滞后一个季度`): dates as
 * numbers of days, weeks, months or quarters, to set against a table's deadline.
 */

/** Day number of an ISO date. */
function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : null;
}

/** A date's parts, month 0-based. */
function partsOf(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) } : null;
}

/**
 * Calendar months from one date to a later one, the part month prorated over its days: from the
 * deadline `11月底` (11-30) to 01-30 is 2 months, as a reviewer counts them (the same day of the
 * month, two months on; a day past the end of a shorter month is its last day).
 */
function monthsBetween(fromIso: string, toIso: string): number | null {
  const from = partsOf(fromIso);
  const to = dayNumber(toIso);
  if (!from || to === null) return null;
  const on = (k: number): number => {
    const days = new Date(Date.UTC(from.y, from.m + k + 1, 0)).getUTCDate();
    return Date.UTC(from.y, from.m + k, Math.min(from.d, days)) / 86400000;
  };
  const target = partsOf(toIso)!;
  let whole = (target.y - from.y) * 12 + target.m - from.m;
  while (whole > 0 && on(whole) > to) whole--;
  while (on(whole + 1) <= to) whole++;
  return whole + (to - on(whole)) / (on(whole + 1) - on(whole));
}

/**
 * Step units a deadline can be missed by (`每延迟1天`, `每推迟1周`, `每推迟1个月`, `每滞后一个季度`): how
 * many of them from the deadline to the actual date (negative: before it).
 */
const DATE_STEPS: Readonly<Record<string, (deadline: string, actual: string) => number | null>> = {
  天: (t, a) => gap(dayNumber(t), dayNumber(a), 1),
  周: (t, a) => gap(dayNumber(t), dayNumber(a), 7),
  个月: (t, a) => months(t, a, 1),
  个季度: (t, a) => months(t, a, 3),
};

const gap = (t: number | null, a: number | null, per: number): number | null =>
  t === null || a === null ? null : (a - t) / per;

/** Months (or quarters, `per` 3) late, negative when early. */
function months(deadline: string, actual: string, per: number): number | null {
  const late = actual >= deadline ? monthsBetween(deadline, actual) : monthsBetween(actual, deadline);
  return late === null ? null : ((actual >= deadline ? 1 : -1) * late) / per;
}

/** A step counted in time (`每推迟1天`): what it measures is lateness. */
export function isTimeStep(step: Level): boolean {
  return !step.percent && step.unit !== null && step.unit in DATE_STEPS;
}

/** Actual and target dates in the step's unit, when a rule counts steps in time against a table deadline. */
export function dateQuantity(input: EvalInput, target: Target, step: Level): Quantity | null {
  const a = input.actual;
  const t = input.target;
  const at = step.unit === null ? undefined : DATE_STEPS[step.unit];
  if (target !== 'table' || step.percent || !at || a?.kind !== 'date' || t?.kind !== 'date') return null;
  // a day after `4月23日前后` may be about it or late: no delay to count
  if (t.around && a.iso > t.iso) return null;
  // the deadline as 0, the actual as the steps after it
  const late = at(t.iso, a.iso);
  if (late === null) return null;
  const params = { actual: displayValue(a), target: displayValue(t), basis: null };
  return { ok: true, kind: 'quantity', actual: late, target: 0, percent: false, viaRate: false, params };
}
