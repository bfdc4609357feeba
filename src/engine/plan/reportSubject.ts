/**
 * What 评价结果 is about, for its title row (ux.md: `评价结果  2020年度 · 自评表（自评表!A2:I43）`):
 * the first table found and the year its title states.
 */
import type { BudgetTable } from '../budget';
import { toA1 } from '../grid/address';
import type { SheetInput } from '../grid/types';
import type { ScoredTable } from '../indicators/model';
import { titleYear } from '../layout/titleYear';

export interface ReportSubject {
  readonly sheet: string;
  /** `自评表!A2:I43`, or a budget table's header cell. */
  readonly range: string;
  /** 2020 from `2020 年度…自评表` or `（2021年度）` above the table, else from the sheet's name. */
  readonly year: number | null;
}

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
  return { sheet: place.sheet, range: place.range, year: sheet ? titleYear(sheet, 0, place.top) : null };
}

/** `自评表!A2:I42`: an indicator table from its header to its last row. */
export function tableRange({ table }: ScoredTable): string {
  const h = table.header;
  return `${table.sheet}!${toA1(h.headerTop, h.firstCol)}:${toA1(table.lastRow, h.lastCol)}`;
}
