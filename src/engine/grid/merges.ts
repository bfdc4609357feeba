import type { CellRange, CellValue, SheetInput } from './types';
import { cellAt } from './types';

/**
 * Merged areas as people keep them: the value lives in the top-left cell, the other cells read
 * as blank. `MergeIndex` answers "which merge covers this cell" in O(1).
 */
export class MergeIndex {
  private readonly byCell = new Map<string, CellRange>();

  constructor(merges: readonly CellRange[] = []) {
    for (const m of merges) {
      // Cap per-merge work: a whole-column merge must not explode the index.
      const rows = Math.min(m.bottom - m.top, 5000);
      const cols = Math.min(m.right - m.left, 200);
      for (let r = 0; r <= rows; r++) {
        for (let c = 0; c <= cols; c++) this.byCell.set(key(m.top + r, m.left + c), m);
      }
    }
  }

  /** The merge containing the cell, or undefined. */
  at(row: number, col: number): CellRange | undefined {
    return this.byCell.get(key(row, col));
  }

  /** Top-left cell of the merge covering (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.at(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The value shown in (row, col): the merge's top-left value when merged. */
  valueAt(sheet: SheetInput, row: number, col: number): CellValue {
    const a = this.anchor(row, col);
    return cellAt(sheet, a.row, a.col);
  }
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}
