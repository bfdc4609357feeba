/**
 * Formulas whose results the file does not hold. Excel and WPS save every formula with its value;
 * a workbook written by a program that does not calculate (a script, some systems' exports) keeps
 * the formula alone. Such a cell is not blank (it holds the user's formula, never to be written
 * over) and its value is unknown, not 0: nothing the engine writes may be computed from it.
 */
import { fromA1, toA1 } from './address';
import { MergeIndex } from './merges';
import { isBlank, type SheetInput } from './types';

/** The cell holds a formula but no value. */
export function isUncalculated(sheet: SheetInput, row: number, col: number): boolean {
  return (sheet.rows[row]?.[col] ?? null) === null && sheet.formulas?.[toA1(row, col)] !== undefined;
}

/** Nothing in the cell, not even a formula: the engine may write there. */
export function isEmptyCell(sheet: SheetInput, row: number, col: number): boolean {
  return isBlank(sheet.rows[row]?.[col] ?? null) && sheet.formulas?.[toA1(row, col)] === undefined;
}

/** Every formula of the sheet without a value, top to bottom, left to right (none a merged area hides). */
export function uncalculatedCells(sheet: SheetInput): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  const merges = new MergeIndex(sheet.merges);
  for (const a1 of Object.keys(sheet.formulas ?? {})) {
    const at = fromA1(a1);
    if (at && isUncalculated(sheet, at.row, at.col) && !merges.isCovered(at.row, at.col)) out.push(at);
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}
