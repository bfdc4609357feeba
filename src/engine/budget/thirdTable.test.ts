/**
 * 一般公共预算财政拨款基本支出决算表 with 办公费 typed 63.42 for 36.42 and its 公用经费合计 and 基本支出合计
 * following (hunt60 w1 P03): 人员 + 公用 1,737.40 against the 05表's 基本支出 1,710.40. The error sat at
 * the 05表, whose lines add up and whose figure the 支出决算表's 基本支出 合计 (1,710.40) repeats: two
 * tables agree against the third, and the third is where to look.
 */
import { createMessages } from '../../i18n';
import type { CellValue, SheetInput } from '../grid/types';
import { basicOffice as basic, GENERAL_1961 as general } from '../../../test/support/budgetSheets';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const expenditure = (basic: number): SheetInput => ({
  name: '03支出决算表',
  rows: [
    ['支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['合计', null, basic + 263.55, basic, 263.55],
    ['204', '公共安全支出', basic + 263.55, basic, 263.55],
    ['20404', '检察', basic + 263.55, basic, 263.55],
    ['2040401', '行政运行', basic, basic, 0],
    ['2040402', '一般行政管理事务', 263.55, 0, 263.55],
  ] as CellValue[][],
  merges: [],
});

const errors = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe('two tables agreeing against a third', () => {
  it('hold as typed right', () => {
    expect(errors([expenditure(1710.4), general, basic(36.42)])).toEqual([]);
  });

  it('lay the error at the third table’s figure, not at the table the others vouch for', () => {
    expect(errors([expenditure(1710.4), general, basic(63.42)])).toEqual([
      'budget.crossMismatch 06一般公共预算基本支出!F8',
    ]);
  });

  it('tell it from the third table’s figure (hunt81: it was told from the 05表, asking to change it)', () => {
    const messages = createMessages('zh-CN');
    const found = checkBudgetSet([expenditure(1710.4), general, basic(63.42)], DEFAULT_SETTINGS).findings;
    expect(found.filter((f) => f.severity === 'error').map((f) => messages.finding(f))).toEqual([
      '一般公共预算财政拨款支出决算表“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和：' +
        '06一般公共预算基本支出!F8 为 1737.40 万元，按 05一般公共预算支出!D4 应为 1710.40 万元，差额 27 万元；' +
        '05一般公共预算支出!D4 与 03支出决算表!D4 相符，差错应在 06一般公共预算基本支出!C7、06一般公共预算基本支出!F7 一方',
    ]);
  });

  it('leave it at the 05表 when nothing else vouches for it', () => {
    expect(errors([general, basic(63.42)])).toEqual(['budget.crossMismatch 05一般公共预算支出!D4']);
  });
});
