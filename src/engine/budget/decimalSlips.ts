/**
 * A sum that one amount with its decimal point moved would make hold: 公务接待费 预算 typed 35.00 for
 * 3.50 under a 合计 of 82.10 (hunt89 P15). The 合计 was blamed (`应为 113.60`), sending the reviewer
 * to change the right cell. When exactly one amount of the identity (a part or the total itself)
 * fits ×10, ÷10, ×100 or ÷100 to the table's decimals, the error is at that amount and the sum's own
 * mismatch is not reported.
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import { roundTo } from './amount';
import type { CheckCell, CheckRecord } from './rounding';
import { withinRecord } from './unitSlips';

/** The shifts of a decimal point a slip may be (a ×10⁴ 元 / 万元 slip is unitSlips.ts's). */
const SHIFTS = [0.1, 10, 0.01, 100] as const;

interface Slip {
  readonly cell: CheckCell;
  readonly corrected: number;
}

/** The one amount of a failed sum whose decimal point moved, or null (none, or more than one fits). */
export function decimalSlip(record: CheckRecord): Slip | null {
  if (record.status !== 'mismatch' || record.relation !== 'eq') return null;
  const fits = (expected: number, actual: number): boolean => withinRecord(record, expected, actual);
  const found: Slip[] = [];
  for (const shift of SHIFTS) {
    record.parts.forEach((cell, i) => {
      const v = cell.value;
      if (v === null || v === 0 || cell.virtual === true) return;
      const corrected = roundTo(v * shift, 6);
      const sign = record.signs[i] ?? 1;
      // leaving the amount out must not fit too: then any slip of it would
      if (
        shows(corrected, cell.step) &&
        fits(record.expected + sign * (corrected - v), record.actual) &&
        !fits(record.expected - sign * v, record.actual)
      )
        found.push({ cell, corrected });
    });
    const total = record.target;
    const corrected = roundTo(record.actual * shift, 6);
    if (record.actual !== 0 && shows(corrected, total.step) && fits(record.expected, corrected))
      found.push({ cell: total, corrected });
  }
  return found.length === 1 ? found[0]! : null;
}

/** Whether `v` is written in the table's decimals (3.5 in a 2-decimal table; 0.035 is not). */
function shows(v: number, step: number): boolean {
  return Math.abs(roundTo(v / step, 6) - Math.round(v / step)) < 1e-6;
}

/** The finding at the slipped amount, naming the sum it makes hold. */
export function decimalSlipFinding(record: CheckRecord, slip: Slip): Finding {
  const { cell } = slip;
  const isTotal = cell === record.target;
  return finding('budget.decimalSlip', cell.sheet, toA1(cell.row, cell.col), {
    name: isTotal ? record.name : (cell.label ?? record.name),
    field: record.field ?? 'column',
    column: record.column,
    value: cell.value,
    corrected: slip.corrected,
    unit: cell.unit,
    totalName: record.name,
    totalCell: isTotal ? null : toA1(record.target.row, record.target.col),
  });
}
