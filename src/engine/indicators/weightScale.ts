import { toA1 } from '../grid/address';
import { cellAt, type CellValue, type SheetInput } from '../grid/types';
import { toNumber, usableWeight } from './cellReaders';
import type { FundsBlock, IndicatorRow } from './model';

/** `15%` (half- or full-width sign) as written in a 权重 cell. */
const PERCENT_TEXT = /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/;

/** Shares add up to 1 within this (a table rounded to whole per cent). */
const WHOLE = 0.005;

/**
 * Weights written as shares of the 100-point scale rather than as points: the column's numbers
 * are all at most 1 and either every one is shown as a percentage (0.15 under `0%` reads 15 %) or
 * they add up to 1 (with the funds block's share). A `15%` typed as text is a share wherever it is.
 */
export function weightsInPercent(
  rows: readonly IndicatorRow[],
  sheet: SheetInput,
  weightCol: number | undefined,
  funds: FundsBlock | null,
): boolean {
  if (weightCol === undefined) return false;
  const shares: IndicatorRow[] = [];
  for (const r of rows) {
    if (typeof cellAt(sheet, r.row, weightCol) !== 'number') continue;
    // a weight past 1 (or unusable) settles it: most tables are in points and stop at their first row
    if (r.weight === null || r.weight > 1) return false;
    shares.push(r);
  }
  if (shares.length < 2) return false;
  const shown = shares.every((r) => sheet.styles?.[toA1(r.row, weightCol)]?.numFmt?.includes('%'));
  const fundsShare = funds !== null && funds.weight <= 1 ? funds.weight : 0;
  const sum = shares.reduce((s, r) => s + r.weight!, fundsShare);
  return shown || Math.abs(sum - 1) <= WHOLE;
}

/** A weight cell in points: a share of 100 when the table's weights are shares, or `15%` as text. */
export function weightPoints(v: CellValue, inPercent: boolean): number | null {
  const text = typeof v === 'string' ? PERCENT_TEXT.exec(v) : null;
  if (text) return usableWeight(Number(text[1]));
  const n = toNumber(v);
  return inPercent && n !== null ? usableWeight(toPoints(n)) : usableWeight(n);
}

/** A share (0.15) as points (15), without the float's tail (0.145 × 100 = 14.499999…). */
export function toPoints(share: number): number {
  return Math.round(share * 1e6) / 1e4;
}
