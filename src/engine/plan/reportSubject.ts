/**
 * What 评价结果 is about, for its title row (ux.md: `评价结果  2020年度 · 自评表（自评表!A2:I43）`):
 * the first table found and the year its title states.
 */
import type { BudgetTable } from '../budget';
import { toA1 } from '../grid/address';
import { foldWidth } from '../grid/numberText';
import { cellText, type SheetInput } from '../grid/types';
import type { ScoredTable } from '../indicators/model';

export interface ReportSubject {
  readonly sheet: string;
  /** `自评表!A2:I43`, or a budget table's header cell. */
  readonly range: string;
  /** 2020 from `2020 年度…自评表` or `（2021年度）` above the table, else from the sheet's name. */
  readonly year: number | null;
}

/** A year of this century or the last, written before 年 (2020年, 2020 年度); never a date's 2026-11-29. */
const YEAR = /((?:19|20)\d\d)\s*年/;
/** The report's own year: 2023年度 (a goal's `2022年完成…` in the block above the grid is not). */
const REPORT_YEAR = /((?:19|20)\d\d)\s*年度/;

export function reportSubject(
  sheets: readonly SheetInput[],
  tables: readonly ScoredTable[],
  budgetTables: readonly BudgetTable[],
): ReportSubject | null {
  const first = tables[0];
  const place = first
    ? {
        sheet: first.table.sheet,
        top: first.table.header.headerTop,
        range: tableRange(first),
      }
    : budgetTables[0] && {
        sheet: budgetTables[0].sheet,
        top: budgetTables[0].headerTop,
        range: `${budgetTables[0].sheet}!${toA1(budgetTables[0].headerTop, 0)}`,
      };
  if (!place) return null;
  const sheet = sheets.find((s) => s.name === place.sheet);
  return { sheet: place.sheet, range: place.range, year: sheet ? yearAbove(sheet, place.top) : null };
}

/**
 * The year above a table's header, top down (the project template's title sits above a funds block
 * and a goals block): a year before 年度 first, then any year before 年, then the sheet's name.
 */
function yearAbove(sheet: SheetInput, top: number): number | null {
  const texts = sheet.rows.slice(0, top).flatMap((row) => row.map((v) => foldWidth(cellText(v))));
  for (const pattern of [REPORT_YEAR, YEAR]) {
    for (const text of [...texts, foldWidth(sheet.name)]) {
      const m = pattern.exec(text);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** `自评表!A2:I42`: an indicator table from its header to its last row. */
export function tableRange({ table }: ScoredTable): string {
  const h = table.header;
  return `${table.sheet}!${toA1(h.headerTop, h.firstCol)}:${toA1(table.lastRow, h.lastCol)}`;
}
