/**
 * Execution rates written back as live formulas (`=IF(C5=0,"",D5/C5)`, format 0.00 %), so the file
 * still computes in Excel, WPS and LibreOffice without the add-in. Blank cells of an existing rate
 * column are filled; a table without one gets a headed column appended on its right. A cell that is
 * not blank is never written. What a formula may reference, and the value it caches, is decided in
 * plan/spreadsheet.ts.
 */
import { toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import { isEmptyCell } from '../grid/uncalculated';
import type { SheetInput, WorkbookInput } from '../grid/types';
import { amountRef, rateFormula, type CellRef } from '../plan/spreadsheet';
import { FILLS } from '../plan/palette';
import type { CellOp } from '../plan/types';
import type { Settings } from '../settings';
import {
  amountCol,
  amountRow,
  sheetParts,
  type AmountField,
  type BudgetLine,
  type BudgetTable,
} from './types';

export const RATE_FORMAT = '0.00%';

/**
 * @param label renders a label key (`budget.rateHeader.budget`) in the workbook's language.
 * @example planBudgetWrites(tables, view, settings, messages.label)
 */
export function planBudgetWrites(
  tables: readonly BudgetTable[],
  sheets: WorkbookInput,
  _settings: Settings,
  label: (key: string) => string,
): { sheet: string; ops: CellOp[] }[] {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const planned = new Map<string, Map<number, CellOp>>();
  // a table continued on other sheets (续表) is planned part by part, each on its own sheet
  for (const table of tables.flatMap((t) => sheetParts(t))) {
    const sheet = bySheet.get(table.sheet);
    const basis = table.basis ?? null;
    if (!sheet || basis === null) continue;
    const ops = planned.get(sheet.name) ?? new Map<number, CellOp>();
    planned.set(sheet.name, ops);
    const merges = new MergeIndex(sheet.merges);
    // A formula (even one showing "") is not empty, nor is a cell inside someone's merged area.
    const free = (r: number, c: number): boolean =>
      isEmptyCell(sheet, r, c) && merges.at(r, c) === undefined && !ops.has(cellKey(r, c));
    const rated = ratedLines(sheet, table, basis);
    if (rated.length === 0) continue;
    const put = (op: CellOp | null): void => void (op && ops.set(cellKey(op.row, op.col), op));
    const header = label(`budget.rateHeader.${basis}`);
    if (table.rateCol !== null) {
      const perCent = typedInPerCent(sheet, rated, table.rateCol);
      for (const l of rated)
        if (free(l.row, table.rateCol))
          put(rateOp(sheet, table, basis, l, table.rateCol, undefined, perCent));
    } else if (rated.every((l) => l.cols === undefined)) {
      const rows = [table.headerTop, ...rated.map((l) => l.row)];
      const col = firstFreeColumn(
        table.lastCol + 1,
        1,
        (c) => rows.every((r) => free(r, c)) && headerFree(table, c, free),
      );
      put({ row: table.headerTop, col, value: header, bold: true, wrap: true });
      for (const l of rated) put(rateOp(sheet, table, basis, l, col));
    } else if (rated.some((l) => l.rows !== undefined)) {
      // "三公" laid out as rows (预算数 / 决算数): a rate row below them, one formula per item.
      const row = Math.max(...rated.flatMap((l) => Object.values(l.rows ?? {}))) + 1;
      const cols = rated.map((l) => l.cols?.final ?? 0);
      const labelCol = Math.min(...cols) - 1;
      if (labelCol >= 0 && [labelCol, ...cols].every((c) => free(row, c))) {
        put({ row, col: labelCol, value: header, bold: true, wrap: true });
        rated.forEach((l, i) => put(rateOp(sheet, table, basis, l, cols[i]!, row)));
      }
    } else {
      // Horizontal "三公": one rate column per item, captioned with the item's name.
      const dataRow = rated[0]!.row;
      const col = firstFreeColumn(
        table.lastCol + 1,
        rated.length,
        (c) => headerFree(table, c, free) && free(dataRow, c),
      );
      put({ row: table.headerTop, col, value: header, bold: true, wrap: true });
      rated.forEach((l, i) => {
        if (table.headerBottom > table.headerTop)
          put({ row: table.headerBottom, col: col + i, value: l.name, bold: true, wrap: true });
        put(rateOp(sheet, table, basis, l, col + i));
      });
    }
  }
  return [...planned]
    .filter(([, ops]) => ops.size > 0)
    .map(([sheet, ops]) => ({ sheet, ops: [...ops.values()] }));
}

/** A planned cell's key: a number, not its A1 text (a string per probe was most of `free`'s time). */
function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** Excel's column count: every column index is below it. */
const MAX_COLUMNS = 16384;

/**
 * The lines with both amounts referable by a rate formula. The references are made again with the
 * line's formula (`rateOp`): kept for every line until its table was planned, a pair of them per
 * line was copied by the collector with the plan (100k lines: about 150 ms of the stage, measured).
 */
function ratedLines(sheet: SheetInput, table: BudgetTable, basis: AmountField): BudgetLine[] {
  const out: BudgetLine[] = [];
  for (const line of table.lines) {
    if (lineAmount(sheet, table, line, basis) && lineAmount(sheet, table, line, 'final')) out.push(line);
  }
  return out;
}

/** The line's amount cell for `field` as a rate formula may reference it; null when it may not. */
function lineAmount(
  sheet: SheetInput,
  table: BudgetTable,
  line: BudgetLine,
  field: AmountField,
): CellRef | null {
  const col = amountCol(table, line, field);
  return col === undefined ? null : amountRef(sheet, amountRow(line, field), col);
}

function headerFree(table: BudgetTable, c: number, free: (r: number, c: number) => boolean): boolean {
  for (let r = table.headerTop; r <= table.headerBottom; r++) if (!free(r, c)) return false;
  return true;
}

/** The first column from `start` where `width` consecutive columns pass `ok`. */
function firstFreeColumn(start: number, width: number, ok: (c: number) => boolean): number {
  for (let c = start; ; c++) {
    let fits = true;
    for (let k = 0; k < width && fits; k++) fits = ok(c + k);
    if (fits) return c;
  }
}

/**
 * The rate formula of a line `ratedLines` kept; null when it would show an error (a ratio past the
 * largest double).
 */
function rateOp(
  sheet: SheetInput,
  table: BudgetTable,
  basis: AmountField,
  line: BudgetLine,
  col: number,
  row = line.row,
  perCent = false,
): CellOp | null {
  // both referable: ratedLines kept only such lines
  const budget = lineAmount(sheet, table, line, basis)!;
  const final = lineAmount(sheet, table, line, 'final')!;
  const value = rateFormula(budget, final, perCent);
  // light blue, as every cell the add-in computes (the legend on 评价结果)
  return value && { row, col, value, numFmt: perCent ? PER_CENT_FORMAT : RATE_FORMAT, fill: FILLS.computed };
}

/** A rate typed as per cent without a % format (91.13): beyond any fraction a rate reaches. */
const PER_CENT_FLOOR = 2;
const PER_CENT_FORMAT = '0.00';

/**
 * Whether the user fills the rate column in per cent as plain numbers (91.13, 95.56): the blank
 * cells then get the same (`…/C7*100`, 0.00), not a fraction shown as 84.50% between them.
 */
function typedInPerCent(sheet: SheetInput, rated: readonly BudgetLine[], col: number): boolean {
  return rated.some((l) => {
    const v = sheet.rows[l.row]?.[col];
    const format = sheet.styles?.[toA1(l.row, col)]?.numFmt ?? '';
    return typeof v === 'number' && Math.abs(v) > PER_CENT_FLOOR && !format.includes('%');
  });
}
