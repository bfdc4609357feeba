/**
 * A budget table's amounts as the identities see them: the fields it carries, the last digit it
 * shows, and each line's amount cell per field (`CheckCell`), made once per table and shared by
 * every identity the line takes part in (its 款, its 类, the total).
 */
import { shownDecimals, stepOfDecimals, type CheckCell } from './rounding';
import {
  AMOUNT_FIELDS,
  amountCol,
  amountRow,
  type AmountField,
  type BudgetLine,
  type BudgetTable,
} from './types';

/** A line's amount in one field. */
export function valueOf(line: BudgetLine, field: AmountField): number | null {
  return line[field] ?? null;
}

const FIELDS = new WeakMap<BudgetTable, AmountField[]>();
const STEPS = new WeakMap<BudgetTable, number>();

/** Amount fields a table carries (per-line columns included). */
export function tableFields(table: BudgetTable): AmountField[] {
  let fields = FIELDS.get(table);
  if (!fields) {
    fields = AMOUNT_FIELDS.filter(
      (f) => table.columns[f] !== undefined || table.lines.some((l) => l.cols?.[f] !== undefined),
    );
    FIELDS.set(table, fields);
  }
  return fields;
}

/** The last digit a table shows (0.01 of its unit unless its amounts carry more decimals). */
export function tableStep(table: BudgetTable): number {
  let step = STEPS.get(table);
  if (step === undefined) {
    const fields = tableFields(table);
    // stepOf's count, amount by amount: no list (nor iterator result) per amount
    let decimals = 2;
    for (const l of table.lines) {
      for (const f of fields) {
        const v = valueOf(l, f);
        if (v !== null) decimals = Math.max(decimals, shownDecimals(v));
      }
    }
    step = stepOfDecimals(decimals);
    STEPS.set(table, step);
  }
  return step;
}

/** A table's cells: per field, one entry per line (undefined until made); the lines' labels. */
interface TableCells {
  readonly byField: Map<AmountField, (CheckCell | null | undefined)[]>;
  readonly labels: (string | undefined)[];
}

// Per table and line index, not a WeakMap entry per line: a 100k-line table made 100k entries.
const CELLS = new WeakMap<BudgetTable, TableCells>();

function cellsOf(table: BudgetTable): TableCells {
  let cells = CELLS.get(table);
  if (!cells) {
    cells = { byField: new Map(), labels: unmade(table.lines.length) };
    CELLS.set(table, cells);
  }
  return cells;
}

/**
 * The amount cell of `table.lines[index]` in one field, for an identity; null when the table has
 * no such column.
 */
export function lineCellAt(table: BudgetTable, index: number, field: AmountField): CheckCell | null {
  const cells = cellsOf(table);
  return cellIn(table, cells, columnOf(cells, field), index, field);
}

/** Every line's cell in one field, in line order. */
export function fieldCells(table: BudgetTable, field: AmountField): readonly (CheckCell | null)[] {
  const cells = cellsOf(table);
  const column = columnOf(cells, field);
  for (let i = 0; i < table.lines.length; i++) cellIn(table, cells, column, i, field);
  return column as (CheckCell | null)[];
}

function columnOf(cells: TableCells, field: AmountField): (CheckCell | null | undefined)[] {
  let column = cells.byField.get(field);
  if (!column) {
    column = unmade(cells.labels.length);
    cells.byField.set(field, column);
  }
  return column;
}

/**
 * `n` entries not made yet. Pushed, not `new Array(n)`, nor grown by assigning far past the end:
 * both can leave a long array in V8's slow dictionary mode.
 */
function unmade<T>(n: number): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}

function cellIn(
  table: BudgetTable,
  cells: TableCells,
  column: (CheckCell | null | undefined)[],
  index: number,
  field: AmountField,
): CheckCell | null {
  const known = column[index];
  if (known !== undefined) return known;
  const line = table.lines[index]!;
  const label = (cells.labels[index] ??= labelOf(line));
  const cell = makeCell(table, line, field, label);
  column[index] = cell;
  return cell;
}

/** `lineCellAt` for a line of the table given as itself. */
export function lineCell(table: BudgetTable, line: BudgetLine, field: AmountField): CheckCell | null {
  const index = table.lines.indexOf(line);
  return index < 0 ? makeCell(table, line, field, labelOf(line)) : lineCellAt(table, index, field);
}

function labelOf(line: BudgetLine): string {
  return line.code === null ? line.name.trim() : `${line.code} ${line.name}`.trim();
}

function makeCell(table: BudgetTable, line: BudgetLine, field: AmountField, label: string): CheckCell | null {
  const col = amountCol(table, line, field);
  return col === undefined
    ? null
    : {
        sheet: table.sheet,
        row: amountRow(line, field),
        col,
        value: valueOf(line, field),
        unit: table.unit,
        step: tableStep(table),
        label,
      };
}
