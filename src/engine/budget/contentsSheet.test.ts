/**
 * hunt118: a 目录 sheet listing the nine tables' titles, one per row, before the tables. Each title
 * was taken for its table, empty there, so every check between tables was off (two slips missed).
 * And a "三公" figure typed in 万元 in a table in 元 (运行维护费 18 for 180,000) was echoed twice: at
 * its 公务用车 total (÷10⁴ would fit it too) and as spending over that budget.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { basicOffice, GENERAL_1961, setFindingsOf } from '../../../test/support/budgetSheets';

const contents: SheetInput = {
  name: '目录',
  rows: [
    [null, '某市民政局2023年度部门决算公开表'],
    [],
    ...[
      '收入支出决算总表',
      '收入决算表',
      '支出决算表',
      '财政拨款收入支出决算总表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算表',
      '一般公共预算财政拨款“三公”经费支出决算表',
    ].map((title, i) => [i + 1, title, `见工作表「0${i + 1}表」`]),
  ],
};

describe('a 目录 sheet listing the tables', () => {
  it('is no table: the tables after it are checked against each other', () => {
    expect(setFindingsOf([contents, GENERAL_1961, basicOffice(36.42)])).toEqual([]);
    expect(setFindingsOf([contents, GENERAL_1961, basicOffice(63.42)])).toEqual([
      'budget.crossMismatch 05一般公共预算支出!D4',
    ]);
  });
});

const threePublic = (operation: number): SheetInput => ({
  name: '07表',
  rows: [
    ['一般公共预算财政拨款“三公”经费支出决算表'],
    [null, null, null, '单位：元'],
    ['项目', '预算数', '决算数'],
    ['合计', 220000, 203145],
    ['1.因公出国（境）费', 0, 0],
    ['2.公务用车购置及运行维护费', 180000, 168930],
    ['其中：（1）公务用车购置费', 0, 0],
    ['（2）公务用车运行维护费', operation, 168930],
    ['3.公务接待费', 40000, 34215],
  ] as CellValue[][],
});

describe('a "三公" budget typed in 万元 in a table in 元', () => {
  it('is the one slip: not its total, nor spending over it', () => {
    expect(setFindingsOf([threePublic(180000)])).toEqual([]);
    expect(setFindingsOf([threePublic(18)])).toEqual(['budget.unitSuspect 07表!B8']);
  });
});
