import type { FindingCode, FindingParams } from '../findings/types';
import { round2 } from './grade';
import type { ScoredTable } from './model';

const EPS = 0.005;

export interface OpenTotal {
  readonly code: FindingCode;
  readonly params: FindingParams;
}

/**
 * A typed score 合计 while rows are open, judged by the range they allow rather than by one 应为:
 * rows waiting for a manual score count 0 until scored, so the total may still rise by their
 * points; typed scores the rules could not check may turn out anywhere from 0 to their weight.
 * The unchecked ones open the total only when the rows' total is more than the typed column's own
 * sum (a score the rules gave otherwise, or a blank the rules scored): a typed total that misses
 * the typed column's sum, or adds it up, is said so as before (table.totalMismatch,
 * table.totalOfTypedScores). Null when nothing is open.
 *
 * @param expected the rows' total as the engine has it (unchecked scores as typed, waiting rows 0)
 * @param typedScores the 得分 column as typed, added up
 * @param addsTyped the typed total is that sum (or the engine's, lifted by typed scores it replaced)
 */
/** Rows whose score is the typed one because the rule could not be worked. */
export function uncheckedRows(whole: ScoredTable): ScoredTable['indicators'] {
  return whole.indicators.filter((i) => i.scoreSource === 'reported' && i.computedScore === null);
}

/**
 * The totals the open rows allow around `total` (unchecked typed scores counted as typed, rows waiting
 * as 0): each unchecked score anywhere from 0 to its weight, each row waiting from 0 to its weight.
 */
export function openRange(
  whole: ScoredTable,
  total: number,
): { readonly low: number; readonly high: number } {
  const low = round2(total - uncheckedRows(whole).reduce((s, i) => s + (i.score ?? 0), 0));
  return { low, high: round2(low + whole.pending.weight + whole.pending.uncheckedWeight) };
}

export function openTotal(
  whole: ScoredTable,
  typed: number,
  expected: number,
  typedScores: number,
  addsTyped: boolean,
): OpenTotal | null {
  const { pending } = whole;
  const unchecked = uncheckedRows(whole);
  const judged = unchecked.length > 0 && Math.abs(expected - typedScores) > EPS && !addsTyped;
  if (!judged) {
    if (pending.weight <= 0) return null;
    const max = round2(expected + pending.weight);
    const within = typed >= expected - EPS && typed <= max + EPS;
    const params = { typed, expected, max, count: pending.indicators, weight: pending.weight };
    return { code: within ? 'table.totalPending' : 'table.totalOutOfRange', params };
  }
  const { low, high } = openRange(whole, expected);
  const weight = round2(pending.weight + pending.uncheckedWeight);
  const within = typed >= low - EPS && typed <= high + EPS;
  const params = { typed, expected: low, max: high, count: pending.indicators + unchecked.length, weight };
  return { code: within ? 'table.totalUnchecked' : 'table.totalUncheckedOutOfRange', params };
}
