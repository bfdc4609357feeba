/**
 * The few formulas the engine writes, with the value a spreadsheet computes from the cells as
 * they are: the cached result must be what Excel, WPS and LibreOffice show after recalculating
 * (LibreOffice checks it in CI). Nothing is rounded that the formula does not round.
 *
 * Amounts kept as text are the delicate part: VALUE() reads far more than plain numbers, and not
 * alike everywhere (LibreOffice reads `TRUE` as 1, `(12)` as -12, `$5` and `1/2` by its locale;
 * Excel reads `TRUE` as an error and `¥5` or `２０` by its own locale). So a formula references text
 * only when every program reads it alike: a plain number (`1,234.50`, ` 95 `, `95%`, `1.5E+3`)
 * through VALUE(); text without a digit (`-`, `见附表`) through VALUE() too, an error everywhere,
 * under IFERROR(…,""). Any other text (`（12.00）`, `12万元`, `TRUE`) gets no formula.
 *
 * A cell that looks blank is referenced as `IF(B5="",0,B5)`: Excel's `range.values` gives "" both for
 * a blank and for text of nothing (a lone apostrophe, an exporter's empty string), so the add-in
 * cannot tell them apart, and in arithmetic a blank is 0 everywhere while text of nothing is an
 * error in Excel and 0 in LibreOffice. The test makes both 0 in every program, and a number typed
 * into the cell later still counts (in Excel even when the cell is formatted as text, which N()
 * would read as 0). Text of spaces only, which the add-in does see, goes through N().
 */
import { roundTo } from '../budget/amount';
import { flattened } from '../grid/flatText';
import { toA1 } from '../grid/address';
import { serialFromDate } from '../grid/dates';
import { isCellError, type CellValue, type SheetInput } from '../grid/types';
import { isUncalculated } from '../grid/uncalculated';
import type { FormulaValue } from './types';

/** Plain decimal text every spreadsheet reads alike: sign, digits (thousands grouped or not), decimals, then an exponent or a percent sign. */
const PLAIN_NUMBER =
  /^ *[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+|%)?) *$/;
const BOOLEAN_WORD = /^\s*(?:true|false)\s*$/i;

type TextReading = 'blank' | 'number' | 'error' | 'unsure';

function readingOf(text: string): TextReading {
  if (text.trim() === '') return 'blank';
  if (PLAIN_NUMBER.test(text)) return 'number';
  return /\p{Nd}/u.test(text) || BOOLEAN_WORD.test(text) ? 'unsure' : 'error';
}

/** A value a ratio formula may reference: a number, nothing, or text every program reads alike. */
export function isPlainAmount(v: CellValue): v is number | string | null {
  return v === null || typeof v === 'number' || (typeof v === 'string' && readingOf(v) !== 'unsure');
}

/** A cell a formula references, with what it holds. */
export interface CellRef {
  readonly a1: string;
  readonly value: CellValue;
}

/**
 * The cell at (row, col) as a ratio formula may reference it, or null: a plain amount, and not a
 * formula saved without its value (what that gives is unknown).
 */
export function amountRef(sheet: SheetInput, row: number, col: number): CellRef | null {
  const value = sheet.rows[row]?.[col] ?? null;
  return isPlainAmount(value) && !isUncalculated(sheet, row, col) ? { a1: toA1(row, col), value } : null;
}

/**
 * How a formula references an amount cell: `VALUE(B5)` for text with something in it, `N(B5)` for
 * spaces, `IF(B5="",0,B5)` for a blank or text of nothing, `B5` for a number.
 */
function ref(a1: string, v: CellValue): string {
  if (v === null || v === '') return `IF(${a1}="",0,${a1})`;
  if (typeof v !== 'string') return a1;
  return readingOf(v) === 'blank' ? `N(${a1})` : `VALUE(${a1})`;
}

