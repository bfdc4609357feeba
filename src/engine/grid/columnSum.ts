import { fromA1 } from './address';

/** Rows of a column, 0-based and inclusive. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

const SUM_OF_RANGE = /^\s*SUM\(\s*(\$?[A-Za-z]{1,3}\$?\d{1,7})\s*:\s*(\$?[A-Za-z]{1,3}\$?\d{1,7})\s*\)\s*$/i;

/**
 * The rows a formula adds up when it is a plain `SUM(H4:H16)` down column `col` (a 合计 as people
 * type it); null for anything else.
 * @example columnSumRows('SUM($H$4:H16)', 7) // { top: 3, bottom: 15 }
 */
export function columnSumRows(formula: string | undefined, col: number): RowSpan | null {
  const m = formula === undefined ? null : SUM_OF_RANGE.exec(formula);
  const [a, b] = m ? [fromA1(m[1]!), fromA1(m[2]!)] : [null, null];
  if (!a || !b || a.col !== col || b.col !== col) return null;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row) };
}
