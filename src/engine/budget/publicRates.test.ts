/**
 * A typed rate column (完成年初预算(%)) in a public table is a percentage: 合计's 104.46% is not the
 * sum of its lines' rates, so it takes no part in 类 = Σ款 or 合计 = Σ lines (nor in 本年支出合计 =
 * 基本 + 项目 + …). Its figures are still checked against 决算 ÷ 年初预算.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const table = (title: string, rate: string, g9: number): SheetInput => ({
  name: 'Sheet1',
  rows: [
    [title],
    [null, null, null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '决算数', '决算数', '决算数', rate],
    ['科目编码', '科目名称', '年初预算数', '小计', '基本支出', '项目支出', rate],
    ['合计', null, 900, 940.1, 500, 440.1, 104.46],
    ['205', '教育支出', 900, 940.1, 500, 440.1, 104.46],
    ['20502', '普通教育', 900, 940.1, 500, 440.1, 104.46],
    ['2050202', '小学教育', 600, 620, 500, 120, 103.33],
    ['2050203', '初中教育', 300, 320.1, null, 320.1, g9],
  ] as CellValue[][],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 6 },
    { top: 2, left: 3, bottom: 2, right: 5 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 6, bottom: 3, right: 6 },
    { top: 4, left: 0, bottom: 4, right: 1 },
  ],
});

const errors = (s: SheetInput) =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('a typed rate column in a public table', () => {
  it.each([
    ['2021年度一般公共预算财政拨款支出决算表', '完成年初预算(%)'],
    ['2021年度一般公共预算财政拨款支出决算表', '决算数占年初预算%'],
    ['2021年度支出决算表', '执行率（%）'],
  ])('%s / %s: correct rates raise nothing (the rates were summed: 合计 “应为 210.03”)', (title, rate) => {
    expect(errors(table(title, rate, 106.7))).toEqual([]);
  });

  it('is no amount of the table: its identities name no cell of column G', () => {
    const r = checkBudgetSet(
      [table('2021年度一般公共预算财政拨款支出决算表', '完成年初预算(%)', 106.7)],
      DEFAULT_SETTINGS,
    );
    expect(r.crossChecks.some((c) => c.cells.some((a) => /^Sheet1!G\d+$/.test(a)))).toBe(false);
    expect(r.crossChecks.filter((c) => c.identity === 'hierarchy' || c.identity === 'total')).toHaveLength(
      12,
    );
  });

  it('still reports a wrong typed rate, as the rate it is', () => {
    expect(errors(table('2021年度一般公共预算财政拨款支出决算表', '完成年初预算(%)', 98.5))).toEqual([
      'budget.rateDiffers G9',
    ]);
  });
});
