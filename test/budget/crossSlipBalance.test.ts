/**
 * hunt85 P09: the 财政拨款收入支出决算总表's 年初 政府性基金 typed 12 for 120. The cross finding was laid at
 * it (the 政府性基金 table says 120), and the fund's balance 年末 = 年初 + 收入 − 支出 put `应为 −68` at a
 * right 年末 as well. One cell's correction fixes both: only the slip is reported.
 */
import { checkBudgetSet } from '../../src/engine/budget';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { layoutSet } from '../../scripts/budgetSet/layout';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import type { SetData } from '../../scripts/budgetSet/types';

test('a fund’s 年初 typed wrong in the 04表 is the one error, not also its 年末', () => {
  const d = structuredClone(CONSISTENT) as { -readonly [K in keyof SetData]: SetData[K] };
  const opening = d.fiscal.incomeTotals.find((r) => r.name === '政府性基金预算财政拨款')!;
  const typed = Math.round(((opening.values[0] ?? 0) - 9) * 100) / 100;
  (opening.values as number[])[0] = typed;
  const layout = layoutSet(d);
  const errors = checkBudgetSet(
    layout.sheets.map((s) => s.toInput()),
    DEFAULT_SETTINGS,
  ).findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
    `budget.crossMismatch ${layout.at.get('fiscal.income.政府性基金预算财政拨款')}`,
  ]);
});
