/**
 * The few formulas the engine writes, with the value a spreadsheet computes from the cells as
 * they are: the cached result must be what Excel, WPS and LibreOffice show after recalculating
 * (LibreOffice checks it in CI). Amounts kept as text go through VALUE(), under IFERROR for text
 * VALUE cannot read; nothing is rounded that the formula does not round.
 */
import { roundTo } from '../budget/amount';
import { serialFromDate } from '../grid/dates';
import { isCellError, type CellValue } from '../grid/types';
import type { FormulaValue } from './types';

/** A cell a ratio formula may reference: a number, text or nothing (no error, date or boolean). */
export function isPlainAmount(v: CellValue): v is number | string | null {
  return v === null || typeof v === 'number' || typeof v === 'string';
}

/** Text that reads as nothing: Excel's VALUE() refuses it where LibreOffice's gives 0. */
function blankText(v: CellValue): boolean {
  return typeof v === 'string' && v.trim() === '';
}

/**
 * How a formula references an amount cell: `VALUE(B5)` for text, `N(B5)` for text of nothing
 * (0 in every program), `B5` otherwise (a blank is 0 in arithmetic everywhere, VALUE(blank) is not).
 */
function ref(a1: string, v: CellValue): string {
  if (typeof v !== 'string') return a1;
  return blankText(v) ? `N(${a1})` : `VALUE(${a1})`;
}

/** What `ref(a1, v)` gives in arithmetic; null for an error (text VALUE cannot read). */
function arithmetic(v: CellValue): number | null {
  if (typeof v === 'number') return v;
  if (v === null || blankText(v)) return 0;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

/** Under IFERROR(…,"") when VALUE() may refuse one of the cells. */
function guarded(body: string, ...cells: CellValue[]): string {
  return cells.some((v) => typeof v === 'string' && !blankText(v)) ? `IFERROR(${body},"")` : body;
}

/**
 * `IF(B5=0,"",F5/B5)`: an execution rate.
 * @example rateFormula('C5', 'D5', 794.61, 794.36) → { formula: 'IF(C5=0,"",D5/C5)', result: 0.99968… }
 */
export function rateFormula(
  budgetA1: string,
  finalA1: string,
  budget: CellValue,
  final: CellValue,
): FormulaValue {
  const b = ref(budgetA1, budget);
  const formula = guarded(`IF(${b}=0,"",${ref(finalA1, final)}/${b})`, budget, final);
  const bv = arithmetic(budget);
  const fv = arithmetic(final);
  return { formula, result: bv === null || bv === 0 || fv === null ? '' : fv / bv };
}

/** A cell a formula references, with what it holds. */
export interface CellRef {
  readonly a1: string;
  readonly value: CellValue;
}

/**
 * `IF(B5=0,"",ROUND(MIN(1,F5/B5)*W,2))`: the score of the funds line, its weight a cell or a number.
 * @example rateScoreFormula({ a1: 'E6', value: 480 }, { a1: 'F6', value: 451.23 }, 10) → { …, result: 9.4 }
 */
export function rateScoreFormula(budget: CellRef, final: CellRef, weight: CellRef | number): FormulaValue {
  const b = ref(budget.a1, budget.value);
  const w = typeof weight === 'number' ? String(weight) : ref(weight.a1, weight.value);
  const body = `IF(${b}=0,"",ROUND(MIN(1,${ref(final.a1, final.value)}/${b})*${w},2))`;
  const wValue = typeof weight === 'number' ? weight : weight.value;
  const [bv, fv, wv] = [arithmetic(budget.value), arithmetic(final.value), arithmetic(wValue)];
  const result =
    bv === null || bv === 0 || fv === null || wv === null ? '' : roundTo(Math.min(1, fv / bv) * wv, 2);
  return { formula: guarded(body, budget.value, final.value, wValue), result };
}

/**
 * What `SUM(range, cell…)` gives over these cell values: numbers and dates (as serials) add up,
 * text and blanks are passed over. Null when there is no one answer: an error makes the sum an
 * error, and a TRUE or FALSE is passed over by Excel but counted (as 1 or 0) by LibreOffice.
 */
export function sumOf(values: Iterable<CellValue>): number | null {
  let sum = 0;
  for (const v of values) {
    if (typeof v === 'number') sum += v;
    else if (v instanceof Date) sum += serialFromDate(v);
    else if (typeof v === 'boolean' || isCellError(v)) return null;
  }
  return sum;
}
