import type { CellRange, CellValue, SheetInput } from './types';
import { cellAt } from './types';

/** Per-merge work is capped: a whole-column merge must not explode the index. */
const MAX_INDEXED_ROWS = 5000;
const MAX_INDEXED_COLS = 200;

type CellIndex = ReadonlyMap<number, ReadonlyMap<number, CellRange>>;

/**
 * Built indexes by merge list. The engine builds a MergeIndex for the same sheet in several
 * passes (tables, checks, plan, budget); the lists are readonly, so one index serves them all.
 * The length guards against a list grown in place after it was indexed.
 */
const built = new WeakMap<readonly CellRange[], { readonly length: number; readonly index: CellIndex }>();

function buildIndex(merges: readonly CellRange[]): CellIndex {
  const byRow = new Map<number, Map<number, CellRange>>();
  for (const m of merges) {
    const rows = Math.min(m.bottom - m.top, MAX_INDEXED_ROWS);
    const cols = Math.min(m.right - m.left, MAX_INDEXED_COLS);
    for (let r = 0; r <= rows; r++) {
      const row = m.top + r;
      let cells = byRow.get(row);
      if (!cells) {
        cells = new Map();
        byRow.set(row, cells);
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

const EMPTY: CellIndex = new Map();

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
    return this.byRow.get(row);
  }

  /** The merge containing the cell, or undefined. */
  at(row: number, col: number): CellRange | undefined {
    return this.byRow.get(row)?.get(col);
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
