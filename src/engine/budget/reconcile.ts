/**
 * The identities finance bureaus check, each reported at the parent/total cell with expected and
 * actual: 类 = Σ款 = Σ项 (leaf rows only), totals, 本年支出合计 = 基本 + 项目, 基本 = 人员 + 公用,
 * 收入总计 = 支出总计, "三公" 合计 = 出国 + 公务用车 (购置 + 运行) + 接待. Each identity is judged by
 * the reviewer's rounding rule (rounding.ts): a drift within n × half a step is 尾差 (info), beyond
 * it an error. Every identity checked is kept as a `CheckRecord`, passing ones included.
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import type { Settings } from '../settings';
import { lineGroups, type IdentityKind } from './groups';
import { buildCheck, stepOf, type CheckCell, type CheckRecord } from './rounding';
import { AMOUNT_FIELDS, amountPlace, type AmountField, type BudgetLine, type BudgetTable } from './types';
import { SubtotalSums } from './subtotals';
import { unitSlips, type SlipContext } from './unitSlips';

export type Identity = IdentityKind | 'basicProject' | 'incomeExpense';

/** An identity judged, and the findings it gives (none when it holds exactly). */
export interface TableCheck {
  readonly record: CheckRecord;
  readonly findings: readonly Finding[];
}

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
    // a list of numbers, not a generator: an iterator result per amount is garbage per amount
    const values: number[] = [];
    for (const l of table.lines) {
      for (const f of fields) {
        const v = valueOf(l, f);
        if (v !== null) values.push(v);
      }
    }
    step = stepOf(values);
    STEPS.set(table, step);
  }
  return step;
}

/** A line's amount cells by field, and the label they share. */
interface LineCells {
  readonly label: string;
  readonly byField: Partial<Record<AmountField, CheckCell | null>>;
}

const CELLS = new WeakMap<BudgetLine, LineCells>();

/**
 * The amount cell of a line in one field, for an identity; null when the table has no such column.
 * A line takes part in several identities (its 款, its 类, the total): one cell object serves them all.
 */
export function lineCell(table: BudgetTable, line: BudgetLine, field: AmountField): CheckCell | null {
  let cells = CELLS.get(line);
  if (!cells) {
    const label = line.code === null ? line.name.trim() : `${line.code} ${line.name}`.trim();
    cells = { label, byField: {} };
    CELLS.set(line, cells);
  }
  const known = cells.byField[field];
  if (known !== undefined) return known;
  const place = amountPlace(table, line, field);
  const cell: CheckCell | null =
    place === null
      ? null
      : {
          sheet: table.sheet,
          row: place.row,
          col: place.col,
          value: valueOf(line, field),
          unit: table.unit,
          step: tableStep(table),
          label: cells.label,
        };
  cells.byField[field] = cell;
  return cell;
}

/**
 * Every identity of one table, judged.
 * `_settings` is kept for callers; the tolerance now follows the rounding rule, not a setting.
 */
export function tableChecks(table: BudgetTable, _settings?: Partial<Settings>): TableCheck[] {
  const out: TableCheck[] = [];
  const fields = tableFields(table);
  // Every line's cell per field, looked up once: a leaf line is a part of its 款, its 类 and the total.
  const columns = new Map<AmountField, readonly (CheckCell | null)[]>();
  const cellsIn = (field: AmountField): readonly (CheckCell | null)[] => {
    let cells = columns.get(field);
    if (!cells) {
      cells = table.lines.map((line) => lineCell(table, line, field));
      columns.set(field, cells);
    }
    return cells;
  };
  const subtotals = new SubtotalSums();
  for (const g of lineGroups(table.kind, table.lines)) {
    const target = table.lines[g.target]!;
    for (const field of fields) {
      const cells = cellsIn(field);
      const partCells: CheckCell[] = [];
      for (const p of g.parts) {
        const c = cells[p];
        if (c) partCells.push(c);
      }
      judge(
        out,
        table,
        g.identity,
        target,
        field,
        partCells,
        () => g.parts.map((p) => [table.lines[p]!, field] as const),
        subtotals,
      );
    }
  }
  // 本年支出合计 = 基本 + 项目 needs both columns: a table with only one of them (合计 | 项目支出, or a
  // 基本支出 given only as 人员经费 | 公用经费) holds other spending the identity would leave out
  if (fields.includes('final') && fields.includes('basic') && fields.includes('project')) {
    for (const line of table.lines) {
      const split = ['basic', 'project'] as const;
      if (split.every((f) => valueOf(line, f) === null)) continue;
      // judged over a 基本 / 项目 total's own sum when that total is wrong: one wrong cell, one error
      pushCheck(
        out,
        table,
        'basicProject',
        line,
        'final',
        split.map(() => line),
        split,
        [],
        subtotals,
      );
    }
  }
  return out;
}

