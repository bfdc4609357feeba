import { foldWidth } from '../grid/numberText';
import { cellText, type SheetInput } from '../grid/types';
import { REPORT_YEAR, YEAR } from './headerLexicon';

/**
 * The year a table's title states, in rows `from` to `top` (exclusive), top down (the project
 * template's title sits above a funds block and a goals block): a year before 年度 first, then any
 * year before 年, then the sheet's name. Null when none does.
 */
export function titleYear(sheet: SheetInput, from: number, top: number): number | null {
  const texts = sheet.rows.slice(from, top).flatMap((row) => row.map((v) => foldWidth(cellText(v))));
  for (const pattern of [REPORT_YEAR, YEAR]) {
    for (const text of [...texts, foldWidth(sheet.name)]) {
      const m = pattern.exec(text);
      if (m) return Number(m[1]);
    }
  }
  return null;
}
