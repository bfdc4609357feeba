/**
 * The budget model: final-accounts tables (决算表) as read from the sheets, one line per row (or,
 * for the horizontal "三公" layout, per item). Amounts are in the table's own unit; rates and
 * shares are fractions rounded to 4 decimals (0.9997 for 99.97 %).
 */
import type { WorkbookInput } from '../grid/types';
import type { PublicTableKey } from './publicLexicon';

export type { WorkbookInput };

/** Amount columns a budget table may carry. */
export type AmountField =
  'budget' | 'adjustedBudget' | 'received' | 'final' | 'basic' | 'project' | 'previous';

export const AMOUNT_FIELDS: readonly AmountField[] = [
  'budget',
  'adjustedBudget',
  'received',
  'final',
  'basic',
  'project',
  'previous',
];

/** The budget fields that can be the denominator of an execution rate, by `Settings.budgetBasis`. */
export const BASIS_FIELDS = { initial: 'budget', adjusted: 'adjustedBudget', received: 'received' } as const;

export type LineLevel = 'class' | 'section' | 'item' | 'total' | 'other';

export type BudgetUnit = '元' | '千元' | '万元' | '亿元';

export type TableKind = 'detail' | 'summary' | 'basic' | 'threePublic' | 'incomeExpense';

export interface BudgetLine {
  /** 0-based row of the line (for the horizontal "三公" layout, the data row shared by all items). */
  readonly row: number;
  /** 功能分类科目编码 as digits (`2110101`), or null. */
  readonly code: string | null;
  readonly name: string;
  readonly level: LineLevel;
  readonly budget: number | null;
  readonly adjustedBudget: number | null;
  readonly final: number | null;
  /** final / budget (per the basis setting), 4 decimals; null when the budget is 0 or missing. */
  readonly executionRate: number | null;
  /** final as a fraction of the total that covers this line; null without a total. */
  readonly share: number | null;
  readonly previous: number | null;
  /** Year-on-year change; rate null when last year's figure is 0. */
  readonly change: { readonly amount: number; readonly rate: number | null } | null;
  readonly basic?: number | null;
  readonly project?: number | null;
  /** 实际到位资金, when the table has such a column. */
  readonly received?: number | null;
  /** basic / final and project / final on lines that carry the split (基本支出 占 26.26 %). */
  readonly basicShare?: number | null;
  readonly projectShare?: number | null;
  /** Per-line columns, for layouts where items sit side by side (horizontal "三公"). */
  readonly cols?: Readonly<Partial<Record<AmountField, number>>>;
  /** Row per field where it is not `row` (the "三公" table laid out as rows: 预算数 / 决算数). */
  readonly rows?: Readonly<Partial<Record<AmountField, number>>>;
  /** The sheet of a line on a continuation sheet (续表); absent on the table's own sheet. */
  readonly sheet?: string;
}

/** A continuation of a table on a later sheet (续表): where its own header sits. */
export interface BudgetPart {
  readonly sheet: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly lastCol: number;
  readonly unitCell: string | null;
}

export interface BudgetTable {
  readonly sheet: string;
  readonly kind: TableKind;
  /** 0-based header rows. */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly unit: BudgetUnit;
  /** A1 address of the cell stating the unit (单位：万元), or null when assumed. */
  readonly unitCell: string | null;
  /** Column (0-based) per role: code, class, section, item, name, and each AmountField present. */
  readonly columns: Record<string, number>;
  readonly lines: BudgetLine[];
  readonly lastCol: number;
  /** An existing rate column (完成年初预算(%), 执行率), or null. */
  readonly rateCol: number | null;
  /** For the 收入支出决算总表, which panel this table is. */
  readonly panel?: 'income' | 'expense';
  /** The public table whose title heads it (财政拨款收入支出决算总表 …), when one does. */
  readonly publicKey?: PublicTableKey;
  /** The budget column execution rates divide by (per `Settings.budgetBasis`), or null. */
  readonly basis?: AmountField | null;
  /** The basis is the one a 注 under the table defines the rate by (`执行率=决算数/调整预算数`). */
  readonly basisNoted?: true;
  /** Header text per amount field, as typed (for messages). */
  readonly headers?: Readonly<Partial<Record<AmountField, string>>>;
  /**
   * The sheets the table continues on (续表), in order, when it does: their lines carry `sheet`;
   * `sheet`, `headerTop` … above are the first part's.
   */
  readonly parts?: readonly BudgetPart[];
}

/** The sheet a line's cells are on: its own (a 续表's line) or the table's. */
export function lineSheet(table: Pick<BudgetTable, 'sheet'>, line: Pick<BudgetLine, 'sheet'>): string {
  return line.sheet ?? table.sheet;
}

/**
 * A table continued on other sheets as one table per sheet (the first part, then each 续表 with its
 * own header and lines); any other table as itself. For what is planned or read sheet by sheet.
 */
export function sheetParts(table: BudgetTable): BudgetTable[] {
  if (!table.parts || table.parts.length === 0) return [table];
  const first = table.lines.filter((l) => l.sheet === undefined);
  return [
    { ...table, lines: first, parts: [] },
    ...table.parts.map((p) => ({
      ...table,
      ...p,
      lines: table.lines.filter((l) => l.sheet === p.sheet),
      parts: [],
    })),
  ];
}

/** Scale of a unit against 万元: 元 → 10000 (0.01 万元 = 100 元). */
export function unitPerWan(unit: BudgetUnit): number {
  return unit === '元' ? 10000 : unit === '千元' ? 10 : unit === '亿元' ? 0.0001 : 1;
}

/**
 * Where a line's `field` sits: its own column and row where the layout gives it one (horizontal or
 * row-layout "三公"), else the table's column on the line's row; null when the table has no such
 * column.
 */
export function amountPlace(
  table: Pick<BudgetTable, 'columns'>,
  line: Pick<BudgetLine, 'row' | 'cols' | 'rows'>,
  field: AmountField,
): { row: number; col: number } | null {
  const col = amountCol(table, line, field);
  return col === undefined ? null : { row: amountRow(line, field), col };
}

/** The column of `amountPlace`, without making a place: per-line loops ask only for this. */
export function amountCol(
  table: Pick<BudgetTable, 'columns'>,
  line: Pick<BudgetLine, 'cols'>,
  field: AmountField,
): number | undefined {
  return line.cols?.[field] ?? table.columns[field];
}

/** The row of `amountPlace` (meaningful where `amountCol` gives a column). */
export function amountRow(line: Pick<BudgetLine, 'row' | 'rows'>, field: AmountField): number {
  return line.rows?.[field] ?? line.row;
}
