/**
 * "三公" 决算 above its 预算 (公务用车运行维护费 11.95 against 10.00): the three expenses are held to
 * their budget, and a reviewer asks every such line why (hunt85 P15, found by nothing). A warning
 * at the 决算 cell naming the budget cell, once, at the lowest item over (运行维护费, not also 公务用车
 * and 合计 when they are over only by it). A note under the table that says why the item is over
 * (`公务接待费决算数3.12万元，超过年初预算数0.12万元，主要原因是…`, hunt100) makes it an info.
 */
import { finding, type Finding } from '../findings/types';
import { cellText, type SheetInput } from '../grid/types';
import { ITEM_ORDINAL, OVER_BUDGET_REASON, OVER_BUDGET_WORDS } from './rowWords';
import { amountCell } from './detect';
import { valueOf } from './lineCells';
import { roundTo } from './amount';
import type { ThreePublicRole } from './rowWords';
import { threePublicRole } from './threePublic';
import { lineSheet, type BudgetLine, type BudgetTable } from './types';

/** The items each total is made of. */
const PARTS: Partial<Record<ThreePublicRole, readonly ThreePublicRole[]>> = {
  total: ['abroad', 'vehicle', 'purchase', 'operation', 'reception'],
  vehicle: ['purchase', 'operation'],
};

export function threePublicOverBudget(table: BudgetTable, sheet?: SheetInput): Finding[] {
  if (table.kind !== 'threePublic') return [];
  const over = new Map<ThreePublicRole, { line: BudgetLine; budget: number; final: number }>();
  for (const line of table.lines) {
    const role = threePublicRole(line.name);
    const budget = valueOf(line, basisOf(line));
    const final = valueOf(line, 'final');
    if (!role || budget === null || final === null || roundTo(final - budget, 6) <= 0) continue;
    if (!over.has(role)) over.set(role, { line, budget, final });
  }
  const out: Finding[] = [];
  for (const [role, { line, budget, final }] of over) {
    if ((PARTS[role] ?? []).some((p) => over.has(p))) continue;
    const at = amountCell(table, line, 'final');
    const budgetAt = amountCell(table, line, basisOf(line));
    if (!at) continue;
    const explained = sheet !== undefined && explainedBelow(sheet, table, line.name);
    out.push(
      finding(
        'budget.threePublicOverBudget',
        lineSheet(table, line),
        at.a1,
        {
          name: line.name,
          final,
          budget,
          difference: roundTo(final - budget, 6),
          budgetCell: budgetAt?.a1 ?? '',
          unit: table.unit,
          ...(explained ? { explained: 1 } : {}),
        },
        explained ? 'info' : 'warning',
      ),
    );
  }
  return out;
}

/** The budget a 决算 is held to: the adjusted one where the table has it. */
function basisOf(line: BudgetLine): 'adjustedBudget' | 'budget' {
  return valueOf(line, 'adjustedBudget') === null ? 'budget' : 'adjustedBudget';
}

/** How far under the table's last line its notes may stand. */
const NOTE_ROWS = 6;

/** A sentence of the notes under the table says the item went over its budget, and why. */
function explainedBelow(sheet: SheetInput, table: BudgetTable, name: string): boolean {
  const item = name.trim().replace(ITEM_ORDINAL, '').trim();
  if (item === '') return false;
  const last = Math.max(
    table.headerBottom,
    ...table.lines.map((l) => Math.max(l.row, ...Object.values(l.rows ?? {}))),
  );
  for (let r = last + 1; r <= last + NOTE_ROWS && r < sheet.rows.length; r++) {
    const text = (sheet.rows[r] ?? []).map(cellText).find((t) => t !== '') ?? '';
    const said = text
      .split(/[。；;]/u)
      .some(
        (s) =>
          s.includes(item) &&
          OVER_BUDGET_WORDS.some((w) => s.includes(w)) &&
          OVER_BUDGET_REASON.some((w) => s.includes(w)),
      );
    if (said) return true;
  }
  return false;
}
