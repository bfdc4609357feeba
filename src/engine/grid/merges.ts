import type { CellRange, CellValue, SheetInput } from './types';
import { cellAt } from './types';

/** Per-merge work is capped: a whole-column merge must not explode the index. */
const MAX_INDEXED_ROWS = 5000;
const MAX_INDEXED_COLS = 200;

/**
 * The merges crossing each row, by column, in an array indexed by row: a lookup is an array read
 * where a Map of a long table's rows was a hash probe (every cell of a table is looked up).
 */
type CellIndex = readonly (ReadonlyMap<number, CellRange> | undefined)[];

/**
 * Built indexes by merge list. The engine builds a MergeIndex for the same sheet in several
 * passes (tables, checks, plan, budget); the lists are readonly, so one index serves them all.
 * The length guards against a list grown in place after it was indexed.
 */
const built = new WeakMap<readonly CellRange[], { readonly length: number; readonly index: CellIndex }>();

function buildIndex(merges: readonly CellRange[]): CellIndex {
  const byRow: Map<number, CellRange>[] = [];
  for (const m of merges) {
    const rows = Math.min(m.bottom - m.top, MAX_INDEXED_ROWS);
    const cols = Math.min(m.right - m.left, MAX_INDEXED_COLS);
    for (let r = 0; r <= rows; r++) {
      const row = m.top + r;
      let cells = byRow[row];
      if (!cells) {
        cells = new Map();
        byRow[row] = cells;
      }
      for (let c = 0; c <= cols; c++) cells.set(m.left + c, m);
    }
  }
  return byRow;
}

function indexOf(merges: readonly CellRange[]): CellIndex {
  if (merges.length === 0) return EMPTY;
  const cached = built.get(merges);
  if (cached && cached.length === merges.length) return cached.index;
  const index = buildIndex(merges);
  built.set(merges, { length: merges.length, index });
  return index;
}

const EMPTY: CellIndex = [];

/**
 * Merged areas as people keep them: the value lives in the top-left cell, the other cells read
 * as blank. `MergeIndex` answers "which merge covers this cell" in O(1).
 */
export class MergeIndex {
  private readonly byRow: CellIndex;

  constructor(merges: readonly CellRange[] = []) {
    this.byRow = indexOf(merges);
  }

  /** The merges crossing a row, by column; undefined when none does (most rows of a long table). */
  onRow(row: number): ReadonlyMap<number, CellRange> | undefined {
    return this.byRow[row];
  }

  /** The merge containing the cell, or undefined. */
  at(row: number, col: number): CellRange | undefined {
    return this.byRow[row]?.get(col);
  }

  /** Top-left cell of the merge covering (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.at(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Whether (row, col) is a cell of a merge other than its top-left one. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  /** The value shown in (row, col): the merge's top-left value when merged. */
  valueAt(sheet: SheetInput, row: number, col: number): CellValue {
    const m = this.at(row, col);
    return m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col);
  }
}
