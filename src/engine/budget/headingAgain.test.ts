/**
 * A header row again under a table (hunt106): the vertical "三公" table of 公开07表 with its block of
 * counts below it (`统计数 | 单位 | 决算数`, then 公务用车保有量 | 辆 | 7): the counts were read as lines of
 * the table, and 辆, 个 and 人次 in its 预算数 column as eight amounts that are no number.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';

const three = (below: readonly CellValue[][]): SheetInput => ({
  name: '公开07表',
  rows: [
    ['一般公共预算财政拨款“三公”经费支出决算表'],
    ['编制单位：县教育局', null, '单位：元'],
    ['项目', '预算数', '决算数'],
    ['合计', 175000, 148110.4],
    ['1.因公出国（境）费', 0, 0],
    ['2.公务用车购置及运行维护费', 110000, 96850.4],
    ['  （1）公务用车购置费', 0, 0],
    ['  （2）公务用车运行维护费', 110000, 96850.4],
    ['3.公务接待费', 65000, 51260],
    [null, null, null],
    ...below,
  ],
  merges: [],
});

const counts: CellValue[][] = [
  ['统计数', '单位', '决算数'],
  ['公务用车购置数', '辆', 0],
  ['公务用车保有量', '辆', 7],
  ['国内公务接待批次', '个', 46],
  ['国内公务接待人次', '人次', 389],
];

describe('a header row again below a table', () => {
  it('ends the table where it heads another (the counts under the "三公" table)', () => {
    const [table] = findBudgetTables([three(counts)], DEFAULT_SETTINGS);
    expect(table?.lines.map((l) => l.name)).toEqual([
      '合计',
      '1.因公出国（境）费',
      '2.公务用车购置及运行维护费',
      '（1）公务用车购置费',
      '（2）公务用车运行维护费',
      '3.公务接待费',
    ]);
    expect(
      checkBudgetSet([three(counts)], DEFAULT_SETTINGS).findings.filter((f) => f.severity !== 'info'),
    ).toEqual([]);
  });

  it('leaves a table whose text amounts name no column alone', () => {
    const noted: CellValue[][] = [['注：本部门无因公出国（境）费用', null, null]];
    expect(
      checkBudgetSet([three(noted)], DEFAULT_SETTINGS).findings.filter((f) => f.severity !== 'info'),
    ).toEqual([]);
  });
});
