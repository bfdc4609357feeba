/**
 * One subject code named differently across the public tables (hunt87 P16: 2100101 一般行政管理事务 in
 * the 支出决算表, 行政运行 in the others), which no sum shows: a warning at the odd name.
 */
import { checkBudgetSet } from '../../src/engine/budget';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';

const lines = (name: string, amounts: CellValue[]): CellValue[][] => [
  [null, '合计', ...amounts],
  ['210', '卫生健康支出', ...amounts],
  ['21001', '卫生健康管理事务', ...amounts],
  ['2100101', name, ...amounts],
];

const table = (sheet: string, title: string, amounts: string[], name: string): SheetInput => ({
  name: sheet,
  rows: [
    [title],
    ['单位：万元'],
    ['科目编码', '科目名称', ...amounts],
    ...lines(
      name,
      amounts.map((_, k) => (k === 2 ? 0 : 100)),
    ),
  ],
});

const sheets = (income: string, expenditure: string, general: string): SheetInput[] => [
  table('表二', '收入决算表', ['本年收入合计', '财政拨款收入'], income),
  table('表三', '支出决算表', ['本年支出合计', '基本支出', '项目支出'], expenditure),
  table('表五', '一般公共预算财政拨款支出决算表', ['合计', '基本支出', '项目支出'], general),
];

const differs = (...names: [string, string, string]): string[] =>
  checkBudgetSet(sheets(...names), DEFAULT_SETTINGS)
    .findings.filter((f) => f.code === 'budget.codeNameDiffers')
    .map(
      (f) =>
        `${f.sheet}!${f.cell} ${String(f.params.name)} / ${String(f.params.usual)} (${String(f.params.where)})`,
    );

describe('a subject code named differently across the tables', () => {
  it('the odd name out of three gets a warning at its name, naming the others', () => {
    expect(differs('行政运行', '一般行政管理事务', '行政运行')).toEqual([
      '表三!B7 一般行政管理事务 / 行政运行 (表二、表五)',
    ]);
  });

  it('the same names, or one containing the other, say nothing', () => {
    expect(differs('行政运行', '行政运行', '行政运行')).toEqual([]);
    expect(differs('行政运行', '行政运行支出', '行政运行')).toEqual([]);
  });

  it('no majority (three names), nothing', () => {
    expect(differs('行政运行', '一般行政管理事务', '机关服务')).toEqual([]);
  });
});
