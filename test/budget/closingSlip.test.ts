/**
 * hunt81 P18: the 01表's 年末结转和结余 typed 5.00 high, 总计 kept. The error went to 结余分配 (typed 0)
 * with 应为 −5: 年末结转和结余 counted as vouched for by 年末 ≥ the fiscal 年末, a "≥" that holds for
 * any figure above it. Only an identity of equality (or a "≥" met exactly) vouches for a figure,
 * and a part that would have to turn negative is no candidate.
 */
import { checkBudgetSet } from '../../src/engine/budget';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { layoutSet } from '../../scripts/budgetSet/layout';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import type { SetData } from '../../scripts/budgetSet/types';

const closingUp = (delta: number): SetData => {
  const d = structuredClone(CONSISTENT) as { -readonly [K in keyof SetData]: SetData[K] };
  const closing = d.summary.expenseTotals.find((r) => r.name === '年末结转和结余')!;
  (closing.values as number[])[0] = Math.round(((closing.values[0] ?? 0) + delta) * 100) / 100;
  return d;
};

test('a 年末结转和结余 typed 5.00 high is reported at itself, with 应为 what the 总计 leaves', () => {
  const layout = layoutSet(closingUp(5));
  const closing = CONSISTENT.summary.expenseTotals.find((r) => r.name === '年末结转和结余')!.values[0]!;
  const found = checkBudgetSet(
    layout.sheets.map((s) => s.toInput()),
    DEFAULT_SETTINGS,
  ).findings.filter((f) => f.severity === 'error');
  expect(found.map((f) => [f.code, `${f.sheet}!${f.cell}`, f.params.expected])).toEqual([
    ['budget.reconcileMismatch', layout.at.get('summary.expense.年末结转和结余'), closing],
  ]);
});
