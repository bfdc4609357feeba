/**
 * A 项 that holds its 款's figure (subtotalCopied) and a 款 that holds one of its 项's figures look the
 * same from the 款's sum alone. hunt42 w1: 款 20819 typed as its 项 2081902 (2,418.66 of 3,783.86)
 * was blamed on the 项, which is right — the 类 and the 合计 over the 项 hold, which a copied 项 would
 * have broken by the same excess.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const table = (typed: { section?: number; item?: number; klass?: number } = {}): SheetInput => ({
  name: '05表',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, '单位：万元'],
    ['科目编码', '科目名称', '决算数'],
    ['合计', null, typed.klass ?? 4283.86],
    ['208', '社会保障和就业支出', typed.klass ?? 4283.86],
    ['20802', '民政管理事务', 500],
    ['2080201', '行政运行', 500],
    ['20819', '最低生活保障', typed.section ?? 3783.86],
    ['2081901', '城市最低生活保障金支出', 1365.2],
    ['2081902', '农村最低生活保障金支出', typed.item ?? 2418.66],
  ] as CellValue[][],
});

const problems = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('a subtotal and one of its items holding the same figure', () => {
  it('blames the 款 when the 类 and the 合计 over the 项 hold: the 项 is right', () => {
    expect(problems(table())).toEqual([]);
    expect(problems(table({ section: 2418.66 }))).toEqual(['budget.reconcileMismatch C8']);
  });

  it('blames the 项 when it breaks every sum over it by the same excess', () => {
    expect(problems(table({ item: 3783.86 }))).toEqual(['budget.subtotalCopied C10']);
  });
});
