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
  lineSheet,
  type AmountField,
  type BudgetLine,
  type BudgetTable,
} from './types';

/**
 * A line's amount in one field. Read by name, not as `line[field]`: with the field varying from
 * call to call that is a megamorphic keyed load, and it was most of the time of making a table's
 * cells (200k cells: about 150 → 55 ms measured).
 */
export function valueOf(line: BudgetLine, field: AmountField): number | null {
  switch (field) {
    case 'budget':
      return line.budget ?? null;
    case 'adjustedBudget':
      return line.adjustedBudget ?? null;
    case 'received':
      return line.received ?? null;
    case 'final':
      return line.final ?? null;
    case 'basic':
      return line.basic ?? null;
    case 'project':
      return line.project ?? null;
    case 'previous':
      return line.previous ?? null;
  }
}

const FIELDS = new WeakMap<BudgetTable, AmountField[]>();
const STEPS = new WeakMap<BudgetTable, number>();

/** Amount fields a table carries (per-line columns included). */
export function tableFields(table: BudgetTable): AmountField[] {
  let fields = FIELDS.get(table);
  if (!fields) {
    // most tables have no per-line columns: then no field needs a pass over the lines
    const perLine = table.lines.some((l) => l.cols !== undefined);
    fields = AMOUNT_FIELDS.filter(
      (f) =>
        table.columns[f] !== undefined || (perLine && table.lines.some((l) => l.cols?.[f] !== undefined)),
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

/** A table's cells: per field, one per line; the lines' labels, which a line's cells share. */
interface TableCells {
  readonly byField: Map<AmountField, readonly (CheckCell | null)[]>;
  labels?: readonly string[];
}

// Per table and line index, not a WeakMap entry per line: a 100k-line table made 100k entries.
const CELLS = new WeakMap<BudgetTable, TableCells>();

/**
 * Every line's cell in one field, in line order, made together on first use: the identities of a
 * table ask for nearly all of them (a leaf line is a part of its 款, its 类 and the total).
 */
export function fieldCells(table: BudgetTable, field: AmountField): readonly (CheckCell | null)[] {
  let cells = CELLS.get(table);
  if (!cells) {
    cells = { byField: new Map() };
    CELLS.set(table, cells);
  }
  let column = cells.byField.get(field);
  if (!column) {
    const labels = (cells.labels ??= table.lines.map(labelOf));
    const step = tableStep(table);
    column = table.lines.map((line, i) => makeCell(table, line, field, labels[i]!, step));
    cells.byField.set(field, column);
  }
  return column;
}

/**
 * The amount cell of `table.lines[index]` in one field, for an identity; null when the table has
 * no such column.
 */
export function lineCellAt(table: BudgetTable, index: number, field: AmountField): CheckCell | null {
  return fieldCells(table, field)[index] ?? null;
}

/** `lineCellAt` for a line of the table given as itself. */
export function lineCell(table: BudgetTable, line: BudgetLine, field: AmountField): CheckCell | null {
  const index = table.lines.indexOf(line);
  return index < 0
    ? makeCell(table, line, field, labelOf(line), tableStep(table))
    : lineCellAt(table, index, field);
}

function labelOf(line: BudgetLine): string {
  return line.code === null ? line.name.trim() : `${line.code} ${line.name}`.trim();
}

function makeCell(
  table: BudgetTable,
  line: BudgetLine,
  field: AmountField,
  label: string,
  step: number,
): CheckCell | null {
  const col = amountCol(table, line, field);
  return col === undefined
    ? null
    : {
        sheet: lineSheet(table, line),
        row: amountRow(line, field),
        col,
        value: valueOf(line, field),
        unit: table.unit,
        step,
        label,
      };
}
