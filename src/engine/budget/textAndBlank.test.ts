/**
 * hunt122: an amount typed with a letter O (`1,1O7.42`) is said at its cell, and the sum over it is
 * not judged — nor worked back to a neighbour whose own row is wrong (`应为 1370.47` at 2100410); and a figure in a
 * 国有资本经营 table the 04表 leaves blank (0 as published) is a mismatch, not judged against nothing.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { setFindingsOf } from '../../../test/support/budgetSheets';

const detail = (item: CellValue, neighbour = 392.58): SheetInput => ({
  name: '明细',
  rows: [
    ['支出明细表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    [null, '合计', 1500, 0, 1500],
    ['210', '卫生健康支出', 1500, 0, 1500],
    ['21004', '公共卫生', 1500, 0, 1500],
    ['2100401', '疾病预防控制机构', neighbour, 0, 392.58],
    ['2100409', '重大公共卫生服务', 1107.42, 0, item],
  ],
});

it('says a text amount at its cell, and works no sum over it back to its neighbour', () => {
  expect(setFindingsOf([detail(1107.42)])).toEqual([]);
  expect(setFindingsOf([detail('1,1O7.42')])).toEqual(['budget.amountNotNumeric 明细!E8']);
  // the neighbour's row wrong too (hunt122: its 本年支出合计 typed negative): its 项目支出 is no slip
  expect(setFindingsOf([detail('1,1O7.42', -392.58)])).not.toContain('budget.reconcileMismatch 明细!E7');
});

const fiscal: SheetInput = {
  name: '04表',
  rows: [
    ['财政拨款收入支出决算总表'],
    [null, null, null, null, null, null, '单位：万元'],
    ['收入', null, '支出', null, null, null, null],
    [
      '项目',
      '金额',
      '项目',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ],
    ['一、一般公共预算财政拨款', 100, '一、卫生健康支出', 100, 100, null, null],
    ['二、政府性基金预算财政拨款', null, null, null, null, null, null],
    ['三、国有资本经营预算财政拨款', null, null, null, null, null, null],
    ['本年收入合计', 100, '本年支出合计', 100, 100, null, null],
    ['收入总计', 100, '支出总计', 100, 100, null, null],
  ],
};

const stateCapital = (total: number | null): SheetInput => ({
  name: '09表',
  rows: [
    ['国有资本经营预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['合计', null, total, null, null],
    ['注：本单位没有使用国有资本经营预算财政拨款安排的支出，本表无数据。'],
  ],
});

it('holds a 国有资本经营 table with a figure to the 04表’s blank, which is 0', () => {
  expect(setFindingsOf([fiscal, stateCapital(null)]).filter((f) => f.includes('09表'))).toEqual([]);
  expect(setFindingsOf([fiscal, stateCapital(5)]).filter((f) => f.includes('crossMismatch'))).toEqual([
    'budget.crossMismatch 09表!C4',
  ]);
});
