import { toA1 } from '../grid/address';
import type { CellStyle, CellValue, SheetInput } from '../grid/types';
import { isFormulaValue, type CellOp, type WritePlan } from './types';

/**
 * Applies a WritePlan to plain sheets, as a host would apply it to a workbook. Used to preview
 * a run, and by tests that check reruns and undo without a spreadsheet program.
 */
export function applyToSheets(sheets: readonly SheetInput[], plan: WritePlan): SheetInput[] {
  const edits = new Map(plan.edits.map((e) => [e.sheet, e.ops]));
  const owned = new Set(plan.ownedSheets.map((s) => s.name));
  const removed = new Set(plan.removeSheets);
  const kept = sheets
    .filter((s) => !owned.has(s.name) && !removed.has(s.name))
    .map((s) => applyOps(s, edits.get(s.name) ?? []));
  const created = plan.ownedSheets.map((o) =>
    applyOps(
      { name: o.name, rows: [], ...(o.merges ? { merges: o.merges } : {}), hidden: o.state !== 'visible' },
      o.ops,
    ),
  );
  return [...kept, ...created];
}

function applyOps(sheet: SheetInput, ops: readonly CellOp[]): SheetInput {
  if (ops.length === 0) return sheet;
  const rows: CellValue[][] = sheet.rows.map((r) => [...r]);
  const formulas: Record<string, string> = { ...(sheet.formulas ?? {}) };
  const notes: Record<string, string> = { ...(sheet.notes ?? {}) };
  const styles: Record<string, CellStyle> = { ...(sheet.styles ?? {}) };
  const links: Record<string, string> = { ...(sheet.hyperlinks ?? {}) };
  for (const op of ops) {
    const a1 = toA1(op.row, op.col);
    if (op.value !== undefined) {
      while (rows.length <= op.row) rows.push([]);
      const row = rows[op.row]!;
      while (row.length <= op.col) row.push(null);
      if (isFormulaValue(op.value)) {
        row[op.col] = op.value.result;
        formulas[a1] = op.value.formula;
      } else {
        row[op.col] = op.value;
        delete formulas[a1];
      }
    }
    if (op.note !== undefined) {
      if (op.note === null) delete notes[a1];
      else notes[a1] = op.note;
    }
    if (op.fill !== undefined || op.numFmt !== undefined) {
      const style: { fill?: string; numFmt?: string } = { ...(styles[a1] ?? {}) };
      if (op.fill === null) delete style.fill;
      else if (op.fill !== undefined) style.fill = op.fill;
      if (op.numFmt === null) delete style.numFmt;
      else if (op.numFmt !== undefined) style.numFmt = op.numFmt;
      styles[a1] = style;
    }
    if (op.link !== undefined) links[a1] = op.link;
  }
  return { ...sheet, rows, formulas, notes, styles, hyperlinks: links };
}
