/**
 * The unit of a table: the corner cell above its header (单位：万元 / 金额单位：元), else a unit
 * in a header's brackets (年初预算数（万元）), else 万元 as the public tables use.
 */
import { toA1 } from '../grid/address';
import { cellAt, cellText, type SheetInput } from '../grid/types';
import { HEADER_UNIT, UNIT_CELL } from './lexicon';
import type { BudgetUnit } from './types';

export interface UnitFound {
  readonly unit: BudgetUnit;
  readonly unitCell: string | null;
}

/** How far above the header a unit statement may sit. */
const ROWS_ABOVE = 4;

/**
 * @example findUnit(sheet, 3, 5, 0, 6) → { unit: '万元', unitCell: 'G3' }
 * `floor` is the first row that may belong to this table (the row after the previous table).
 */
export function findUnit(
  sheet: SheetInput,
  headerTop: number,
  headerBottom: number,
  firstCol: number,
  lastCol: number,
  floor = 0,
): UnitFound {
  const right = lastCol + 4;
  // Nearest row first: a unit cell belongs to the table right below it.
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - ROWS_ABOVE); r--) {
    const hit = scanRow(sheet, r, 0, right);
    if (hit) return hit;
  }
  for (let r = headerTop; r <= headerBottom; r++) {
    const hit = scanRow(sheet, r, firstCol, lastCol, true);
    if (hit) return hit;
  }
  return { unit: '万元', unitCell: null };
}

function scanRow(sheet: SheetInput, r: number, from: number, to: number, header = false): UnitFound | null {
  for (let c = to; c >= from; c--) {
    const text = cellText(cellAt(sheet, r, c)).normalize('NFKC');
    if (text === '') continue;
    const m = UNIT_CELL.exec(text) ?? (header ? HEADER_UNIT.exec(text) : null);
    if (m) return { unit: m[1] as BudgetUnit, unitCell: toA1(r, c) };
  }
  return null;
}
