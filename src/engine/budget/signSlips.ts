/**
 * A minus sign typed by mistake on an amount the sums over it count as positive (30299 typed
 * −12,450.00 under a 302 that adds 12,450.00; hunt102 P10): each of those sums is off by twice the
 * amount, and was an error at a right total beside the sign's warning. The sums are explained by the
 * sign: their findings are dropped, and the warning at the amount says it is the slip (an error).
 */
import type { Finding } from '../findings/types';
import { cellName, sameDifference, type CheckRecord } from './rounding';

export function withSignSlips(findings: readonly Finding[], records: readonly CheckRecord[]): Finding[] {
  // the negative amount's cell → the first sum its sign puts wrong
  const slips = new Map<string, string>();
  const explained = new Set<string>();
  for (const r of records) {
    if (r.status !== 'mismatch' || r.relation !== 'eq' || !r.signs.every((s) => s === 1)) continue;
    const negative = r.parts.filter((p) => p.value !== null && p.value < 0 && p.virtual !== true);
    const [part] = negative;
    if (negative.length !== 1 || !part || !sameDifference(r.difference, -2 * part.value!)) continue;
    if (!slips.has(cellName(part))) slips.set(cellName(part), cellName(r.target));
    explained.add(cellName(r.target));
  }
  if (slips.size === 0) return [...findings];
  return findings.flatMap((f) => {
    const at = `${f.sheet}!${f.cell}`;
    if (f.code === 'budget.reconcileMismatch' && explained.has(at)) return [];
    const sum = f.code === 'budget.negativeAmount' ? slips.get(at) : undefined;
    return sum === undefined ? [f] : [{ ...f, severity: 'error', params: { ...f.params, signSlip: sum } }];
  });
}
