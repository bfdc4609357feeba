/**
 * The 财政拨款收入支出决算总表 as the template prints it: rows left blank for the 类 a unit has none of,
 * then 本年收入合计, the carry-overs and 总计 (hunt94: three blank rows ended the table there, so a 总计
 * typed 23954.74 for 23594.74 was checked by nothing).
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const fiscalSummary = (incomeTotal: number, blanks: number): SheetInput => ({
  name: '公开04表',
  rows: [
    ['财政拨款收入支出决算总表'],
    [null, null, null, null, null, '单位：万元'],
    ['收入', null, '支出', null, null, null],
    ['项目', '金额', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
    ['一、一般公共预算财政拨款', 22982.36, '一、社会保障和就业支出', 839.99, 839.99, 0],
    ['二、政府性基金预算财政拨款', 0, '二、卫生健康支出', 22142.37, 22142.37, 0],
    ...Array.from({ length: blanks }, () => [null, null, null, null, null, null]),
    ['本年收入合计', 22982.36, '本年支出合计', 22982.36, 22982.36, 0],
    ['年初财政拨款结转和结余', 612.38, '年末财政拨款结转和结余', 612.38, 612.38, 0],
    ['总计', incomeTotal, '总计', 23594.74, 23594.74, 0],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 5 },
  ],
});

const errorsAt = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.cell}`);

describe('blank rows inside a 总表 before its totals', () => {
  it('do not end the table: a 总计 typed wrong is found', () => {
    expect(errorsAt(fiscalSummary(23954.74, 3))).toContain('budget.reconcileMismatch B12');
    expect(errorsAt(fiscalSummary(23594.74, 3))).toEqual([]);
  });

  it('five blank rows, as some templates leave, likewise', () => {
    expect(errorsAt(fiscalSummary(23954.74, 5))).toContain('budget.reconcileMismatch B14');
  });
});
