import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { findBudgetTables } from './detect';
import { budgetNarrative, budgetSentences } from './narrative';

const sheet = (name: string, rows: CellValue[][]): SheetInput => ({ name, rows });

describe('budgetNarrative', () => {
  const s = sheet('明细', [
    ['单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '支出决算数', '上年决算数'],
    ['21101', '环境保护管理事务', 1802.01, 1935.28, 1935.28],
    ['2110101', '行政运行', 794.61, 794.36, 800],
    ['2110199', '其他环境保护管理事务支出', 878.28, 1021.35, 0],
    ['2110301', '大气', 0, 359.46, null],
  ]);
  const [heading, ...lines] = budgetNarrative(findBudgetTables([s], DEFAULT_SETTINGS));

  it('heads each table, then one sentence per line', () => {
    expect(heading).toEqual({
      key: 'budget.heading',
      // title: the public table whose title heads it (none here), so two 总表 on a sheet are told apart
      params: { sheet: '明细', kind: 'detail', unit: '万元', panel: null, title: null },
    });
    expect(lines.map((e) => e.key)).toEqual(['budget.line', 'budget.line', 'budget.line', 'budget.line']);
  });

  it('chooses the clauses: within, over (rate kept true), no budget, and the year-on-year wording', () => {
    expect(lines.map((e) => e.params.clauses)).toEqual([
      'execution.over,change.flat',
      'execution.within,change.down',
      'execution.over,change.new',
      'execution.noBudget',
    ]);
    expect(lines[1]!.params).toMatchObject({
      rate: 0.9997,
      budget: 794.61,
      final: 794.36,
      changeAmount: 5.64,
      changeRate: 0.0071,
      parentName: '环境保护管理事务',
    });
    expect(lines[2]!.params).toMatchObject({ rate: 1.1629, excess: 0.1629 });
    expect(lines[3]!.params).toMatchObject({ rate: null, basis: 'budget' });
  });

  it('says 占 W% of the total and splits 基本/项目 where the table does', () => {
    const t = sheet('支出', [
      ['项目', '本年支出合计', '基本支出', '项目支出'],
      ['合计', 14164.71, 3719.18, 10445.53],
      ['201 一般公共服务支出', 908.14, null, null],
    ]);
    const [, total, first] = budgetNarrative(findBudgetTables([t], DEFAULT_SETTINGS));
    expect(total!.params).toMatchObject({
      clauses: 'amount,basicProject',
      basicShare: 0.2626,
      projectShare: 0.7374,
    });
    expect(first!.params).toMatchObject({ clauses: 'amount,share', share: 0.0641, shareOf: '合计' });
  });
});

describe('budgetSentences', () => {
  it('renders what budgetNarrative gives, in its order', () => {
    const s = sheet('明细', [
      ['单位：万元'],
      ['科目编码', '科目名称', '年初预算数', '支出决算数'],
      ['合计', null, 100, 90],
      ['21101', '环境保护管理事务', 100, 90],
      ['2110101', '行政运行', 100, 90],
    ]);
    const tables = findBudgetTables([s], DEFAULT_SETTINGS);
    const render = (e: { key: string; params: Record<string, unknown> }): string =>
      `${e.key} ${JSON.stringify(e.params)}`;
    expect(budgetSentences(tables, render)).toEqual(budgetNarrative(tables).map(render));
    expect(budgetSentences(tables, render)).toHaveLength(4);
  });
});
