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

/** Calendar months since year 0, the month's days prorated: 2021-12-31 → 2021×12 + 12. */
function monthNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year * 12 + month - 1 + day / days;
}

/** Step units a deadline can be missed by: `每延迟1天`, `每推迟1周`, `每推迟1个月`, `每滞后一个季度`. */
const DATE_STEPS: Readonly<Record<string, (iso: string) => number | null>> = {
  天: dayNumber,
  周: (iso) => {
    const d = dayNumber(iso);
    return d === null ? null : d / 7;
  },
  个月: monthNumber,
  个季度: (iso) => {
    const m = monthNumber(iso);
    return m === null ? null : m / 3;
  },
};

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
  const actual = at(a.iso);
  const deadline = at(t.iso);
  if (actual === null || deadline === null) return null;
  const params = { actual: displayValue(a), target: displayValue(t), basis: null };
  return { ok: true, kind: 'quantity', actual, target: deadline, percent: false, viaRate: false, params };
}
