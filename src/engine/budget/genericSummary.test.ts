/**
 * A 财政拨款收入支出决算总表 under a title the public-table reader does not know, read by the generic
 * reader. Its 支出 half has blank rows beside the 收入 half's 年初结转 breakdown, which ended that
 * half before its 总计 (收入总计 3125.71 was compared with 本年支出合计 3066.09), and the breakdown
 * (90.12 + 12.50) was added into 收入总计 again (“应为 3228.33”), which also set off a 元 warning.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const fiscal = (expenseGrand: number): SheetInput => ({
  name: 'Sheet1',
  rows: [
    ['2021年度部门收支情况表'],
    [null, null, null, null, null, null, '单位：万元'],
    ['收入', null, '支出'],
    [
      '项目',
      '金额',
      '项目',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ],
    ['一、一般公共预算财政拨款', 2993.09, '一、社会保障和就业支出', 181.89, 181.89, '-', '-'],
    ['二、政府性基金预算财政拨款', 30, '二、卫生健康支出', 2790.53, 2790.53, '-', '-'],
    ['三、国有资本经营预算财政拨款', '-', '三、住房保障支出', 55.67, 55.67, '-', '-'],
    [null, null, '四、其他支出', 38, '-', 38, '-'],
    ['本年收入合计', 3023.09, '本年支出合计', 3066.09, 3028.09, 38, '-'],
    ['年初财政拨款结转和结余', 102.62, '年末财政拨款结转和结余', 59.62, 55.12, 4.5, '-'],
    ['一般公共预算财政拨款', 90.12],
    ['政府性基金预算财政拨款', 12.5],
    ['国有资本经营预算财政拨款', '-'],
    ['总计', 3125.71, '总计', expenseGrand, 3083.21, 42.5, '-'],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 6 },
  ],
});

const notices = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('a fiscal summary read by the generic reader', () => {
  it('raises nothing when it adds up', () => {
    expect(notices(fiscal(3125.71))).toEqual([]);
  });

  it('compares 支出总计 with 收入总计', () => {
    expect(notices(fiscal(3126.71))).toEqual(['budget.reconcileMismatch D14']);
  });
});
