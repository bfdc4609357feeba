/**
 * One CellOp onto one exceljs cell. Text is always stored as text (a string starting with `=`
 * never becomes a formula), and style changes copy the cell's style first: exceljs shares one
 * style object among all cells loaded with the same style id, so mutating it in place would
 * recolour every one of them.
 */
import ExcelJS from 'exceljs';
import type { CellOp, PlannedValue } from '../../engine/plan/types';
import { isFormulaValue } from '../../engine/plan/types';

/**
 * Styles made by style changes, per source style object and change: cells that shared a style
 * before the change share the new one after it, so exceljs's writer (which caches style ids per
 * style object) serialises each distinct style once, not once per cell. The shared objects are
 * never mutated: every change builds a new one. One cache per plan application (one workbook).
 */
export class StyleCache {
  private readonly derived = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();
  /** Stands for every empty style: new cells each get their own `{}` from exceljs. */
  private readonly empty = {};

  styleFor(base: Partial<ExcelJS.Style>, op: CellOp): Partial<ExcelJS.Style> {
    const owner = isEmptyStyle(base) ? this.empty : base;
    let byChange = this.derived.get(owner);
    if (!byChange) {
      byChange = new Map();
      this.derived.set(owner, byChange);
    }
    const key = JSON.stringify([op.numFmt, op.fill, op.bold, op.wrap]);
    let style = byChange.get(key);
    if (!style) {
      style = changedStyle(base, op);
      byChange.set(key, style);
    }
    return style;
  }
}

export function applyCellOp(cell: ExcelJS.Cell, op: CellOp, styles: StyleCache = new StyleCache()): void {
  if (op.value !== undefined) setValue(cell, op.value);
  if (op.link !== undefined) setLink(cell, op.link);
  if (op.note !== undefined) setNote(cell, op.note);
  if (op.numFmt !== undefined || op.fill !== undefined || op.bold !== undefined || op.wrap !== undefined) {
    // exceljs's writer gives a shared style object one id, whatever the cell type, and an
    // unformatted date gets a date format from it: dates keep a style object of their own
    cell.style = isDate(cell) ? changedStyle(cell.style, op) : styles.styleFor(cell.style, op);
  }
}

function isDate(cell: ExcelJS.Cell): boolean {
  if (cell.type === ExcelJS.ValueType.Date) return true;
  return cell.type === ExcelJS.ValueType.Formula && (cell.result as unknown) instanceof Date;
}

function setValue(cell: ExcelJS.Cell, v: PlannedValue): void {
  if (v === null) {
    cell.value = null;
  } else if (isFormulaValue(v)) {
    const formula = v.formula.replace(/^=/, '');
    const r = v.result;
    // A non-finite number would write an unreadable <v>; leave the result for the host to compute.
    const result = r === null || (typeof r === 'number' && !Number.isFinite(r)) ? undefined : r;
    cell.value = result === undefined ? { formula } : { formula, result };
  } else if (typeof v === 'number' && !Number.isFinite(v)) {
    cell.value = { error: '#NUM!' };
  } else {
    // strings are a String value in exceljs whatever their first character: never a formula
    cell.value = v;
  }
}

/**
 * Turns the cell into a hyperlink keeping its displayed text (an empty cell shows the target).
 * A formula cell keeps its formula and gets no link: exceljs cannot store both.
 */
function setLink(cell: ExcelJS.Cell, target: string): void {
  const master = cell.master;
  if (master.type === ExcelJS.ValueType.Formula) return;
  const current = master.value;
  let text: string;
  if (
    master.type === ExcelJS.ValueType.Hyperlink &&
    current !== null &&
    typeof current === 'object' &&
    'text' in current
  ) {
    text = typeof current.text === 'string' ? current.text : master.text;
  } else {
    text = master.type === ExcelJS.ValueType.Null ? target : master.text;
  }
  master.value = { text, hyperlink: target };
}

function setNote(cell: ExcelJS.Cell, note: string | null): void {
  if (note !== null) {
    cell.note = note;
    return;
  }
  // exceljs has no API to delete a note: assigning undefined would write an empty one.
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

function isEmptyStyle(style: Partial<ExcelJS.Style>): boolean {
  for (const key in style) {
    if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  }
  return true;
}

function changedStyle(base: Partial<ExcelJS.Style>, op: CellOp): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...base };
  if (op.numFmt === null) delete style.numFmt;
  else if (op.numFmt !== undefined) style.numFmt = op.numFmt;
  if (op.fill === null) delete style.fill;
  else if (op.fill !== undefined)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: op.fill } };
  if (op.bold !== undefined) style.font = { ...style.font, bold: op.bold };
  if (op.wrap === true) style.alignment = { ...style.alignment, wrapText: true, vertical: 'top' };
  else if (op.wrap === false) style.alignment = { ...style.alignment, wrapText: false };
  return style;
}
