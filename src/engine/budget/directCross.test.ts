/**
 * hunt116, two slips a checker of the nine tables told apart badly:
 * - 02表's 合计 财政拨款收入, a SUM overwritten by a figure 0.10 low: within rounding of its twenty 项
 *   (0.10), so reported as 尾差, though its five 类 allow 0.03;
 * - 05表's 项 typed 482.92 for 428.92, beside a 03表 whose 款 is off for another reason: the
 *   "03表 ≥ 05表" mismatch was laid at the 03表's 项, which a rise of 100 would also satisfy, not
 *   at the 05表's, whose own correction makes the two meet.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const found = (sheets: SheetInput[], severity: string): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

const income = (fiscalTotal: number): SheetInput => {
  const body: CellValue[][] = [];
  for (let c = 0; c < 5; c++) {
    const cls = String(201 + c);
    body.push([cls, `类${c}`, 40, 40], [`${cls}01`, `款${c}`, 40, 40]);
    for (let i = 1; i <= 4; i++) body.push([`${cls}010${i}`, `项${c}${i}`, 10, 10]);
  }
  return {
    name: '02收入决算表',
    rows: [
      ['收入决算表'],
      [null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '本年收入合计', '财政拨款收入'],
      ['合计', null, 200, fiscalTotal],
      ...body,
    ],
  };
};

describe('a 合计 of a public table within rounding of its leaves, not of its 类', () => {
  it('is silent when typed right', () => {
    expect(found([income(200)], 'error')).toEqual([]);
  });

  it('is the error at the 合计 (the row’s 本年收入合计 is right)', () => {
    expect(found([income(199.9)], 'error')).toEqual(['budget.reconcileMismatch 02收入决算表!D4']);
  });
});

const expenditure = (sectionFinal: number): SheetInput => ({
  name: '03支出决算表',
  rows: [
    ['支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['合计', null, 628.92, 200, 428.92],
    ['201', '一般公共服务支出', 628.92, 200, 428.92],
    ['20138', '市场监督管理事务', sectionFinal, 200, 428.92],
    ['2013801', '行政运行', 200, 200, 0],
    ['2013805', '市场秩序执法', 428.92, 0, 428.92],
  ],
});

const general = (itemFinal: number): SheetInput => ({
  name: '05一般公共预算支出',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', null, 628.92, 200, 428.92],
    ['201', '一般公共服务支出', 628.92, 200, 428.92],
    ['20138', '市场监督管理事务', 628.92, 200, 428.92],
    ['2013801', '行政运行', 200, 200, 0],
    ['2013805', '市场秩序执法', itemFinal, 0, 428.92],
  ],
});

describe('a "≥" between tables, each side with a correction of its own table', () => {
  it('holds as typed right', () => {
    expect(found([expenditure(628.92), general(428.92)], 'error')).toEqual([]);
  });

  it('is laid where the correction makes the two sides meet', () => {
    const errors = found([expenditure(728.92), general(482.92)], 'error');
    expect(errors).toContain('budget.reconcileMismatch 03支出决算表!C6');
    expect(errors).toContain('budget.reconcileMismatch 05一般公共预算支出!C8');
    expect(errors).not.toContain('budget.crossMismatch 03支出决算表!C8');
  });
});
