/**
 * hunt120: a "三公" table in 元 beside a 基本支出 table in 万元.
 * - The 三公 接待费 below the 06表's 30217 gave that 30217 a correction whose slack, 50, was the 元
 *   table's tolerance read as 万元: it "explained" a 302 total 18 万元 off its items (办公费 changed,
 *   302 not), and that error was silenced.
 * - 公务接待费 typed in 万元 (4.87 for 48,650 元) was rounded there: ×10⁴ is 48,700, 50 from the sum
 *   it would fit, so no unit warning was given.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { setFindingsOf } from '../../../test/support/budgetSheets';

const basic = (office: number): SheetInput => ({
  name: '06表',
  rows: [
    ['一般公共预算财政拨款基本支出决算表'],
    [null, null, null, null, null, '单位：万元'],
    ['人员经费', null, null, '公用经费', null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', 1000, '302', '商品和服务支出', 128.38],
    ['30101', '基本工资', 1000, '30201', '办公费', office],
    [null, null, null, '30217', '公务接待费', 3.86],
    [null, null, null, '30231', '公务用车运行维护费', 38.52],
    ['人员经费合计', null, 1000, '公用经费合计', null, 128.38],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
});

const threePublic = (reception: number | string): SheetInput => ({
  name: '07表',
  rows: [
    ['一般公共预算财政拨款“三公”经费支出决算表'],
    [null, null, '单位：元'],
    ['项目', '预算数', '决算数'],
    ['合计', 500000, 434510],
    ['1.因公出国（境）费', 0, 0],
    ['2.公务用车购置及运行维护费', 400000, 385860],
    ['其中：（1）公务用车购置费', 0, 0],
    ['（2）公务用车运行维护费', 400000, 385860],
    ['3.公务接待费', 100000, reception],
  ] as CellValue[][],
});

describe('a 元 "三公" table beside a 万元 基本支出 table', () => {
  it('holds as typed right', () => {
    expect(setFindingsOf([basic(86), threePublic(48650)])).toEqual([]);
  });

  it('keeps a 302 total off its items, whatever the other table’s slack in 元', () => {
    expect(setFindingsOf([basic(68), threePublic(4.87)])).toContain('budget.reconcileMismatch 06表!F5');
  });

  it('says a figure typed in 万元 is one, though rounded there', () => {
    expect(setFindingsOf([basic(86), threePublic(4.87)]).sort()).toEqual([
      'budget.crossMismatch 07表!C9',
      'budget.unitSuspect 07表!C9',
    ]);
  });
});
