/**
 * The unit of a table: the corner cell above its header (单位：万元 / 金额单位：元), else a unit
 * in a header's brackets (年初预算数（万元）), else 万元 as the public tables use.
 */
import { toA1 } from '../grid/address';
import { cellAt, cellText, type SheetInput } from '../grid/types';
import { COUNT_UNIT_CELL, HEADER_UNIT, UNIT_CELL } from './rowWords';
import type { BudgetUnit } from './types';

export interface UnitFound {
  readonly unit: BudgetUnit;
  readonly unitCell: string | null;
  /** The statement names counts, not money (单位：辆、台（套）): the table is no budget table. */
  readonly counts?: boolean;
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
  // The header may run on past the columns the table reads (a 收入决算表's 上级补助收入 … 其他收入,
  // the 支出 half of a 总表 beside its 收入 half): its unit cell sits at the header's right end.
  const right = headerRight(sheet, headerTop, headerBottom, lastCol) + 4;
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

/**
 * The last column of the header band that runs on from `lastCol` without a gap: a caption, or a
 * merged caption, in one of its rows. A gap ends it (a table beside this one has its own unit).
 */
function headerRight(sheet: SheetInput, top: number, bottom: number, lastCol: number): number {
  const merges = (sheet.merges ?? []).filter((m) => m.top <= bottom && m.bottom >= top);
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  for (const m of merges) width = Math.max(width, m.right + 1);
  const inHeader = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (cellText(cellAt(sheet, r, c)) !== '') return true;
    return merges.some((m) => m.left <= c && m.right >= c);
  };
  let c = lastCol;
  while (c + 1 < width && inHeader(c + 1)) c++;
  return c;
}

function scanRow(sheet: SheetInput, r: number, from: number, to: number, header = false): UnitFound | null {
  for (let c = to; c >= from; c--) {
    const text = cellText(cellAt(sheet, r, c)).normalize('NFKC');
    if (text === '') continue;
    const m = UNIT_CELL.exec(text) ?? (header ? HEADER_UNIT.exec(text) : null);
    if (m) return { unit: m[1] as BudgetUnit, unitCell: toA1(r, c) };
    if (!header && COUNT_UNIT_CELL.test(text)) return { unit: '万元', unitCell: toA1(r, c), counts: true };
  }
  return null;
}
