/**
 * The "三公" table's count rows (因公出国（境）团组数（个）, 公务用车保有量（辆）, 国内公务接待人次（人）)
 * count groups, cars and visitors: they are no amounts. Read as lines, each got a 年初未安排预算 notice
 * (“公务用车保有量（辆）”…不应表述为“完成100%”) and a 完成年初预算(%) formula.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';
import { planBudgetWrites } from './plan';

const THREE: SheetInput = {
  name: '三公经费支出决算表',
  rows: [
    ['2021年度一般公共预算财政拨款“三公”经费支出决算表'],
    [null, null, '单位：元'],
    ['项目', '预算数', '决算数'],
    ['合计', 245000, 193315.4],
    ['1、因公出国（境）费', 80000, 62350],
    ['2、公务用车购置及运行维护费', 120000, 98760.4],
    ['其中：（1）公务用车购置费', 0, 0],
    ['\u3000\u3000\u3000（2）公务用车运行维护费', 120000, 98760.4],
    ['3、公务接待费', 45000, 32205],
    ['因公出国（境）团组数（个）', null, 1],
    ['因公出国（境）人次数（人）', null, 3],
    ['公务用车购置数（辆）', null, 0],
    ['公务用车保有量（辆）', null, 11],
    ['国内公务接待批次（个）', null, 58],
    ['国内公务接待人次（人）', null, 402],
  ] as CellValue[][],
};

describe('count rows of the "三公" table', () => {
  const tables = findBudgetTables([THREE], DEFAULT_SETTINGS);

  it('are no lines of the table', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]!.lines.map((l) => l.row)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('get no 年初未安排预算 notice and no rate formula', () => {
    const findings = checkBudgetSet([THREE], DEFAULT_SETTINGS, tables).findings;
    expect(findings.filter((f) => f.code === 'budget.zeroBudget').map((f) => f.cell)).toEqual([]);
    const ops = planBudgetWrites(tables, [THREE], DEFAULT_SETTINGS, (k) => k).flatMap((e) => e.ops);
    expect(ops.filter((o) => o.row >= 9)).toEqual([]);
  });
});
