/**
 * Empty tables (空表) take part in the cross-table identities as 0: a figure the fiscal summary or
 * the basic table gives for them is an error, reported at that figure.
 */
import { checkBudgetSet } from '../../src/engine/budget';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { createMessages } from '../../src/i18n';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import { layoutSet } from '../../scripts/budgetSet/layout';
import type { SetData } from '../../scripts/budgetSet/types';

const blank = (n: number): null[] => Array<null>(n).fill(null);

describe('empty tables in a set', () => {
  const data: SetData = {
    ...CONSISTENT,
    threePublic: { budget: blank(6), final: blank(6) },
    stateCapital: [{ code: null, name: '合计', values: blank(6) }],
  };
  const layout = layoutSet(data);
  const result = checkBudgetSet(
    layout.sheets.map((s) => s.toInput()),
    DEFAULT_SETTINGS,
  );
  const at = (key: string): string => layout.at.get(key)!;

  it('calls them empty, not absent', () => {
    expect(result.publicTables.filter((t) => t.status !== 'present').map((t) => [t.key, t.status])).toEqual([
      ['threePublic', 'empty'],
      ['stateCapital', 'empty'],
    ]);
  });

  it('reports what the other tables give them, at those figures', () => {
    const errors = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.params.identity} ${f.sheet}!${f.cell}`);
    expect(errors.sort()).toEqual(
      [
        `stateCapitalClosing ${at('fiscal.expense.年末财政拨款结转和结余.3')}`,
        `stateCapitalExpense ${at('fiscal.expense.本年支出合计.3')}`,
        `stateCapitalIncome ${at('fiscal.income.三、国有资本经营预算财政拨款')}`,
        `stateCapitalOpening ${at('fiscal.income.国有资本经营预算财政拨款')}`,
        `threePublicAbroad ${at('basic.30212')}`,
        `threePublicReception ${at('basic.30217')}`,
        `threePublicVehicleOperation ${at('basic.30231')}`,
        `threePublicVehiclePurchase ${at('basic.31013')}`,
      ].sort(),
    );
    const reception = result.findings.find((f) => f.params.identity === 'threePublicReception')!;
    expect(createMessages('zh-CN').finding(reception)).toContain('为空表，按 0 计');
  });
});
