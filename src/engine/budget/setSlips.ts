/**
 * One amount of a public table typed in the wrong unit (×10⁴ or ÷10⁴: 50 for 500,000 元) breaks
 * every sum over it (its 款, its 类, the 合计; a summary table's 总计) by the same amount, and those
 * sums are reported at their cells, all right. When ×10⁴ or ÷10⁴ of the one amount makes a sum
 * hold, the amount itself gets a unit warning beside them (the within-table counterpart is
 * unitSlips.ts).
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import { cellName, type CheckCell, type CheckRecord } from './rounding';
import { partSlips, SLIP_FACTORS } from './unitSlips';

/** Column sums: 款 = Σ项, 合计 = Σ…, and a summary table's 本年收入合计 = Σ items, 总计 = 合计 + 结转. */
const SUMS = new Set(['hierarchy', 'total', 'runningTotal', 'grandTotal']);

export function recordSlips(records: readonly CheckRecord[]): Finding[] {
  const out = new Map<string, Finding>();
  const suspect = (c: CheckCell, factor: number): void => {
    const key = cellName(c);
    if (out.has(key) || c.value === null) return;
    const params = { name: c.label ?? '', value: c.value, factor, unit: c.unit, field: 'public' };
    out.set(key, finding('budget.unitSuspect', c.sheet, toA1(c.row, c.col), params));
  };
  for (const r of records) {
    const plain = r.relation === 'eq' && r.signs.every((s) => s === 1);
    // column sums only (款 = Σ项, 合计 = Σ…): a row's two parts beside one typed total say nothing
    if (r.scope !== 'table' || r.status !== 'mismatch' || !plain || !SUMS.has(r.identity)) continue;
    for (const factor of SLIP_FACTORS)
      for (const p of r.parts) {
        const v = p.value;
        if (v === null || v === 0 || p.virtual === true) continue;
        if (partSlips(r, v, factor)) suspect(p, factor);
      }
  }
  return [...out.values()];
}
