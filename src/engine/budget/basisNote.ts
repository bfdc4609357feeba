import { cellText, type SheetInput } from '../grid/types';
import type { AmountField } from './types';
import { NOTE_START, RATE_BASIS_WORDS, RATE_NOTE } from './rowWords';

/** How many rows under a table's last line a 注 may sit. */
const NOTE_ROWS = 6;

/**
 * The budget a 注 under the table says its rates divide by (`注：执行率=决算数/调整预算数×100%`), when
 * the table has that column; null when no note says so.
 */
export function notedBasis(
  sheet: SheetInput,
  lastRow: number,
  has: (f: AmountField) => boolean,
): AmountField | null {
  // the lines after a 注 line are its own (`注：1.…` then `2.执行率=…`) until a blank row
  let inNote = false;
  for (let r = lastRow + 1; r <= lastRow + NOTE_ROWS && r < sheet.rows.length; r++) {
    const text = (sheet.rows[r] ?? []).map(cellText).join('').replace(/\s+/g, '');
    inNote = NOTE_START.test(text) || (inNote && text !== '');
    if (!inNote) continue;
    const divisor = RATE_NOTE.exec(text)?.[1];
    const named = divisor && RATE_BASIS_WORDS.find(([f, re]) => re.test(divisor) && has(f));
    if (named) return named[0];
  }
  return null;
}
