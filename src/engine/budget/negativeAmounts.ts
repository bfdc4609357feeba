/**
 * An amount below 0 in a public table (其他收入 −5.00, a 项 of −12.30): income and spending are not
 * negative, so it is most likely a sign typed by mistake, which the sums cannot show when the
 * totals were worked out with it (hunt81 P02). A refund of an earlier year's spending may lawfully
 * bring a line below 0, so it is a warning asking to confirm. Not judged: the "三公" table (counts
 * beside money), columns of changes (比上年增减), and the 收入支出决算总表's 结转和结余 lines, where the
 * funds other than fiscal ones may be carried negative (setFindings.ts).
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import { amountCell } from './detect';
import { CHANGE_COLUMN, isCarryOver } from './publicLexicon';
import type { GridCell, GridLine } from './publicGrid';
import type { PublicSet, PublicTable } from './publicSet';
import { AMOUNT_FIELDS, lineSheet, type AmountField, type BudgetLine, type BudgetTable } from './types';

export function negativeAmountFindings(set: PublicSet): Finding[] {
  const out: Finding[] = [];
  for (const table of Object.values(set)) {
    if (table?.status !== 'present' || table.key === 'threePublic') continue;
    const below: Negative[] = [];
    for (const line of table.grid.lines) {
      if (mayBeNegative(table, line)) continue;
      for (const cell of line.cells)
        if (cell.value !== null && cell.value < 0 && cell.column.role !== 'lineNo')
          if (!CHANGE_COLUMN.test(cell.column.path)) below.push({ line, cell });
    }
    const covered = partsBelow(below);
    for (const { line, cell } of below) {
      if (covered.has(placeKey(line, cell, line.code ?? ''))) continue;
      out.push(
        finding('budget.negativeAmount', line.sheet ?? table.sheet, toA1(line.row, cell.col), {
          name: `${line.code ?? ''} ${line.name}`.trim(),
          column: cell.column.text,
          value: cell.value,
          unit: table.grid.unit,
        }),
      );
    }
  }
  return out;
}

interface Negative {
  readonly line: GridLine;
  readonly cell: GridCell;
}

const placeKey = (line: GridLine, cell: GridCell, code: string): string =>
  `${line.sheet ?? ''}\u0000${cell.col}\u0000${code}`;

/**
 * The lines with a negative part in the same column: every shorter prefix of a negative coded
 * line's code (its 款, 类) and '' (an uncoded total). A negative total of a negative part is said
 * once, at the part.
 */
function partsBelow(below: readonly Negative[]): Set<string> {
  const out = new Set<string>();
  for (const { line, cell } of below) {
    const code = line.code;
    if (code === null) continue;
    for (let n = 0; n < code.length; n++) out.add(placeKey(line, cell, code.slice(0, n)));
  }
  return out;
}

/**
 * The same warning on a table read outside the nine-table set (a 支出决算明细表, a 基本支出 table of a
 * layout of its own): an amount below 0 at the lowest line that has one, said once per column (a
 * negative 项 makes its 款 and 类 negative too). Detail and 基本支出 tables only: a 收入支出 table's
 * 结转和结余 may be carried negative, and the "三公" table holds counts beside money.
 */
export function negativeLineFindings(table: BudgetTable): Finding[] {
  if (table.kind !== 'detail' && table.kind !== 'basic') return [];
  const below: { line: BudgetLine; field: AmountField }[] = [];
  for (const line of table.lines)
    for (const field of AMOUNT_FIELDS) {
      const value = line[field];
      if (typeof value === 'number' && value < 0) below.push({ line, field });
    }
  // every shorter prefix of a negative coded line's code, per column ('' is an uncoded total)
  const covered = new Set<string>();
  for (const { line, field } of below)
    for (let n = 0; line.code !== null && n < line.code.length; n++)
      covered.add(`${field}\u0000${line.code.slice(0, n)}`);
  const out: Finding[] = [];
  for (const { line, field } of below) {
    const cell = amountCell(table, line, field);
    if (!cell || covered.has(`${field}\u0000${line.code ?? ''}`)) continue;
    out.push(
      finding('budget.negativeAmount', lineSheet(table, line), cell.a1, {
        name: `${line.code ?? ''} ${line.name}`.trim(),
        column: table.headers?.[field] ?? field,
        value: line[field] as number,
        unit: table.unit,
      }),
    );
  }
  return out;
}

function mayBeNegative(table: PublicTable, line: GridLine): boolean {
  return table.key === 'incomeExpenseSummary' && isCarryOver(line.key);
}
