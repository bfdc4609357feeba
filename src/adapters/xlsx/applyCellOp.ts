/**
 * One CellOp onto one exceljs cell. Text is always stored as text (a string starting with `=`
 * never becomes a formula), and style changes copy the cell's style first: exceljs shares one
 * style object among all cells loaded with the same style id, so mutating it in place would
 * recolour every one of them.
 */
import ExcelJS from 'exceljs';
import type { CellOp, PlannedValue } from '../../engine/plan/types';
import { isFormulaValue } from '../../engine/plan/types';

export function applyCellOp(cell: ExcelJS.Cell, op: CellOp): void {
  if (op.value !== undefined) setValue(cell, op.value);
  if (op.link !== undefined) setLink(cell, op.link);
  if (op.note !== undefined) setNote(cell, op.note);
  if (op.numFmt !== undefined || op.fill !== undefined || op.bold !== undefined || op.wrap !== undefined) {
    setStyle(cell, op);
  }
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

function setStyle(cell: ExcelJS.Cell, op: CellOp): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (op.numFmt === null) delete style.numFmt;
  else if (op.numFmt !== undefined) style.numFmt = op.numFmt;
  if (op.fill === null) delete style.fill;
  else if (op.fill !== undefined)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: op.fill } };
  if (op.bold !== undefined) style.font = { ...style.font, bold: op.bold };
  if (op.wrap === true) style.alignment = { ...style.alignment, wrapText: true, vertical: 'top' };
  else if (op.wrap === false) style.alignment = { ...style.alignment, wrapText: false };
  cell.style = style;
}
