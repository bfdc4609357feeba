/**
 * A table split by unit (分单位: 合计 | 其中：机关 | 一中 | 实验小学): hunt42 w2's 实验小学 小学教育 typed
 * 36,000 low was reported at its 款, its 类 and the 合计 of that column, all right, with 应为 figures
 * that carried the typo upward; the line's own 合计 ≠ Σ units went unchecked.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const table = (school: number, captions = ['县教育局机关', '县第一中学', '县实验小学']): SheetInput => ({
  name: '分单位支出表',
  rows: [
    ['县教育局2023年度一般公共预算财政拨款支出决算表（分单位）'],
    [null, null, null, null, '单位：元'],
    ['科目编码', '科目名称', '合计', '其中：', '其中：', '其中：'],
    ['科目编码', '科目名称', '合计', ...captions],
    ['205', '教育支出', 1900000, 500000, 800000, 600000],
    ['20501', '教育管理事务', 500000, 500000, null, null],
    ['2050101', '行政运行', 500000, 500000, null, null],
    ['20502', '普通教育', 1400000, null, 800000, 600000],
    ['2050202', '小学教育', 600000, null, null, school],
    ['2050203', '初中教育', 800000, null, 800000, null],
    ['合计', null, 1900000, 500000, 800000, 600000],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 3, bottom: 2, right: 5 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
  ],
});

const problems = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('a table split by unit under 其中', () => {
  it('reports a unit’s figure that breaks its line and its column at that figure, once', () => {
    expect(problems(table(600000))).toEqual([]);
    expect(problems(table(564000))).toEqual(['budget.reconcileMismatch F9']);
  });

  it('leaves columns under 其中 that do not add up on most lines unchecked against the 合计', () => {
    const s = table(600000);
    const rows = s.rows.map((row, r) =>
      r >= 4 ? row.map((v, c) => (c === 2 && typeof v === 'number' ? v + 1000 : v)) : row,
    );
    expect(problems({ ...s, rows }).filter((p) => /[DEF]\d/.test(p.split(' ')[1]!))).toEqual([]);
  });
});
