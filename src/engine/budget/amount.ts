/**
 * Amounts as kept in final-accounts tables: numbers, or text such as `12,870,000.00`, `（12.00）`
 * for a negative, `-` / `—` for zero. Decimal-safe rounding for rates and comparisons.
 */
import { parseNumberText } from '../grid/normalize';
import { cellText, isCellError, type CellValue } from '../grid/types';

export interface Amount {
  /** The number, or null for a blank cell (and for text that is not a number). */
  readonly value: number | null;
  /** Text that is neither blank, a dash nor a number (`见附表`): worth a finding. */
  readonly notNumeric: boolean;
  /** The cell held the amount as text (a formula referencing it needs VALUE()). */
  readonly text: boolean;
}

const ZERO_MARKS = /^[-－—–‐]+$/;
const NULL_MARKS = /^[/／\\]$|^(无|空)$/;

/**
 * @example parseAmount('12,870,000.00') → { value: 12870000, notNumeric: false, text: true }
 * @example parseAmount('-') → { value: 0, … }
 */
export function parseAmount(v: CellValue): Amount {
  if (v === null) return { value: null, notNumeric: false, text: false };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null, notNumeric: false, text: false };
  if (typeof v === 'boolean' || v instanceof Date || isCellError(v))
    return { value: null, notNumeric: true, text: false };
  const t = cellText(v).normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return { value: null, notNumeric: false, text: false };
  if (ZERO_MARKS.test(t)) return { value: 0, notNumeric: false, text: true };
  if (NULL_MARKS.test(t)) return { value: null, notNumeric: false, text: true };
  const negative = /^\((.*)\)$/.exec(t);
  const n = parseNumberText(negative ? negative[1]! : t.replace(/(万元|元)$/, ''));
  if (n === null || /[万亿]/.test(t)) return { value: null, notNumeric: true, text: true };
  return { value: negative ? -n : n, notNumeric: false, text: true };
}

/** `parseAmount(v).value`, without making the reading for a number or a blank (most cells). */
export function amountValue(v: CellValue): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return parseAmount(v).value;
}

/** Rounds half away from zero at `digits` decimals, immune to binary noise (1.005 → 1.01). */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * nearest15(Math.abs(x) * f)) / f || 0;
}

/**
 * `Math.round(Number(scaled.toPrecision(15)))`: the nearest integer once the binary noise beyond 15
 * significant digits is gone. Going to 15 digits moves a value by at most half a unit of its 15th
 * digit, under `scaled × 5e-15`; a value further than twice that from the half between two integers
 * rounds the same either way, so the text round trip (a string per call, most of a check's time) is
 * made only near a half, for huge values and for NaN and ±Infinity.
 */
function nearest15(scaled: number): number {
  if (scaled < 1e15) {
    const floor = Math.floor(scaled);
    // exact: a double minus its floor, and (near a half) that minus 0.5
    const gap = scaled - floor - 0.5;
    const noise = scaled * 1e-14;
    if (gap < -noise) return floor;
    if (gap > noise) return floor + 1;
  }
  return Math.round(Number(scaled.toPrecision(15)));
}

/** `a / b` as a 4-decimal fraction; null when b is 0 or either side missing. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return roundTo(a / b, 4);
}

/** Sum without float drift at the precision amounts are kept (cents of a yuan at most). */
export function sum(values: readonly number[]): number {
  return roundTo(
    values.reduce((acc, v) => acc + v, 0),
    6,
  );
}

/** How `actual` compares with `expected`: equal, within `tolerance` (rounding), or off. */
export function compareAmounts(
  expected: number,
  actual: number,
  tolerance: number,
): 'equal' | 'rounding' | 'mismatch' {
  const diff = Math.abs(roundTo(actual - expected, 6));
  if (diff === 0) return 'equal';
  return diff <= tolerance * (1 + 1e-9) ? 'rounding' : 'mismatch';
}
