/**
 * A rate as typed in a cell (`92.60%`, `92.6`, `0.926`, text or number), read as a fraction with how
 * precisely it was typed. 决算 tables' 完成年初预算(%) columns and the project template's 执行率 both
 * compare what was typed with the rate their amounts give.
 */
import { cellText, type CellValue } from './types';

export interface RateReading {
  readonly value: number;
  /** Half a unit of the last digit typed, as a fraction. */
  readonly tol: number;
}

/**
 * The reading of a typed rate the message shows, as a fraction: the one nearest the true rate
 * (98.5 in a (%) column against 95.12 % is 98.50 %, not 9850 %); with no true rate, a plain number
 * above 2 is percent points.
 */
export function typedReading(candidates: readonly { value: number }[], computed: number | null): number {
  const [first, second] = candidates;
  if (!second) return first!.value;
  if (computed === null) return Math.abs(first!.value) > 2 ? second.value : first!.value;
  return Math.abs(first!.value - computed) <= Math.abs(second.value - computed) ? first!.value : second.value;
}

/** A typed rate read as a fraction, with how precisely it was typed: `92.60%` → 0.926 ± 0.00005. */
export function typedRate(v: CellValue): RateReading[] | null {
  // a blank reads as no rate (its text is empty): most rate cells are blank before the formulas
  if (v === null) return null;
  const decimals = (s: string): number => /\.(\d+)/.exec(s)?.[1]?.length ?? 0;
  if (typeof v === 'number') {
    const d = decimals(String(v));
    return [
      { value: v, tol: 0.5 * 10 ** -Math.max(d, 2) },
      { value: v / 100, tol: 0.5 * 10 ** -(d + 2) },
    ];
  }
  const t = cellText(v).normalize('NFKC').replace(/\s+/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  const d = decimals(m[1]!);
  if (m[2] === '%') return [{ value: n / 100, tol: 0.5 * 10 ** -(d + 2) }];
  return typedRate(n);
}

/** Whether a typed rate reads as `rate`, within how precisely it was typed. */
export function readsAs(readings: readonly RateReading[], rate: number): boolean {
  return readings.some((c) => Math.abs(c.value - rate) <= c.tol + 1e-9);
}

/**
 * A typed 100 % where spending passed the budget: the convention of reports that cap the rate (the
 * seed's prose, the 10号 template's score), not a slip.
 */
export function cappedAt100(readings: readonly RateReading[], rate: number): boolean {
  return rate > 1 && readsAs(readings, 1);
}
