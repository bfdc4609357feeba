/**
 * A 收入支出决算总表 laid out vertically: 项目 | 行次 | 决算数, a 收入 heading and its lines down to
 * 收入总计, then a 支出 heading and its lines down to 支出总计. The 收入 heading was read as a second
 * header row, leaving no name column: the table was 空表 and every identity with it failed against
 * its 0 (本年收入合计 “应为 3093.09”, 6 false errors in a county's workbook).
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const summary = (expenseTotal: number): SheetInput => ({
  name: '收支总表',
  rows: [
    ['2021年度收入支出决算总表'],
    [null, null, '单位：万元'],
    ['项目', '行次', '决算数'],
    ['收入'],
    ['一、一般公共预算财政拨款收入', 1, 2993.09],
    ['二、政府性基金预算财政拨款收入', 2, 30],
    ['三、事业收入', 3, 70],
    ['本年收入合计', 4, 3093.09],
    ['使用非财政拨款结余', 5, null],
    ['年初结转和结余', 6, 110.62],
    ['收入总计', 7, 3203.71],
    ['支出'],
    ['一、社会保障和就业支出', 8, 181.89],
    ['二、卫生健康支出', 9, 2854.53],
    ['三、住房保障支出', 10, 55.67],
    ['四、其他支出', 11, 38],
    ['本年支出合计', 12, expenseTotal],
    ['结余分配', 13, null],
    ['年末结转和结余', 14, 73.62],
    ['支出总计', 15, 3203.71],
  ] as CellValue[][],
});

const INCOME: SheetInput = {
  name: '收入决算表',
  rows: [
    ['2021年度收入决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '事业收入'],
    ['合计', null, 3093.09, 3023.09, 70],
    ['208', '社会保障和就业支出', 181.89, 181.89, null],
    ['210', '卫生健康支出', 2825.53, 2755.53, 70],
    ['221', '住房保障支出', 55.67, 55.67, null],
    ['229', '其他支出', 30, 30, null],
  ] as CellValue[][],
};

describe('a 收入支出决算总表 laid out vertically', () => {
  it('is present, adds up on both blocks, and agrees with the 收入决算表', () => {
    const r = checkBudgetSet([summary(3130.09), INCOME], DEFAULT_SETTINGS);
    expect(r.publicTables.find((t) => t.key === 'incomeExpenseSummary')?.status).toBe('present');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(
      r.crossChecks
        .filter((c) => c.cells[0]!.startsWith('收支总表!'))
        .map((c) => `${c.identity} ${c.cells[0]} ${c.status}`),
    ).toEqual([
      'runningTotal 收支总表!C8 ok',
      'grandTotal 收支总表!C11 ok',
      'runningTotal 收支总表!C17 ok',
      'grandTotal 收支总表!C20 ok',
      'incomeExpense 收支总表!C20 ok',
      'summaryIncome 收支总表!C8 ok',
      // its 其他收入 against the 收入决算表's 其他收入 合计
      'summaryIncomeSource 收支总表!C7 ok',
    ]);
  });

  it('reports a wrong 本年支出合计 there', () => {
    const r = checkBudgetSet([summary(3131.09), INCOME], DEFAULT_SETTINGS);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      '收支总表!C17',
    ]);
  });
});
