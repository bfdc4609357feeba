import { cellKey } from '../grid/address';
import type { CellOp, SheetEdit } from './types';

/** Rows past this (Excel has 1,048,576) or not whole numbers: the cells are keyed in a Map instead. */
const MAX_INDEXED_ROW = 1 << 21;

/**
 * One op per cell, per sheet in the order the sheets and cells first come: later attributes win,
 * notes are joined; texts Excel could not hold are cut.
 */
export function mergeOps(edits: readonly SheetEdit[]): Map<string, CellOp[]> {
  const bySheet = new Map<string, (readonly CellOp[])[]>();
  for (const edit of edits) {
    const lists = bySheet.get(edit.sheet);
    if (lists) lists.push(edit.ops);
    else bySheet.set(edit.sheet, [edit.ops]);
  }
  const out = new Map<string, CellOp[]>();
  for (const [sheet, lists] of bySheet) {
    const cells = lists.length === 1 && lists[0]!.length === 0 ? [] : mergeSheet(lists);
    for (let i = 0; i < cells.length; i++) if (tooLong(cells[i]!)) cells[i] = clampText(cells[i]!);
    out.set(sheet, cells);
  }
  return out;
}

/** Two ops at one cell as one. */
function mergeTwo(prev: CellOp, op: CellOp): CellOp {
  const note =
    prev.note && op.note && prev.note !== op.note ? `${prev.note}\n${op.note}` : (op.note ?? prev.note);
  return { ...prev, ...op, ...(note !== undefined ? { note } : {}) };
}

/**
 * A sheet's ops merged per cell. The cells of a row are found through a chain per row in typed
 * arrays (a row has a few cells written), not a Map of every cell: a Map of 100k entries is
 * rebuilt each time it grows, and its entries are garbage to collect.
 */
function mergeSheet(lists: readonly (readonly CellOp[])[]): CellOp[] {
  let maxRow = 0;
  for (const ops of lists) {
    for (const op of ops) {
      const r = op.row;
      // columns are compared as numbers: any that a cell key would not tell apart alike go the Map way
      const c = op.col;
      if (!(
        Number.isInteger(r) &&
        r >= 0 &&
        r < MAX_INDEXED_ROW &&
        Number.isInteger(c) &&
        c >= 0 &&
        c < 16_384
      ))
        return mergeByKey(lists);
      if (r > maxRow) maxRow = r;
    }
  }
  const cells: CellOp[] = [];
  // first[row]: 1 + index in `cells` of the row's first cell (0: none); next[i]: the row's next cell
  const first = new Int32Array(maxRow + 1);
  let next = new Int32Array(1024);
  for (const ops of lists) {
    for (const op of ops) {
      let i = first[op.row]! - 1;
      while (i >= 0 && cells[i]!.col !== op.col) i = next[i]! - 1;
      if (i >= 0) {
        cells[i] = mergeTwo(cells[i]!, op);
        continue;
      }
      const at = cells.length;
      cells.push(op);
      if (at === next.length) {
        const grown = new Int32Array(at * 2);
        grown.set(next);
        next = grown;
      }
      // appended at the chain's head: lookups compare columns, the order of `cells` is kept apart
      next[at] = first[op.row]!;
      first[op.row] = at + 1;
    }
  }
  return cells;
}

/** mergeSheet for ops at any address, keyed by cell in a Map. */
function mergeByKey(lists: readonly (readonly CellOp[])[]): CellOp[] {
  const cells = new Map<number | string, CellOp>();
  for (const ops of lists) {
    for (const op of ops) {
      const key = cellKey(op.row, op.col);
      const prev = cells.get(key);
      cells.set(key, prev ? mergeTwo(prev, op) : op);
    }
  }
  return [...cells.values()];
}

/** Excel holds at most 32,767 characters in a cell; a longer text or note makes the file unreadable. */
const MAX_TEXT = 32_767;

export function tooLong(op: CellOp): boolean {
  return (typeof op.value === 'string' && op.value.length > MAX_TEXT) || (op.note?.length ?? 0) > MAX_TEXT;
}

/** Cuts a text or note that Excel could not hold, ending it with `…` (never inside a surrogate pair). */
export function clampText(op: CellOp): CellOp {
  const cut = (text: string): string => {
    if (text.length <= MAX_TEXT) return text;
    let end = MAX_TEXT - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    return `${text.slice(0, end)}…`;
  };
  return {
    ...op,
    ...(typeof op.value === 'string' ? { value: cut(op.value) } : {}),
    ...(typeof op.note === 'string' ? { note: cut(op.note) } : {}),
  };
}
