/**
 * The identities finance bureaus check, each reported at the parent/total cell with expected and
 * actual: 类 = Σ款 = Σ项 (leaf rows only), totals, 本年支出合计 = 基本 + 项目, 基本 = 人员 + 公用,
 * 收入总计 = 支出总计, "三公" 合计 = 出国 + 公务用车 (购置 + 运行) + 接待. A difference within the
 * tolerance (0.01 万元, scaled to the unit) is rounding: an info finding, not silence.
 */
import { finding, type Finding } from '../findings/types';
import type { Settings } from '../settings';
import { compareAmounts, roundTo, sum } from './amount';
import { amountCell } from './detect';
import { lineGroups, type IdentityKind } from './groups';
import { AMOUNT_FIELDS, unitPerWan, type AmountField, type BudgetLine, type BudgetTable } from './types';

export type Identity = IdentityKind | 'basicProject' | 'incomeExpense';

/** A line's amount in one field. */
export function valueOf(line: BudgetLine, field: AmountField): number | null {
  return line[field] ?? null;
}

const FIELDS = new WeakMap<BudgetTable, AmountField[]>();

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

export function toleranceOf(table: BudgetTable, settings: Pick<Settings, 'toleranceWan'>): number {
  return settings.toleranceWan * unitPerWan(table.unit);
}

/** Every identity of one table. */
export function reconcileTable(table: BudgetTable, settings: Pick<Settings, 'toleranceWan'>): Finding[] {
  const out: Finding[] = [];
  const fields = tableFields(table);
  for (const g of lineGroups(table.kind, table.lines)) {
    const target = table.lines[g.target]!;
    const parts = g.parts.map((p) => table.lines[p]!);
    for (const field of fields) out.push(...checkIdentity(table, settings, g.identity, target, parts, field));
  }
  if (fields.includes('final') && (fields.includes('basic') || fields.includes('project'))) {
    for (const line of table.lines) {
      const split = (['basic', 'project'] as const).map((f) => valueOf(line, f));
      if (split.every((v) => v === null)) continue;
      out.push(...checkSum(table, settings, 'basicProject', line, 'final', split, []));
    }
  }
  return out;
}

/** 收入总计 = 支出总计 across the two panels of a 收入支出决算总表. */
export function reconcilePanels(
  tables: readonly BudgetTable[],
  settings: Pick<Settings, 'toleranceWan'>,
): Finding[] {
  const out: Finding[] = [];
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
    if (!inTotal || !exTotal) continue;
    for (const field of tableFields(expense)) {
      if (!tableFields(income).includes(field)) continue;
      out.push(
        ...checkSum(expense, settings, 'incomeExpense', exTotal, field, [valueOf(inTotal, field)], [inTotal]),
      );
    }
  }
  return out;
}

function grandTotal(table: BudgetTable): BudgetLine | undefined {
  const totals = table.lines.filter((l) => l.level === 'total');
  return totals.find((l) => /总计$/.test(l.name.replace(/\s+/g, ''))) ?? totals[totals.length - 1];
}

function checkIdentity(
  table: BudgetTable,
  settings: Pick<Settings, 'toleranceWan'>,
  identity: Identity,
  target: BudgetLine,
  parts: readonly BudgetLine[],
  field: AmountField,
): Finding[] {
  return checkSum(
    table,
    settings,
    identity,
    target,
    field,
    parts.map((p) => valueOf(p, field)),
    parts,
  );
}

function checkSum(
  table: BudgetTable,
  settings: Pick<Settings, 'toleranceWan'>,
  identity: Identity,
  target: BudgetLine,
  field: AmountField,
  values: readonly (number | null)[],
  parts: readonly BudgetLine[],
): Finding[] {
  const actual = valueOf(target, field);
  const cell = amountCell(table, target, field);
  // Parts not given (all blank) are not a claim the table makes.
  if (actual === null || cell === null || values.every((v) => v === null)) return [];
  const expected = sum(values.filter((v): v is number => v !== null));
  const tolerance = toleranceOf(table, settings);
  const verdict = compareAmounts(expected, actual, tolerance);
  if (verdict === 'equal') return [];
  const params = {
    identity,
    name: target.name,
    code: target.code,
    field,
    column: table.headers?.[field] ?? field,
    expected,
    actual,
    difference: roundTo(actual - expected, 6),
    unit: table.unit,
    parts: values.length,
  };
  if (verdict === 'rounding') return [finding('budget.reconcileRounding', table.sheet, cell.a1, params)];
  return [
    finding('budget.reconcileMismatch', table.sheet, cell.a1, params),
    ...unitSlips(table, tolerance, target, field, expected, actual, parts),
  ];
}

/** A mismatch that one amount typed in the wrong unit (×10⁴ or ÷10⁴) would explain. */
function unitSlips(
  table: BudgetTable,
  tolerance: number,
  target: BudgetLine,
  field: AmountField,
  expected: number,
  actual: number,
  parts: readonly BudgetLine[],
): Finding[] {
  const out: Finding[] = [];
  const suspect = (line: BudgetLine, value: number, factor: number): void => {
    const cell = amountCell(table, line, field);
    if (cell)
      out.push(
        finding('budget.unitSuspect', table.sheet, cell.a1, {
          name: line.name,
          value,
          factor,
          unit: table.unit,
          field,
        }),
      );
  };
  for (const factor of [1e-4, 1e4]) {
    for (const p of parts) {
      const v = valueOf(p, field);
      if (v === null || v === 0) continue;
      if (compareAmounts(expected - v + v * factor, actual, tolerance) !== 'mismatch') suspect(p, v, factor);
    }
    if (actual !== 0 && compareAmounts(expected, actual * factor, tolerance) !== 'mismatch')
      suspect(target, actual, factor);
  }
  return out;
}