/** What `ref(a1, v)` gives in arithmetic; null for an error. */
function arithmetic(v: CellValue): number | null {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v !== 'string') return null;
  const reading = readingOf(v);
  if (reading === 'blank') return 0;
  if (reading !== 'number') return null;
  const t = v.trim().replace(/,/g, '');
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}

/** Under IFERROR(…,"") when VALUE() reads one of the cells. */
function guarded(body: string, ...cells: CellValue[]): string {
  return cells.some((v) => typeof v === 'string' && readingOf(v) !== 'blank') ? `IFERROR(${body},"")` : body;
}

/** A ratio the formula computes, or null when it shows #NUM! instead (too large for a double). */
function ratio(final: number, budget: number): number | null {
  const r = final / budget;
  return Number.isFinite(r) ? r : null;
}

/**
 * `IF(B5=0,"",F5/B5)`: an execution rate (`…/B5*100` in per cent, for a column typed as 91.13); null
 * when the formula would show an error everywhere.
 * @example rateFormula({ a1: 'C5', value: 794.61 }, { a1: 'D5', value: 794.36 }) → { formula: 'IF(C5=0,"",D5/C5)', result: 0.99968… }
 */
export function rateFormula(budget: CellRef, final: CellRef, perCent = false): FormulaValue | null {
  const b = ref(budget.a1, budget.value);
  const scaled = `${ref(final.a1, final.value)}/${b}${perCent ? '*100' : ''}`;
  const formula = flattened(guarded(`IF(${b}=0,"",${scaled})`, budget.value, final.value));
  const [bv, fv] = [arithmetic(budget.value), arithmetic(final.value)];
  if (bv === null || bv === 0 || fv === null) return { formula, result: '' };
  const r = ratio(fv, bv);
  // in the formula's own order (F5/B5*100), so the cached value is the one Excel computes
  const result = r !== null && perCent ? r * 100 : r;
  return result === null ? null : { formula, result };
}

/**
 * `IF(B5=0,"",ROUND(MIN(1,F5/B5)*W,2))`: the score of the funds line, its weight a cell or a
 * number; null when the formula would show an error everywhere.
 * @example rateScoreFormula({ a1: 'E6', value: 480 }, { a1: 'F6', value: 451.23 }, 10) → { …, result: 9.4 }
 */
export function rateScoreFormula(
  budget: CellRef,
  final: CellRef,
  weight: CellRef | number,
): FormulaValue | null {
  const b = ref(budget.a1, budget.value);
  const w = typeof weight === 'number' ? String(weight) : ref(weight.a1, weight.value);
  const body = `IF(${b}=0,"",ROUND(MIN(1,${ref(final.a1, final.value)}/${b})*${w},2))`;
  const wValue = typeof weight === 'number' ? weight : weight.value;
  const formula = flattened(guarded(body, budget.value, final.value, wValue));
  const [bv, fv, wv] = [arithmetic(budget.value), arithmetic(final.value), arithmetic(wValue)];
  if (bv === null || bv === 0 || fv === null || wv === null) return { formula, result: '' };
  const r = ratio(fv, bv);
  return r === null ? null : { formula, result: roundTo(Math.min(1, r) * wv, 2) };
}

/**
 * What `SUM(range, cell…)` gives over these cell values: numbers and dates (as serials) add up,
 * text and blanks are passed over. Null when there is no one answer: an error (or a total past the
 * largest double) makes the sum an error, and a TRUE or FALSE is passed over by Excel but counted
 * (as 1 or 0) by LibreOffice.
 */
export function sumOf(values: Iterable<CellValue>): number | null {
  let sum = 0;
  for (const v of values) {
    if (typeof v === 'number') sum += v;
    else if (v instanceof Date) sum += serialFromDate(v);
    else if (typeof v === 'boolean' || isCellError(v)) return null;
  }
  // past the largest double the SUM shows #NUM!
  return Number.isFinite(sum) ? sum : null;
}
