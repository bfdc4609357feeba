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
import { DirectParts } from './directParts';
import { lineGroups, type IdentityKind, type LineGroup } from './groups';
import { fieldCells, lineCellAt, tableFields, valueOf } from './lineCells';
import { buildCheck, type CheckCell, type CheckRecord } from './rounding';
import type { AmountField, BudgetTable } from './types';
import { SubtotalSums } from './subtotals';
import { unitSlips, type SlipContext } from './unitSlips';
import { decimalSlip, decimalSlipFinding } from './decimalSlips';

export type Identity = IdentityKind | 'basicProject' | 'incomeExpense';

/** An identity judged, and the findings it gives (none when it holds exactly). */
export interface TableCheck {
  readonly record: CheckRecord;
  readonly findings: readonly Finding[];
}

/**
 * Every identity of one table, judged.
 * `_settings` is kept for callers; the tolerance now follows the rounding rule, not a setting.
 */
export function tableChecks(table: BudgetTable, _settings?: Partial<Settings>): TableCheck[] {
  const out: TableCheck[] = [];
  const fields = tableFields(table);
  const subtotals = new SubtotalSums();
  const groups = lineGroups(table.kind, table.lines);
  // every line's cell, made once: a leaf line is a part of its 款, its 类 and the total
  const cellsByField = groups.length === 0 ? [] : fields.map((f) => fieldCells(table, f));
  // where each nested group's check is in `out`, by field and target line
  const nestedAt = fields.map(() => new Map<number, number>());
  for (const g of groups) {
    for (let k = 0; k < fields.length; k++) {
      const field = fields[k]!;
      const cells = cellsByField[k]!;
      const partCells: CheckCell[] = [];
      for (const p of g.parts) {
        const c = cells[p];
        if (c) partCells.push(c);
      }
      judge(
        out,
        table,
        g.identity,
        g.target,
        field,
        partCells,
        () => g.parts.map((p) => [table.lines[p]!, field] as const),
        subtotals,
      );
      if (
        (g.identity === 'hierarchy' || g.identity === 'total') &&
        out[out.length - 1]?.record.target === cells[g.target]
      )
        nestedAt[k]!.set(g.target, out.length - 1);
    }
  }
  directRechecks(out, table, groups, fields, cellsByField, nestedAt);
  // 本年支出合计 = 基本 + 项目 needs both columns: a table with only one of them (合计 | 项目支出, or a
  // 基本支出 given only as 人员经费 | 公用经费) holds other spending the identity would leave out
  if (fields.includes('final') && fields.includes('basic') && fields.includes('project')) {
    const split = ['basic', 'project'] as const;
    table.lines.forEach((line, i) => {
      if (split.every((f) => valueOf(line, f) === null)) return;
      // judged over a 基本 / 项目 total's own sum when that total is wrong: one wrong cell, one error
      pushCheck(
        out,
        table,
        'basicProject',
        i,
        'final',
        split.map(() => i),
        split,
        [],
        subtotals,
      );
    });
  }
  return out;
}

/**
 * A total whose drift from its leaves passed as 尾差 is judged again against its direct parts (the
 * 类 under a 合计, directParts.ts) when those parts hold against their own leaves.
 */
function directRechecks(
  out: TableCheck[],
  table: BudgetTable,
  groups: readonly LineGroup[],
  fields: readonly AmountField[],
  cellsByField: readonly (readonly (CheckCell | null)[])[],
  nestedAt: readonly Map<number, number>[],
): void {
  const direct = new DirectParts(groups, (i) => table.lines[i]!.code?.length ?? 0);
  fields.forEach((field, k) => {
    const at = nestedAt[k]!;
    const recordOf = (line: number): CheckRecord | undefined => {
      const i = at.get(line);
      return i === undefined ? undefined : out[i]!.record;
    };
    for (const [target, i] of at) {
      const again = direct.recheck(target, out[i]!.record, recordOf, (p) => cellsByField[k]![p] ?? null);
      if (!again) continue;
      const parts = direct.partsOf(target).map((p) => [table.lines[p]!, field] as const);
      out[i] = {
        record: again,
        findings: recordFindings(again, { table, target: table.lines[target]!, field, parts }),
      };
    }
  });
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
    const inTotal = income ? grandTotal(income) : -1;
    const exTotal = grandTotal(expense);
    if (!income || inTotal < 0 || exTotal < 0) continue;
    for (const field of tableFields(expense)) {
      if (!tableFields(income).includes(field)) continue;
      const part = lineCellAt(income, inTotal, field);
      if (part) pushCheck(out, expense, 'incomeExpense', exTotal, field, [], field, [part]);
    }
  }
  return out;
}

export function reconcilePanels(tables: readonly BudgetTable[], _settings?: Partial<Settings>): Finding[] {
  return panelChecks(tables).flatMap((c) => c.findings);
}

/** The index of a table's 总计 line, else of its last total; −1 without a total. */
function grandTotal(table: BudgetTable): number {
  const totals = table.lines.flatMap((l, i) => (l.level === 'total' ? [i] : []));
  return (
    totals.find((i) => /总计$/.test(table.lines[i]!.name.replace(/\s+/g, ''))) ??
    totals[totals.length - 1] ??
    -1
  );
}

/**
 * Judges line `target`'s `field` against the `parts` lines, each in `partFields` (one field for
 * all, or one per part), plus `extra` cells from another table. Lines are indexes into the table's.
 */
function pushCheck(
  out: TableCheck[],
  table: BudgetTable,
  identity: Identity,
  target: number,
  field: AmountField,
  parts: readonly number[],
  partFields: AmountField | readonly AmountField[],
  extra: readonly CheckCell[] = [],
  subtotals?: SubtotalSums,
): void {
  const fieldOf = (i: number): AmountField => (typeof partFields === 'string' ? partFields : partFields[i]!);
  const partCells: CheckCell[] = [];
  for (let i = 0; i < parts.length; i++) {
    const c = lineCellAt(table, parts[i]!, fieldOf(i));
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
    () => parts.map((p, i) => [table.lines[p]!, fieldOf(i)] as const),
    subtotals,
  );
}

/**
 * Judges line `index`'s `field` against the part cells; `slipParts` names the lines behind them,
 * asked for only when the identity fails (unit slips).
 */
function judge(
  out: TableCheck[],
  table: BudgetTable,
  identity: Identity,
  index: number,
  field: AmountField,
  partCells: readonly CheckCell[],
  slipParts: () => SlipContext['parts'],
  subtotals?: SubtotalSums,
): void {
  const targetCell = lineCellAt(table, index, field);
  if (!targetCell) return;
  const target = table.lines[index]!;
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
  // one amount with its decimal point moved makes the sum hold: the error is there, not at the sum
  const slip = decimalSlip(record);
  if (slip) return [decimalSlipFinding(record, slip)];
  return [
    finding('budget.reconcileMismatch', target.sheet, cell, params),
    ...(lines ? unitSlips(record, lines) : []),
  ];
}
