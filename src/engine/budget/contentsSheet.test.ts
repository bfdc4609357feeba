/**
 * hunt118: a 目录 sheet listing the nine tables' titles, one per row, before the tables. Each title
 * was taken for its table, empty there, so every check between tables was off (two slips missed).
 * And a "三公" figure typed in 万元 in a table in 元 (运行维护费 18 for 180,000) was echoed twice: at
 * its 公务用车 total (÷10⁴ would fit it too) and as spending over that budget.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const found = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

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

const general: SheetInput = {
  name: '05表',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['合计', null, 1961.55, 1710.4, 251.15],
    ['204', '公共安全支出', 1961.55, 1710.4, 251.15],
    ['20404', '检察', 1961.55, 1710.4, 251.15],
    ['2040401', '行政运行', 1710.4, 1710.4, 0],
    ['2040402', '一般行政管理事务', 251.15, 0, 251.15],
  ],
};

const basic = (office: number): SheetInput => ({
  name: '06表',
  rows: [
    ['一般公共预算财政拨款基本支出决算表'],
    [null, null, null, null, null, '单位：万元'],
    ['人员经费', null, null, '公用经费', null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['30101', '基本工资', 1000, '30201', '办公费', office],
    ['30102', '津贴补贴', 491.69, '30299', '其他商品和服务支出', 182.29],
    ['人员经费合计', null, 1491.69, '公用经费合计', null, office + 182.29],
    ['基本支出合计', null, null, null, null, 1491.69 + office + 182.29],
  ],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
});

describe('a 目录 sheet listing the tables', () => {
  it('is no table: the tables after it are checked against each other', () => {
    expect(found([contents, general, basic(36.42)])).toEqual([]);
    expect(found([contents, general, basic(63.42)])).toEqual(['budget.crossMismatch 05表!D4']);
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
    expect(found([threePublic(180000)])).toEqual([]);
    expect(found([threePublic(18)])).toEqual(['budget.unitSuspect 07表!B8']);
  });
});
