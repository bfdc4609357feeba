import { MergeIndex } from '../grid/merges';
import type { WorkbookInput } from '../grid/types';
import { findHeaders } from '../layout/findHeaders';
import { headerKey } from '../layout/matchHeader';
import { BUDGET_HEADER_BAND } from './headerBand';
import { THREE_PUBLIC_HINT } from './lexicon';

/**
 * Whether the workbook may hold 决算 tables: a sheet with a header the detector would start from
 * (a name or code column beside an amount column), or a "三公" item caption. Never false where
 * `findBudgetTables` finds a table (test/budgetHint.test.ts); the add-in fetches the 决算 part of the
 * engine only when it is true.
 */
export function mayHoldBudgetTables(sheets: WorkbookInput): boolean {
  return sheets.some(
    (sheet) =>
      !sheet.hidden &&
      (sheet.rows.some((row) =>
        row.some((v) => typeof v === 'string' && THREE_PUBLIC_HINT.test(headerKey(v))),
      ) ||
        findHeaders(sheet, BUDGET_HEADER_BAND, new MergeIndex(sheet.merges)).length > 0),
  );
}
