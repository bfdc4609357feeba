/**
 * Where a workbook's tables are, read but not scored: the user's sheets (not hidden ones, not the
 * add-in's own), each indicator table continued on the next sheet (续表) one run of parts, and the
 * 决算 tables that do not lie inside an indicator table. analyze scores and checks these; the
 * add-in's detection needs no more, so it runs without the rules engine.
 */
import type * as BudgetModule from './budget';
import type { BudgetTable } from './budget';
import type { SheetInput, WorkbookInput } from './grid/types';
import type { IndicatorTable } from './indicators/model';
import { readIndicatorTables } from './indicators/readIndicatorTables';
import { readState, type WorkbookState } from './plan/ledger';
import { ownedSheetNames } from './plan/resultsName';
import { userView } from './plan/userView';
import { withDefaults, type Settings } from './settings';

/** One part of an indicator table: the table read on its sheet. */
export interface TablePart {
  readonly sheet: SheetInput;
  readonly table: IndicatorTable;
}

export interface FoundTables {
  readonly settings: Settings;
  /** What the last run left in the workbook (its settings, the cells it wrote). */
  readonly previous: WorkbookState;
  /** The add-in's own sheets (评价结果, its state sheet), left out of `view`. */
  readonly owned: ReadonlySet<string>;
  /** The sheets as the user keeps them: the add-in's own cells and sheets taken out. */
  readonly view: WorkbookInput;
  /** Indicator tables, each a run of parts (one unless continued on the next sheet). */
  readonly indicatorRuns: readonly (readonly TablePart[])[];
  readonly budgetTables: readonly BudgetTable[];
}

/** The 决算 detector, from the 决算 part of the engine (null: no 决算 tables are looked for). */
export type BudgetFinder = Pick<typeof BudgetModule, 'findBudgetTables'>;

export function findTables(
  sheets: WorkbookInput,
  explicit: Partial<Settings> | undefined,
  budget: BudgetFinder | null,
): FoundTables {
  const previous = readState(sheets);
  const settings = withDefaults({ ...previous.settings, ...(explicit ?? {}) });
  const owned = ownedSheetNames(sheets, previous);
  const view = userView(sheets, previous, owned);
  // a hidden sheet (a backup copy, a template, a lookup) is not the user's table, as for budget tables
  const parts = view
    .filter((sheet) => !sheet.hidden)
    .flatMap((sheet) =>
      readIndicatorTables(sheet, settings.headerRows[sheet.name]).map((table) => ({ sheet, table })),
    );
  const indicatorRuns = continuedRuns(parts);
  // a 决算 table above an indicator table ends at its header
  const stops: Record<string, number[]> = {};
  for (const { table } of parts) (stops[table.sheet] ??= []).push(table.header.headerTop);
  // a header the 决算 detector finds inside an indicator table is that table's rows (a 结转结余率 row),
  // and one whose rows hold the table's funds block is that block, which the table reads and checks
  // (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率: no 分值 or 得分 column to call it foreign)
  const budgetTables = (budget?.findBudgetTables(view, settings, stops) ?? []).filter(
    (b) => !parts.some((p) => within(p.table, b.sheet, b.headerTop) || holdsFunds(p.table, b)),
  );
  return { settings, previous, owned, view, indicatorRuns, budgetTables };
}

/**
 * Tables in reading order, in runs: a table whose title or sheet says 续表 joins the run of the
 * table before it (the same sheet or the one before); every other table starts its own.
 */
function continuedRuns<T extends { readonly table: IndicatorTable }>(parts: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const part of parts) {
    const run = runs[runs.length - 1];
    if (part.table.continued && run) run.push(part);
    else runs.push([part]);
  }
  return runs;
}

/** The budget table, found above the indicator table, reads the table's funds block as its lines. */
function holdsFunds(table: IndicatorTable, b: BudgetTable): boolean {
  const funds = table.funds;
  return (
    funds !== null &&
    table.sheet === b.sheet &&
    b.headerTop < table.header.headerTop &&
    b.lines.some((l) => l.row === funds.row && (l.sheet ?? b.sheet) === table.sheet)
  );
}

/** The row lies in an indicator table, from its header to its last row. */
function within(table: IndicatorTable, sheet: string, row: number): boolean {
  return table.sheet === sheet && row >= table.header.headerTop && row <= table.lastRow;
}