/** Every identity of one table: the findings only. */
export function reconcileTable(table: BudgetTable, settings?: Partial<Settings>): Finding[] {
  return tableChecks(table, settings).flatMap((c) => c.findings);
}

/** 收入总计 = 支出总计 across the two panels of a 收入支出决算总表. */
export function panelChecks(tables: readonly BudgetTable[]): TableCheck[] {
  const out: TableCheck[] = [];
  for (const expense of tables) {
    if (expense.kind !== 'incomeExpense' || expense.panel !== 'expense') continue;
    const income = tables.find(
      (t) =>
        t.sheet === expense.sheet &&
        t.panel === 'income' &&
        t.kind === 'incomeExpense' &&
        t.headerTop === expense.headerTop,
    );
    const inTotal = income && grandTotal(income);
    const exTotal = grandTotal(expense);
    if (!income || !inTotal || !exTotal) continue;
    for (const field of tableFields(expense)) {
      if (!tableFields(income).includes(field)) continue;
      const part = lineCell(income, inTotal, field);
      if (part) pushCheck(out, expense, 'incomeExpense', exTotal, field, [], field, [part]);
    }
  }
  return out;
}

export function reconcilePanels(tables: readonly BudgetTable[], _settings?: Partial<Settings>): Finding[] {
  return panelChecks(tables).flatMap((c) => c.findings);
}

function grandTotal(table: BudgetTable): BudgetLine | undefined {
  const totals = table.lines.filter((l) => l.level === 'total');
  return totals.find((l) => /总计$/.test(l.name.replace(/\s+/g, ''))) ?? totals[totals.length - 1];
}

/**
 * Judges `target`'s `field` against the `parts` lines, each in `partFields` (one field for all, or
 * one per part), plus `extra` cells from another table.
 */
function pushCheck(
  out: TableCheck[],
  table: BudgetTable,
  identity: Identity,
  target: BudgetLine,
  field: AmountField,
  parts: readonly BudgetLine[],
  partFields: AmountField | readonly AmountField[],
  extra: readonly CheckCell[] = [],
  subtotals?: SubtotalSums,
): void {
  const fieldOf = (i: number): AmountField => (typeof partFields === 'string' ? partFields : partFields[i]!);
  const partCells: CheckCell[] = [];
  for (let i = 0; i < parts.length; i++) {
    const c = lineCell(table, parts[i]!, fieldOf(i));
    if (c) partCells.push(c);
  }
  for (const c of extra) partCells.push(c);
  judge(
    out,
    table,
    identity,
    target,
    field,
    partCells,
    () => parts.map((l, i) => [l, fieldOf(i)] as const),
    subtotals,
  );
}

/**
 * Judges `target`'s `field` against the part cells; `slipParts` names the lines behind them, asked
 * for only when the identity fails (unit slips).
 */
function judge(
  out: TableCheck[],
  table: BudgetTable,
  identity: Identity,
  target: BudgetLine,
  field: AmountField,
  partCells: readonly CheckCell[],
  slipParts: () => SlipContext['parts'],
  subtotals?: SubtotalSums,
): void {
  const targetCell = lineCell(table, target, field);
  if (!targetCell) return;
  const built = buildCheck({
    identity,
    scope: 'table',
    target: targetCell,
    parts: partCells,
    name: target.name,
    code: target.code,
    column: table.headers?.[field] ?? field,
    field,
  });
  const record = subtotals ? subtotals.judge(built) : built;
  if (!record) return;
  const findings =
    record.status === 'ok' ? [] : recordFindings(record, { table, target, field, parts: slipParts() });
  out.push({ record, findings });
}

/** The findings of a within-table identity: 尾差 as info, a mismatch as an error plus unit slips. */
export function recordFindings(record: CheckRecord, lines?: SlipContext): Finding[] {
  if (record.status === 'ok') return [];
  const { target } = record;
  const params = {
    identity: record.identity,
    name: record.name,
    code: record.code,
    field: record.field ?? 'column',
    column: record.column,
    expected: record.expected,
    actual: record.actual,
    difference: record.difference,
    unit: target.unit,
    parts: record.parts.length,
    tolerance: record.tolerance,
  };
  const cell = toA1(target.row, target.col);
  if (record.status === 'rounding') return [finding('budget.reconcileRounding', target.sheet, cell, params)];
  return [
    finding('budget.reconcileMismatch', target.sheet, cell, params),
    ...(lines ? unitSlips(record, lines) : []),
  ];
}
