/**
 * One amount typed in 元 inside a 万元 table (hunt42 w3: 气象装备保障维护 决算 236,800 for 23.68): its
 * 款, 类 and 合计 are right. They were reported as errors with 应为 figures that carried the slip
 * upward (238,987.87 万元), and the typed rate 98.67 (right for 23.68 / 24) was said to differ from
 * 986,666.67 %. The slip gets its warning; the sums it alone breaks and its rate do not.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const table = (equipment: number): SheetInput => ({
  name: '支出决算',
  rows: [
    ['市气象局2023年度一般公共预算财政拨款支出决算情况表'],
    ['部门：市气象局', null, null, null, null, '金额单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '调整预算数', '决算数', '完成年初预算(%)'],
    ['220', '自然资源海洋气象等支出', 2150.2, 2230.1, 2211.55, 102.85],
    ['220 05', '气象事务', 2150.2, 2230.1, 2211.55, 102.85],
    ['220 05 01', '行政运行', 486.2, 492.5, 490.36, 100.86],
    ['220 05 04', '气象事业机构', 1265.8, 1288.4, 1281.17, 101.21],
    ['220 05 06', '气象探测', 120, 150, 146.25, 121.88],
    ['220 05 07', '气象信息传输及管理', 96.5, 96.5, 94.82, 98.26],
    ['220 05 08', '气象预报预测', 72.3, 75.3, 75.3, 104.15],
    ['220 05 09', '气象服务', 85.4, 85.4, 82.37, 96.45],
    ['220 05 10', '气象装备保障维护', 24, 24, equipment, 98.67],
    ['220 05 99', '其他气象事务支出', 0, 18, 17.6, '—'],
    ['合计', null, 2150.2, 2230.1, 2211.55, 102.85],
  ] as CellValue[][],
});

const problems = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('an amount typed in 元 inside a 万元 table', () => {
  it('is the one finding: the sums over it and its typed rate are right', () => {
    expect(problems(table(23.68))).toEqual([]);
    expect(problems(table(236800))).toEqual(['budget.unitSuspect E12']);
  });

  it('leaves a sum that another amount breaks as well an error', () => {
    const s = table(236800);
    // 行政运行 10 too high: the sums no longer hold with the slip read in 万元
    const rows = s.rows.map((row, r) => (r === 5 ? row.map((v, c) => (c === 4 ? 500.36 : v)) : row));
    expect(problems({ ...s, rows })).toEqual(
      expect.arrayContaining(['budget.reconcileMismatch E4', 'budget.reconcileMismatch E5']),
    );
  });
});
