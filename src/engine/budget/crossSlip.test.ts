/**
 * A cross-table mismatch laid at a part (its own table does not add up around it) or at the parts'
 * sum (a third table agrees with the target) is told from that cell: "E17 为 45.07，按 F15 应为
 * 54.07". It was told from the target, asking to change the figure the finding holds right
 * (hunt81 P04, P07, P10, P13: "F15 为 54.07，按 E17 应为 45.07", at E17).
 */
import { createMessages, loadLocale } from '../../i18n';
import type { SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import {
  basicSheet,
  EXPENDITURE_SHEET as expenditure,
  SUBJECT_LINES,
} from '../../../test/support/budgetSheets';

const general = (total: number): SheetInput => ({
  name: '公开05表',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', total, 130, 200],
    ...SUBJECT_LINES,
  ],
  merges: [],
});

const basic = basicSheet;

const cross = (sheets: SheetInput[], locale: 'zh-CN' | 'en' = 'zh-CN'): string[] => {
  const messages = createMessages(locale);
  return checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.code === 'budget.crossMismatch')
    .map((f) => `${f.sheet}!${f.cell} ${messages.finding(f)}`);
};

describe('a cross-table mismatch laid at a part is told from that part', () => {
  beforeAll(async () => {
    await loadLocale('en');
  });

  it('人员经费合计 typed 105 (its table says 100): at it, 应为 100 by the 05表 and 公用经费合计', () => {
    expect(cross([expenditure, general(330), basic(105)])).toEqual([
      '公开06表!C6 一般公共预算财政拨款支出决算表“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和：' +
        '公开06表!C6 为 105 万元，按 公开05表!D3、公开06表!F6 应为 100 万元，差额 5 万元',
    ]);
    expect(cross([expenditure, general(330), basic(105)], 'en')).toEqual([
      expect.stringContaining(
        '公开06表!C6 is 105 10k yuan; by 公开05表!D3、公开06表!F6 it should be 100 10k yuan, difference 5 10k yuan',
      ),
    ]);
  });

  it('a "≥" whose part is the slip says how much that part may be at most', () => {
    // 05表 合计 340 ≠ 基本 130 + 项目 200 and ≠ Σ类: the 支出决算表's 330 is not the short side
    expect(cross([expenditure, general(340), basic(100)])).toEqual([
      '公开05表!C3 支出决算表各科目支出不应少于一般公共预算、政府性基金、国有资本经营预算财政拨款支出决算表同科目支出之和：' +
        '公开05表!C3 为 340 万元，按 公开03表!C3 应不超过 330 万元，超出 10 万元',
    ]);
  });

  it('laid at the target, it is told from the target as before', () => {
    // 人员经费合计 105 adds up in its own table (301 = 105): the 05表's 基本支出 is where it is laid
    const rows = basic(105).rows.map((row) => row.map((v) => (v === 100 ? 105 : v)));
    expect(cross([general(330), { ...basic(105), rows }])).toEqual([
      '公开05表!D3 一般公共预算财政拨款支出决算表“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和：' +
        '公开05表!D3 为 130 万元，按 公开06表!C6、公开06表!F6 应为 135 万元，差额 -5 万元',
    ]);
  });
});
